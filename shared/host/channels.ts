// The DesktopHost method names and their IPC channels, free of schema code so the preload stays
// tiny. The contract (contract.ts) must define exactly these methods; the compiler checks it.
export const hostMethodNames = [
  'getAppInfo',
  'openFile',
  'saveFile',
  'getSecret',
  'setSecret',
  'deleteSecret',
  'deleteAllSecrets',
  'listSigningKeys',
  'getUpdateStatus',
  'checkForUpdates',
  'installUpdate',
  'openExternal',
  // PKCS#11 USB tokens (shared/host/signing-token.ts)
  'signingTokens',
  'tokenLogin',
  'tokenSign',
  'tokenLogout',
  // Updates (shared/updates/update-status.ts)
  'setUpdateChannel',
  'setRestartBlockers',
  'setUpdatePolicy',
] as const;

export type HostMethodName = (typeof hostMethodNames)[number];

/** The IPC channel that carries one host method. */
export const hostChannel = (method: HostMethodName): string => `desk:host:${method}`;
