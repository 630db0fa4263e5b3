// USB tokens in the main process: finds the vendor PKCS#11 libraries, lists the tokens and their
// certificates, logs in with the officer's PIN and signs on the token with CKM_SHA256_RSA_PKCS.
// The PIN is handed to the token and dropped: what lasts is the token's logged-in session, kept for
// this app session so a batch needs one PIN entry, and logged out on lock, sign-out and quit.
import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  TokenErrorCode,
  type SigningToken,
  type TokenCertificate,
  type TokenLoginRequest,
  type TokenSignRequest,
} from '../../../shared/host/signing-token';
import { err, ok, type Result } from '../../../shared/result';
import { ck, openCryptoki, Pkcs11BindingError, pkcs11ReturnValue, type Cryptoki, type Handle } from './cryptoki';
import { meansTokenGone, tokenFailure, tokenMessages } from './token-errors';

export type TokenServiceDeps = {
  /** Candidate library paths in order of preference (see library-paths.ts). */
  libraryPaths: () => readonly string[] | Promise<readonly string[]>;
  open?: (libraryPath: string) => Cryptoki;
  fileExists?: (file: string) => boolean;
  log?: (message: string) => void;
};

type Library = { name: string; cryptoki: Cryptoki };
type FoundToken = { library: Library; slot: Handle; serial: string; flags: number; info: ReturnType<Cryptoki['getTokenInfo']> };
type LoggedInSession = { library: Library; session: Handle };

const MAX_CERTIFICATES = 32;
// PKCS#11 pads its fixed-size strings with blanks (and some vendors with NULs).
const trimPadding = (value: string) => value.replace(/[\s\0]+$/u, '');
const hex = (bytes: Buffer | undefined) => (bytes ? bytes.toString('hex') : '');
// Library paths are Windows paths for real users, whatever platform the tests run on.
const fileName = (libraryPath: string) => libraryPath.split(/[\\/]/).pop() ?? libraryPath;

function closeQuietly(cryptoki: Cryptoki, session: Handle) {
  try {
    cryptoki.closeSession(session);
  } catch {
    // A removed token has closed its sessions already; nothing is left to release.
  }
}

export type TokenService = ReturnType<typeof createTokenService>;

export function createTokenService(deps: TokenServiceDeps) {
  const open = deps.open ?? openCryptoki;
  const fileExists = deps.fileExists ?? existsSync;
  const log = deps.log ?? (() => {});
  const libraries = new Map<string, Library>();
  const sessions = new Map<string, LoggedInSession>();
  // PKCS#11 sessions are not safe for concurrent operations (a second C_SignInit on a busy session
  // fails), and renderer calls may overlap during a batch: one operation at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation, operation);
    queue = run.catch(() => {});
    return run;
  };

  /** Loads every candidate library that exists and is not loaded yet: a driver installed meanwhile is found. */
  async function loadLibraries(): Promise<Result<Library[]>> {
    const existing = (await deps.libraryPaths()).filter((candidate) => libraries.has(candidate) || fileExists(candidate));
    if (existing.length === 0) return err(TokenErrorCode.libraryMissing, tokenMessages.libraryMissing);
    let firstFailure: string | undefined;
    for (const libraryPath of existing) {
      if (libraries.has(libraryPath)) continue;
      try {
        libraries.set(libraryPath, { name: fileName(libraryPath), cryptoki: open(libraryPath) });
      } catch (error) {
        // No driver can load without pkcs11js itself: say the app needs reinstalling, not the driver.
        if (error instanceof Pkcs11BindingError) {
          log(`signing: ${error.message}`);
          return err(TokenErrorCode.failed, tokenMessages.bindingBroken);
        }
        firstFailure ??= libraryPath;
        log(`signing: could not load ${libraryPath}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (libraries.size === 0) {
      return err(TokenErrorCode.libraryUnloadable, tokenMessages.libraryUnloadable(fileName(firstFailure ?? '')));
    }
    return ok([...libraries.values()]);
  }

  /** Initialised tokens in every library; a token reached by two libraries is listed once. */
  function presentTokens(loaded: Library[]): FoundToken[] {
    const found = new Map<string, FoundToken>();
    for (const library of loaded) {
      let slots: Handle[];
      try {
        slots = library.cryptoki.getSlotList(true);
      } catch (error) {
        log(`signing: ${library.name} could not list slots (CKR ${pkcs11ReturnValue(error) ?? '?'})`);
        continue;
      }
      for (const slot of slots) {
        try {
          const info = library.cryptoki.getTokenInfo(slot);
          const serial = trimPadding(info.serialNumber);
          if ((info.flags & ck.CKF_TOKEN_INITIALIZED) === 0 || serial === '' || found.has(serial)) continue;
          found.set(serial, { library, slot, serial, flags: info.flags, info });
        } catch {
          // The token went away between the slot list and its info: it is simply not listed.
        }
      }
    }
    return [...found.values()];
  }

  function certificatesOn(cryptoki: Cryptoki, session: Handle): TokenCertificate[] {
    const objects = cryptoki.findObjects(session, [{ type: ck.CKA_CLASS, value: ck.CKO_CERTIFICATE }], MAX_CERTIFICATES);
    const certificates: TokenCertificate[] = [];
    for (const object of objects) {
      const attributes = cryptoki.getAttributes(session, object, [ck.CKA_VALUE, ck.CKA_ID, ck.CKA_LABEL]);
      const der = attributes.get(ck.CKA_VALUE);
      if (!der || der.byteLength === 0) continue;
      try {
        const x509 = new X509Certificate(der);
        certificates.push({
          keyId: hex(attributes.get(ck.CKA_ID)),
          label: (attributes.get(ck.CKA_LABEL)?.toString('utf8') ?? '').slice(0, 128),
          der: new Uint8Array(der),
          subject: x509.subject,
          issuer: x509.issuer,
          serialNumber: x509.serialNumber,
          validFrom: new Date(x509.validFrom).toISOString(),
          validTo: new Date(x509.validTo).toISOString(),
          isCa: x509.ca,
        });
      } catch {
        log('signing: skipped a certificate object that is not valid X.509');
      }
    }
    return certificates;
  }

  async function findToken(serial: string): Promise<Result<FoundToken>> {
    const loaded = await loadLibraries();
    if (!loaded.ok) return loaded;
    const token = presentTokens(loaded.value).find((candidate) => candidate.serial === serial);
    return token ? ok(token) : err(TokenErrorCode.notPresent, tokenMessages.notPresent);
  }

  /** Closes a session quietly: the token may already be gone, which closes it anyway. */
  function forget(serial: string, { logout }: { logout: boolean }) {
    const entry = sessions.get(serial);
    if (!entry) return;
    sessions.delete(serial);
    try {
      if (logout) entry.library.cryptoki.logout(entry.session);
    } catch {
      // Logging out of a removed token fails; closing below still releases our handle.
    }
    closeQuietly(entry.library.cryptoki, entry.session);
  }

  async function login({ tokenSerial, pin }: TokenLoginRequest): Promise<Result<null>> {
    const token = await findToken(tokenSerial);
    if (!token.ok) return token;
    if ((token.value.flags & ck.CKF_USER_PIN_LOCKED) !== 0) return err(TokenErrorCode.pinLocked, tokenMessages.pinLocked);
    // A fresh login each time a PIN is given, so a PIN typed in is always checked by the token.
    forget(tokenSerial, { logout: true });
    const { cryptoki } = token.value.library;
    let session: Handle | undefined;
    try {
      session = cryptoki.openSession(token.value.slot);
      try {
        cryptoki.login(session, pin);
      } catch (error) {
        if (pkcs11ReturnValue(error) !== ck.CKR_USER_ALREADY_LOGGED_IN) throw error;
      }
      sessions.set(tokenSerial, { library: token.value.library, session });
      return ok(null);
    } catch (error) {
      if (session) closeQuietly(cryptoki, session);
      if (pkcs11ReturnValue(error) === ck.CKR_PIN_INCORRECT && nowLocked(token.value)) {
        return err(TokenErrorCode.pinLocked, tokenMessages.pinLocked);
      }
      return tokenFailure(error);
    }
  }

  /** Whether the wrong PIN just typed was the last try the token allowed. */
  function nowLocked(token: FoundToken): boolean {
    try {
      return (token.library.cryptoki.getTokenInfo(token.slot).flags & ck.CKF_USER_PIN_LOCKED) !== 0;
    } catch {
      return false;
    }
  }

  function findPrivateKey(cryptoki: Cryptoki, session: Handle, request: TokenSignRequest): Handle | undefined {
    const byId = request.keyId
      ? cryptoki.findObjects(session, [{ type: ck.CKA_CLASS, value: ck.CKO_PRIVATE_KEY }, { type: ck.CKA_ID, value: Buffer.from(request.keyId, 'hex') }], 1)
      : [];
    if (byId[0]) return byId[0];
    if (request.keyLabel === undefined) return undefined;
    const byLabel = cryptoki.findObjects(
      session,
      [{ type: ck.CKA_CLASS, value: ck.CKO_PRIVATE_KEY }, { type: ck.CKA_LABEL, value: request.keyLabel }],
      1,
    );
    return byLabel[0];
  }

  async function sign(request: TokenSignRequest): Promise<Result<Uint8Array<ArrayBuffer>>> {
    if (request.pin !== undefined) {
      const loggedIn = await login({ tokenSerial: request.tokenSerial, pin: request.pin });
      if (!loggedIn.ok) return loggedIn;
    }
    const entry = sessions.get(request.tokenSerial);
    if (!entry) {
      const token = await findToken(request.tokenSerial);
      return token.ok ? err(TokenErrorCode.pinRequired, tokenMessages.pinRequired) : token;
    }
    const { cryptoki } = entry.library;
    try {
      const key = findPrivateKey(cryptoki, entry.session, request);
      if (!key) return err(TokenErrorCode.keyNotFound, tokenMessages.keyNotFound);
      const signature = await cryptoki.signSha256RsaPkcs(entry.session, key, Buffer.from(request.data));
      return ok(new Uint8Array(signature));
    } catch (error) {
      // A pulled-out token, or a login lost behind our back: the next sign must ask for the PIN again.
      if (meansTokenGone(error) || pkcs11ReturnValue(error) === ck.CKR_USER_NOT_LOGGED_IN) {
        forget(request.tokenSerial, { logout: false });
      }
      return tokenFailure(error);
    }
  }

  async function listTokens(): Promise<Result<SigningToken[]>> {
    const loaded = await loadLibraries();
    if (!loaded.ok) return loaded;
    const tokens: SigningToken[] = [];
    for (const token of presentTokens(loaded.value)) {
      const { cryptoki } = token.library;
      const loggedIn = sessions.get(token.serial);
      let session: Handle | undefined;
      try {
        session = loggedIn?.session ?? cryptoki.openSession(token.slot);
        tokens.push({
          serial: token.serial,
          label: trimPadding(token.info.label),
          manufacturer: trimPadding(token.info.manufacturerID),
          model: trimPadding(token.info.model),
          slot: hex(token.slot),
          library: token.library.name,
          loggedIn: loggedIn !== undefined,
          certificates: certificatesOn(cryptoki, session),
        });
      } catch (error) {
        if (loggedIn && meansTokenGone(error)) forget(token.serial, { logout: false });
        log(`signing: could not read token ${token.serial} (CKR ${pkcs11ReturnValue(error) ?? '?'})`);
      } finally {
        if (session && !loggedIn) closeQuietly(cryptoki, session);
      }
    }
    return ok(tokens);
  }

  function logout(tokenSerial?: string) {
    for (const serial of tokenSerial === undefined ? [...sessions.keys()] : [tokenSerial]) forget(serial, { logout: true });
  }

  return {
    listTokens: () => serialised(listTokens),
    login: (request: TokenLoginRequest) => serialised(() => login(request)),
    sign: (request: TokenSignRequest) => serialised(() => sign(request)),
    /** Logs out one token, or all: on sign-out, screen lock and quit. */
    logout: (tokenSerial?: string) => serialised(async () => logout(tokenSerial)),
    /** Logs out everything and unloads the libraries; the service may be used again afterwards. */
    close: () =>
      serialised(async () => {
        logout();
        for (const [libraryPath, library] of libraries) {
          try {
            library.cryptoki.finalize();
          } catch (error) {
            log(`signing: finalising ${libraryPath} failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        libraries.clear();
      }),
  };
}
