// The officer's signing key for this session: a .p12 opened once with its passphrase (the key then
// lives, non-extractable, in the signing worker; the passphrase and the file's bytes are dropped at
// once), or a USB token logged in once with its PIN (the main process keeps the token session).
// Nothing of it is written anywhere. It locks on sign-out, on request, and after an idle period.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { err, ok, type Result } from '../../../shared/result';
import { signingMessages } from '../../../shared/signing/errors';
import { summarizeCertificate, type CertificateSummary } from './certificate-summary';
import { openTokenSigner, type TokenKeyChoice } from './token-signer';
import type { BatchRequest, BatchSummary } from './worker/batch-runner';
import { SigningWorkerClient, type BatchKey, type DocumentProgress, type WorkerPort } from './worker/signing-worker-client';

/** Unused for this long, the key is forgotten and the passphrase or PIN asked for again. */
export const DEFAULT_IDLE_LOCK_MS = 15 * 60_000;

export type UnlockedKey = {
  source: 'pkcs12' | 'pkcs11';
  /** The .p12 file's name or the token's label: what the officer chose. */
  label: string;
  certificate: CertificateSummary;
};

export type SessionState = { key: UnlockedKey | null; batchRunning: boolean };

type TokenHost = Pick<DesktopHost, 'signingTokens' | 'tokenLogin' | 'tokenSign' | 'tokenLogout'>;

export type SigningSessionDeps = {
  createPort: () => WorkerPort;
  host: TokenHost;
  now?: () => Date;
  idleLockMs?: number;
};

export type SigningSession = {
  state: UseBoundStore<StoreApi<SessionState>>;
  unlockWithP12(file: { name: string; bytes: Uint8Array }, passphrase: string): Promise<Result<UnlockedKey>>;
  unlockWithToken(choice: TokenKeyChoice & { tokenLabel: string }): Promise<Result<UnlockedKey>>;
  signBatch(request: BatchRequest, onDocument: (progress: DocumentProgress) => void): { done: Promise<BatchSummary>; cancel(): void };
  lock(): void;
};

const certificateRefusal = (certificate: CertificateSummary) =>
  certificate.problem ? err<UnlockedKey>(certificate.problem, signingMessages[certificate.problem]) : null;

export function createSigningSession(deps: SigningSessionDeps): SigningSession {
  const now = deps.now ?? (() => new Date());
  const idleLockMs = deps.idleLockMs ?? DEFAULT_IDLE_LOCK_MS;
  const state = create<SessionState>(() => ({ key: null, batchRunning: false }));
  let client: SigningWorkerClient | null = null;
  let batchKey: BatchKey | null = null;
  let tokenSerial: string | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const freshClient = () => {
    client?.terminate();
    client = new SigningWorkerClient(deps.createPort());
    return client;
  };

  function lock() {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    // Terminating the worker is what forgets an opened .p12 key: its memory goes with it.
    client?.terminate();
    client = null;
    batchKey = null;
    if (tokenSerial) void deps.host.tokenLogout({ tokenSerial });
    tokenSerial = null;
    state.setState({ key: null, batchRunning: false });
  }

  function touch() {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      // A running batch is activity: the timer starts again when it ends.
      if (!state.getState().batchRunning) lock();
    }, idleLockMs);
  }

  function unlocked(key: UnlockedKey, signWith: BatchKey): Result<UnlockedKey> {
    batchKey = signWith;
    state.setState({ key });
    touch();
    return ok(key);
  }

  return {
    state,
    lock,

    async unlockWithP12(file, passphrase) {
      lock();
      const worker = freshClient();
      const opened = await worker.openP12(file.bytes, passphrase);
      if (!opened.ok) {
        lock();
        return opened;
      }
      const certificate = summarizeCertificate(opened.value.chain[0]!, now());
      const refusal = certificateRefusal(certificate);
      if (refusal) {
        lock();
        return refusal;
      }
      return unlocked({ source: 'pkcs12', label: file.name, certificate }, { kind: 'opened-p12' });
    },

    async unlockWithToken(choice) {
      lock();
      const signer = await openTokenSigner(deps.host, choice);
      if (!signer.ok) return signer;
      tokenSerial = choice.tokenSerial;
      const certificate = summarizeCertificate(signer.value.chain[0]!, now());
      const refusal = certificateRefusal(certificate);
      if (refusal) {
        lock();
        return refusal;
      }
      freshClient();
      const chain = [...signer.value.chain];
      const sign = async (data: Uint8Array): Promise<Result<Uint8Array>> => {
        try {
          return ok(await signer.value.sign(data));
        } catch (error) {
          return err('token-sign-failed', error instanceof Error ? error.message : String(error));
        }
      };
      return unlocked({ source: 'pkcs11', label: choice.tokenLabel, certificate }, { kind: 'remote', chain, sign });
    },

    signBatch(request, onDocument) {
      if (!client || !batchKey) {
        return { done: Promise.reject(new Error('Phiên ký đã khoá; hãy mở lại chứng thư số.')), cancel: () => {} };
      }
      state.setState({ batchRunning: true });
      const running = client.signBatch(request, batchKey, (progress) => {
        touch();
        onDocument(progress);
      });
      const done = running.done.finally(() => {
        state.setState({ batchRunning: false });
        if (state.getState().key) touch();
      });
      return { done, cancel: running.cancel };
    },
  };
}

export type OfficerWatch = (listener: (officerId: string | null, previous: string | null) => void) => () => void;

/** Locks `session` when the officer changes; answers the unsubscribe. */
export function lockOnOfficerChange(session: Pick<SigningSession, 'lock'>, watch: OfficerWatch): () => void {
  return watch((officerId, previous) => {
    if (officerId !== previous) session.lock();
  });
}
