// The DesktopHost block for PKCS#11 USB tokens (the VNPT-CA, Viettel-CA, BkavCA… tokens officers
// sign with): schemas for listing tokens and their certificates, logging in and signing on them.
// Kept apart from contract.ts so the key side of signing reads as one unit.
import { z } from 'zod';

/**
 * Largest input a token is asked to sign. The CMS signed attributes of a PAdES signature are a few
 * hundred bytes; the bound stops the renderer from streaming whole documents through IPC to a token.
 */
export const MAX_TOKEN_SIGN_INPUT_BYTES = 64 * 1024;
const MAX_CERTIFICATE_BYTES = 16 * 1024;

/** Error codes of the token block; the messages that go with them are Vietnamese and actionable. */
export const TokenErrorCode = {
  libraryMissing: 'TOKEN_LIBRARY_MISSING',
  libraryUnloadable: 'TOKEN_LIBRARY_UNLOADABLE',
  notPresent: 'TOKEN_NOT_PRESENT',
  pinRequired: 'TOKEN_PIN_REQUIRED',
  pinIncorrect: 'TOKEN_PIN_INCORRECT',
  pinLocked: 'TOKEN_PIN_LOCKED',
  keyNotFound: 'TOKEN_KEY_NOT_FOUND',
  failed: 'TOKEN_FAILED',
} as const;
export type TokenErrorCode = (typeof TokenErrorCode)[keyof typeof TokenErrorCode];

const tokenSerial = z.string().min(1).max(64);
/** CKA_ID as lower-case hex; the link between a certificate and its private key on the token. */
const objectId = z.string().regex(/^(?:[0-9a-f]{2}){0,64}$/, 'mã khóa không hợp lệ');
const objectLabel = z.string().min(1).max(128);

export const tokenCertificateSchema = z
  .object({
    /** CKA_ID (hex, may be empty when the vendor tool left it unset). */
    keyId: objectId,
    label: z.string().max(128),
    der: z.instanceof(Uint8Array).refine((der) => der.byteLength > 0 && der.byteLength <= MAX_CERTIFICATE_BYTES),
    subject: z.string().max(2048),
    issuer: z.string().max(2048),
    serialNumber: z.string().max(128),
    validFrom: z.string().max(40),
    validTo: z.string().max(40),
    /** A CA certificate stored beside the officer's own: part of the chain, never a signer. */
    isCa: z.boolean(),
  })
  .strict();

export const signingTokenSchema = z
  .object({
    serial: tokenSerial,
    label: z.string().max(64),
    manufacturer: z.string().max(64),
    model: z.string().max(64),
    /** The slot id in hex, as the PKCS#11 library numbers it; for diagnostics only. */
    slot: z.string().max(32),
    /** File name of the PKCS#11 library that reaches the token (e.g. vnpt-ca_csp11.dll). */
    library: z.string().max(260),
    loggedIn: z.boolean(),
    certificates: z.array(tokenCertificateSchema).max(32),
  })
  .strict();

const pin = z.string().min(1).max(64);

export const tokenLoginRequestSchema = z.object({ tokenSerial, pin }).strict();
export const tokenLogoutRequestSchema = z.object({ tokenSerial: tokenSerial.optional() }).strict();

export const tokenSignRequestSchema = z
  .object({
    tokenSerial,
    /** Finds the private key by CKA_ID (the certificate's keyId) or, failing that, by CKA_LABEL. */
    keyId: objectId.optional(),
    keyLabel: objectLabel.optional(),
    /** Logs in first when given; without it the token must already be logged in this session. */
    pin: pin.optional(),
    data: z
      .instanceof(Uint8Array)
      .refine((data) => data.byteLength > 0 && data.byteLength <= MAX_TOKEN_SIGN_INPUT_BYTES, 'dữ liệu cần ký quá lớn hoặc rỗng'),
  })
  .strict()
  .refine((request) => Boolean(request.keyId) || request.keyLabel !== undefined, 'cần mã khóa hoặc nhãn khóa');

export const tokenSignatureSchema = z.instanceof(Uint8Array).refine((signature) => signature.byteLength > 0 && signature.byteLength <= 1024);

export const signingTokenMethods = {
  signingTokens: { request: z.undefined(), response: z.array(signingTokenSchema).max(32) },
  tokenLogin: { request: tokenLoginRequestSchema, response: z.null() },
  tokenSign: { request: tokenSignRequestSchema, response: tokenSignatureSchema },
  tokenLogout: { request: tokenLogoutRequestSchema, response: z.null() },
} as const;

export type SigningToken = z.output<typeof signingTokenSchema>;
export type TokenCertificate = z.output<typeof tokenCertificateSchema>;
export type TokenSignRequest = z.output<typeof tokenSignRequestSchema>;
export type TokenLoginRequest = z.output<typeof tokenLoginRequestSchema>;
export type TokenLogoutRequest = z.output<typeof tokenLogoutRequestSchema>;
