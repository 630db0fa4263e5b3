// The DesktopHost for plain Chromium (web mode, demos, tests): files through the browser's own
// chooser and downloads, secrets through WebCrypto, and an honest "unavailable" for OS-only features.
import { hostContract, type HostMethod, type HostMethods, type HostRequest, type HostResponse } from '../../../shared/host/contract';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { HostErrorCode } from '../../../shared/host/errors';
import { isAllowedExternalUrl } from '../../../shared/host/external-links';
import { err, ok, type Result } from '../../../shared/result';
import { chooseFile, downloadFile } from './browser-files';
import { createBrowserSecretStore, type SecretStore } from './browser-secret-store';
import { buildIdentity } from './build-identity';

export const DESKTOP_ONLY_MESSAGE =
  'Tính năng này chỉ có trong ứng dụng máy tính (Dossier Desk cài trên Windows), không dùng được trong trình duyệt.';

export const TOKEN_DESKTOP_ONLY_MESSAGE =
  'Ký bằng USB token chỉ có trên ứng dụng máy tính (Dossier Desk cài trên Windows): trình duyệt không truy cập được token.';

export type BrowserHostDeps = {
  secrets?: SecretStore;
  window?: Window;
};

function browserPlatform(nav: Navigator): string {
  // userAgentData names the OS plainly ("Windows"); navigator.platform is the older fallback.
  const data = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || nav.platform || 'unknown';
}

/**
 * Checks each request against the contract as the main process does, so web mode refuses what the
 * desktop refuses. The implementation is called synchronously: the file chooser needs that.
 */
function validated(methods: HostMethods): HostMethods {
  const checked: Partial<Record<HostMethod, (request: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of Object.keys(methods) as HostMethod[]) {
    const implementation = methods[method] as (request: unknown) => Promise<Result<unknown>>;
    checked[method] = (request) => {
      const parsed = hostContract[method].request.safeParse(request);
      if (!parsed.success) return Promise.resolve(err(HostErrorCode.invalidRequest, 'Yêu cầu gửi tới ứng dụng không hợp lệ.'));
      return implementation(parsed.data);
    };
  }
  return checked as HostMethods;
}

export function createBrowserHost(deps: BrowserHostDeps = {}): DesktopHost {
  const win = deps.window ?? window;
  const secrets = deps.secrets ?? createBrowserSecretStore();
  const { name, version } = buildIdentity();
  const unsupportedUpdates = (): HostResponse<'getUpdateStatus'> => ({ state: 'unsupported', currentVersion: version });

  const methods: HostMethods = {
    getAppInfo: async () =>
      ok({ name, version, host: 'browser' as const, platform: browserPlatform(win.navigator), locale: win.navigator.language }),
    openFile: (request: HostRequest<'openFile'>) => chooseFile(request, win.document),
    saveFile: async (request) => downloadFile(request, win.document),
    getSecret: ({ key }) => secrets.get(key),
    setSecret: ({ key, value }) => secrets.set(key, value),
    deleteSecret: ({ key }) => secrets.delete(key),
    deleteAllSecrets: () => secrets.deleteAll(),
    // Signing keys live on USB tokens and in PKCS#12 files the browser cannot reach.
    listSigningKeys: async () => ok([]),
    // A web page is updated by reloading it: the updater's questions answer "unsupported", its
    // commands that the desktop app is needed. Reports of open work are simply taken note of.
    getUpdateStatus: async () => ok<HostResponse<'getUpdateStatus'>>(unsupportedUpdates()),
    checkForUpdates: async () => err(HostErrorCode.unavailable, DESKTOP_ONLY_MESSAGE),
    installUpdate: async () => err(HostErrorCode.unavailable, DESKTOP_ONLY_MESSAGE),
    setUpdateChannel: async () => err(HostErrorCode.unavailable, DESKTOP_ONLY_MESSAGE),
    setRestartBlockers: async () => ok(unsupportedUpdates()),
    setUpdatePolicy: async () => ok(unsupportedUpdates()),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return err(HostErrorCode.notAllowed, 'Liên kết này không nằm trong danh sách được phép mở.');
      win.open(url, '_blank', 'noopener,noreferrer');
      return ok(null);
    },
    // A browser cannot load a PKCS#11 driver: the officer is told to use the desktop app.
    signingTokens: async () => err(HostErrorCode.unavailable, TOKEN_DESKTOP_ONLY_MESSAGE),
    tokenLogin: async () => err(HostErrorCode.unavailable, TOKEN_DESKTOP_ONLY_MESSAGE),
    tokenSign: async () => err(HostErrorCode.unavailable, TOKEN_DESKTOP_ONLY_MESSAGE),
    tokenLogout: async () => ok(null),
  };
  return { kind: 'browser', ...validated(methods) };
}
