// The DesktopHost contract: one zod schema per request and per answer. The TypeScript interface,
// the IPC channel names, the preload proxy and the main-process handlers are all derived from it,
// so no channel string is ever written by hand twice.
import { z } from 'zod';
import { type Result } from '../result';
import { hostMethodNames, type HostMethodName } from './channels';
import { signingTokenMethods } from './signing-token';
import { updateHostMethods } from '../updates/update-status';

export { hostChannel } from './channels';

export const MAX_CHOSEN_FILE_BYTES = 50 * 1024 * 1024;
/** The most a caller may raise openFile's limit to: a desk's encrypted backup (.ddbak) can reach a gigabyte or more. */
export const MAX_OPENABLE_FILE_BYTES = 2 * 1024 * 1024 * 1024;

const fileFilter = z
  .object({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20) })
  .strict();

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    platform: z.string(),
    host: z.enum(['electron', 'browser']),
    locale: z.string(),
  })
  .strict();

export const openFileRequestSchema = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilter).max(10).optional(),
    maxBytes: z.number().int().positive().max(MAX_OPENABLE_FILE_BYTES).optional(),
  })
  .strict();

export const chosenFileSchema = z
  .object({
    name: z.string().min(1).max(260),
    type: z.string().max(200),
    size: z.number().int().nonnegative(),
    bytes: z.instanceof(Uint8Array),
  })
  .strict();

// Windows refuses these characters (and control characters) in file names.
// eslint-disable-next-line no-control-regex
const windowsFileName = /^[^\\/:*?"<>|\u0000-\u001f]+$/;

export const saveFileRequestSchema = z
  .object({
    suggestedName: z.string().min(1).max(200).regex(windowsFileName, 'tên tệp không hợp lệ'),
    bytes: z.instanceof(Uint8Array),
    mimeType: z.string().max(200).optional(),
    filters: z.array(fileFilter).max(10).optional(),
  })
  .strict();

export const saveOutcomeSchema = z.object({ saved: z.boolean(), fileName: z.string().optional() }).strict();

const secretKey = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'khóa bí mật không hợp lệ');
export const secretKeyRequestSchema = z.object({ key: secretKey }).strict();
export const setSecretRequestSchema = z.object({ key: secretKey, value: z.string().max(64 * 1024) }).strict();

export const signingKeySchema = z
  .object({
    id: z.string(),
    label: z.string(),
    source: z.enum(['pkcs12', 'pkcs11']),
    subject: z.string().optional(),
  })
  .strict();

export { updateStatusSchema } from '../updates/update-status';

export const openExternalRequestSchema = z.object({ url: z.string().max(2048) }).strict();

const none = z.undefined();
const nothing = z.null();

export const hostContract = {
  getAppInfo: { request: none, response: appInfoSchema },
  openFile: { request: openFileRequestSchema, response: chosenFileSchema.nullable() },
  saveFile: { request: saveFileRequestSchema, response: saveOutcomeSchema },
  getSecret: { request: secretKeyRequestSchema, response: z.string().nullable() },
  setSecret: { request: setSecretRequestSchema, response: nothing },
  deleteSecret: { request: secretKeyRequestSchema, response: nothing },
  /** "Xóa dữ liệu trên máy này": every token and cached verifier of every officer on this desk. */
  deleteAllSecrets: { request: none, response: nothing },
  listSigningKeys: { request: none, response: z.array(signingKeySchema) },
  openExternal: { request: openExternalRequestSchema, response: nothing },
  // Updates (issue 7): schemas in shared/updates/update-status.ts.
  ...updateHostMethods,
  // PKCS#11 USB tokens (issue 5): schemas in signing-token.ts.
  ...signingTokenMethods,
} as const satisfies Record<HostMethodName, { request: z.ZodType; response: z.ZodType }>;

export type HostContract = typeof hostContract;
export type HostMethod = keyof HostContract;
export const hostMethods: readonly HostMethod[] = hostMethodNames;

export type HostRequest<M extends HostMethod> = z.input<HostContract[M]['request']>;
export type HostResponse<M extends HostMethod> = z.output<HostContract[M]['response']>;

export type AppInfo = z.output<typeof appInfoSchema>;
export type ChosenFile = z.output<typeof chosenFileSchema>;
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type SaveOutcome = z.output<typeof saveOutcomeSchema>;
export type SigningKeyInfo = z.output<typeof signingKeySchema>;
export type { InstallOutcome, RestartBlocker, UpdatePolicy, UpdateStatus } from '../updates/update-status';

export type HostMethods = {
  [M in HostMethod]: (request: HostRequest<M>) => Promise<Result<HostResponse<M>>>;
};
