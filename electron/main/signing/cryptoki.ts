// The few PKCS#11 calls the token service makes, as an interface: the real one is pkcs11js over a
// vendor library (a native module, main process only); unit tests hand the service a fake.
import { createRequire } from 'node:module';

/** PKCS#11 handles (slots, sessions, objects) as pkcs11js passes them: opaque byte strings. */
export type Handle = Buffer;
export type Attribute = { type: number; value?: number | boolean | string | Buffer };

export type TokenInfo = { label: string; serialNumber: string; manufacturerID: string; model: string; flags: number };

export interface Cryptoki {
  getSlotList(tokenPresent: boolean): Handle[];
  getTokenInfo(slot: Handle): TokenInfo;
  openSession(slot: Handle): Handle;
  closeSession(session: Handle): void;
  login(session: Handle, pin: string): void;
  logout(session: Handle): void;
  findObjects(session: Handle, template: Attribute[], max: number): Handle[];
  getAttributes(session: Handle, object: Handle, types: number[]): Map<number, Buffer>;
  /** CKM_SHA256_RSA_PKCS: the token hashes `data` itself and returns the PKCS#1 v1.5 signature. */
  signSha256RsaPkcs(session: Handle, key: Handle, data: Buffer): Promise<Buffer>;
  finalize(): void;
}

/**
 * The PKCS#11 constants the service needs (fixed by the PKCS#11 standard; cryptoki.test.ts checks
 * them against pkcs11js), written out so that nothing loads the native module before it is used.
 */
export const ck = {
  CKA_CLASS: 0x0,
  CKA_LABEL: 0x3,
  CKA_VALUE: 0x11,
  CKA_ID: 0x102,
  CKO_CERTIFICATE: 0x1,
  CKO_PRIVATE_KEY: 0x3,
  CKF_TOKEN_INITIALIZED: 0x400,
  CKF_USER_PIN_LOCKED: 0x40000,
  CKR_SLOT_ID_INVALID: 0x3,
  CKR_DEVICE_REMOVED: 0x32,
  CKR_PIN_INCORRECT: 0xa0,
  CKR_PIN_INVALID: 0xa1,
  CKR_PIN_LEN_RANGE: 0xa2,
  CKR_PIN_EXPIRED: 0xa3,
  CKR_PIN_LOCKED: 0xa4,
  CKR_SESSION_CLOSED: 0xb0,
  CKR_SESSION_HANDLE_INVALID: 0xb3,
  CKR_TOKEN_NOT_PRESENT: 0xe0,
  CKR_TOKEN_NOT_RECOGNIZED: 0xe1,
  CKR_USER_ALREADY_LOGGED_IN: 0x100,
  CKR_USER_NOT_LOGGED_IN: 0x101,
  CKR_CRYPTOKI_ALREADY_INITIALIZED: 0x191,
} as const;

/** The CKR_* return value carried by an error thrown from a PKCS#11 call, if it has one. */
export function pkcs11ReturnValue(error: unknown): number | undefined {
  // pkcs11js's Pkcs11Error (and the fakes in tests) carry the CKR value as a numeric `code`.
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' && code > 0 ? code : undefined;
}

/** The native module itself could not be loaded: the app install is broken, not the token driver. */
export class Pkcs11BindingError extends Error {
  override readonly name = 'Pkcs11BindingError';
}

type Pkcs11js = typeof import('pkcs11js');
let binding: Pkcs11js | undefined;

/**
 * pkcs11js, loaded on first use: a native module built for the wrong ABI (not rebuilt for
 * Electron, see docs/signing-tokens.md) then disables token signing instead of the whole app.
 */
function loadBinding(): Pkcs11js {
  try {
    binding ??= createRequire(import.meta.url)('pkcs11js') as Pkcs11js;
    return binding;
  } catch (error) {
    throw new Pkcs11BindingError(`pkcs11js could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Loads a vendor library and initialises it. Throws pkcs11js's NativeError when the file cannot be
 * loaded (missing, wrong architecture, missing dependency DLL), Pkcs11BindingError when pkcs11js
 * itself cannot.
 */
export function openCryptoki(libraryPath: string): Cryptoki {
  const pkcs11js = loadBinding();
  const module = new pkcs11js.PKCS11();
  module.load(libraryPath);
  try {
    module.C_Initialize();
  } catch (error) {
    // Another part of this process already initialised the same library: it is usable as is.
    if (pkcs11ReturnValue(error) !== ck.CKR_CRYPTOKI_ALREADY_INITIALIZED) throw error;
  }
  return {
    getSlotList: (tokenPresent) => module.C_GetSlotList(tokenPresent),
    getTokenInfo: (slot) => module.C_GetTokenInfo(slot),
    openSession: (slot) => module.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION),
    closeSession: (session) => module.C_CloseSession(session),
    login: (session, pin) => module.C_Login(session, pkcs11js.CKU_USER, pin),
    logout: (session) => module.C_Logout(session),
    findObjects(session, template, max) {
      module.C_FindObjectsInit(session, template);
      try {
        return module.C_FindObjects(session, max);
      } finally {
        module.C_FindObjectsFinal(session);
      }
    },
    getAttributes(session, object, types) {
      const values = module.C_GetAttributeValue(session, object, types.map((type) => ({ type })));
      return new Map(values.filter((a) => Buffer.isBuffer(a.value)).map((a) => [a.type, a.value as Buffer]));
    },
    async signSha256RsaPkcs(session, key, data) {
      module.C_SignInit(session, { mechanism: pkcs11js.CKM_SHA256_RSA_PKCS }, key);
      // Large enough for RSA-8192; the library writes the real length.
      return module.C_SignAsync(session, data, Buffer.alloc(1024));
    },
    finalize() {
      module.C_Finalize();
      module.close();
    },
  };
}
