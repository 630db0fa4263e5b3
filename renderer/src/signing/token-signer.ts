// A CmsSigner whose key stays on the officer's USB token: the renderer holds only certificates, and
// each signature is made on the token by the main process (DesktopHost.tokenSign). The counterpart
// of shared/signing/p12-signer.ts, with the same shape: open once (PIN checked there), sign many.
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { TokenErrorCode, type SigningToken, type TokenCertificate } from '../../../shared/host/signing-token';
import { err, ok, type Result } from '../../../shared/result';
import type { CmsSigner } from '../../../shared/signing/signer';

type TokenHost = Pick<DesktopHost, 'signingTokens' | 'tokenLogin' | 'tokenSign'>;

/** Thrown by `sign` (CmsSigner's contract is a promise of bytes): carries the host's code and message. */
export class TokenSignError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TokenSignError';
  }
}

export type TokenKeyChoice = {
  tokenSerial: string;
  /** The chosen certificate's keyId (CKA_ID), or its label for tokens that leave CKA_ID empty. */
  keyId: string;
  label?: string;
  /** Logs the token in when given; otherwise it must be logged in already in this app session. */
  pin?: string;
};

/** The certificates on a token an officer can sign with (the CA certificates beside them cannot). */
export function signerCertificates(token: SigningToken): TokenCertificate[] {
  return token.certificates.filter((certificate) => !certificate.isCa);
}

/** The signer's certificate, then each issuer found on the token, up to a self-signed root or a missing link. */
export function chainOnToken(signer: TokenCertificate, token: SigningToken): Uint8Array[] {
  const chain = [signer];
  for (;;) {
    const last = chain[chain.length - 1]!;
    if (last.issuer === last.subject) break;
    const issuer = token.certificates.find((candidate) => candidate.isCa && candidate.subject === last.issuer && !chain.includes(candidate));
    if (!issuer) break;
    chain.push(issuer);
  }
  return chain.map((certificate) => certificate.der);
}

export async function openTokenSigner(host: TokenHost, choice: TokenKeyChoice): Promise<Result<CmsSigner>> {
  const tokens = await host.signingTokens(undefined);
  if (!tokens.ok) return tokens;
  const token = tokens.value.find((candidate) => candidate.serial === choice.tokenSerial);
  if (!token) return err(TokenErrorCode.notPresent, 'Không thấy USB token đã chọn. Hãy cắm token ký số vào máy rồi thử lại.');
  const certificate = signerCertificates(token).find((candidate) =>
    choice.keyId ? candidate.keyId === choice.keyId : candidate.label === choice.label,
  );
  if (!certificate) return err(TokenErrorCode.keyNotFound, 'Không tìm thấy chứng thư số đã chọn trên USB token. Hãy chọn lại chứng thư số.');

  // The PIN is checked now, once, so a batch stops before its first document rather than failing
  // on each; afterwards the token's logged-in session signs and the PIN is not kept here.
  if (choice.pin !== undefined) {
    const loggedIn = await host.tokenLogin({ tokenSerial: token.serial, pin: choice.pin });
    if (!loggedIn.ok) return loggedIn;
  } else if (!token.loggedIn) {
    return err(TokenErrorCode.pinRequired, 'Hãy nhập mã PIN của USB token để ký.');
  }

  const key = certificate.keyId ? { keyId: certificate.keyId } : { keyLabel: certificate.label };
  return ok({
    chain: chainOnToken(certificate, token),
    async sign(data) {
      // A copy on an ArrayBuffer of its own: IPC clones it anyway, and a view on shared memory is not allowed.
      const signature = await host.tokenSign({ tokenSerial: token.serial, ...key, data: new Uint8Array(data) });
      if (!signature.ok) throw new TokenSignError(signature.error.code, signature.error.message);
      return signature.value;
    },
  });
}
