// The messages between the Ký duyệt page and its signing worker, one zod schema per message. Both
// sides parse what they receive, so a stale bundle or a bug on one side is a clear error, not a
// half-signed batch. The passphrase crosses once (open-p12) and the worker keeps only the opened,
// non-extractable key; a token's key never leaves the main process, so its signatures go back to
// the page (remote-sign / remote-signature), which asks the DesktopHost.
import { z } from 'zod';
import { errorInfoSchema } from '../../../../shared/result';

// Typed as any Uint8Array: what pdf-lib, WebCrypto and structured clone hand over.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'cần dữ liệu nhị phân (Uint8Array)');
const requestId = z.number().int().nonnegative();

/** A Result carried in a message; the error is what the officer reads (Vietnamese) plus a code to branch on. */
const outcome = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }).strict(), z.object({ ok: z.literal(false), error: errorInfoSchema }).strict()]);

export const boxSchema = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() }).strict();

/** What shared/signing's SignatureAppearance needs, less the font (sent once per batch). */
export const appearanceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('individual'), signatureImage: bytes, signerName: z.string().min(1).max(200) }).strict(),
  z
    .object({
      kind: z.literal('agency'),
      sealImage: bytes,
      agencyName: z.string().min(1).max(300),
      signatureImage: bytes.optional(),
      signerName: z.string().max(200).optional(),
    })
    .strict(),
]);

/** Where the signature shows: a page index, or the last page (where Vietnamese documents sign). */
export const placementSchema = z.object({ page: z.union([z.number().int().nonnegative(), z.literal('last')]), box: boxSchema }).strict();

/** A document of a batch; its own placement (its signature block) wins over the batch's default. */
export const batchDocumentSchema = z.object({ documentId: z.string().min(1).max(200), pdf: bytes, placement: placementSchema.optional() }).strict();

/** How the worker signs this batch: with the key it opened from a .p12, or through the page (USB token). */
export const batchKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened-p12') }).strict(),
  z.object({ kind: z.literal('remote'), chain: z.array(bytes).min(1).max(10) }).strict(),
]);

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open-p12'), requestId, p12: bytes, passphrase: z.string().max(1024) }).strict(),
  z.object({ type: z.literal('close-key') }).strict(),
  z
    .object({
      type: z.literal('sign-batch'),
      batchId: requestId,
      key: batchKeySchema,
      documents: z.array(batchDocumentSchema).max(5000),
      /** Omitted: invisible signatures. `placement` is where documents without their own go. */
      visible: z.object({ placement: placementSchema, appearance: appearanceSchema, font: bytes }).strict().optional(),
      reason: z.string().max(300).optional(),
      location: z.string().max(300).optional(),
      timestampUrl: z.url().optional(),
    })
    .strict(),
  z.object({ type: z.literal('cancel-batch'), batchId: requestId }).strict(),
  z.object({ type: z.literal('remote-signature'), requestId, result: outcome(bytes) }).strict(),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;
export type SignBatchMessage = Extract<PageMessage, { type: 'sign-batch' }>;

export const documentOutcomeSchema = outcome(z.object({ pdf: bytes, fieldName: z.string(), signingTime: z.iso.datetime() }).strict());
export type DocumentOutcome = z.infer<typeof documentOutcomeSchema>;

export const workerMessageSchema = z.discriminatedUnion('type', [
  /** The chain of the opened key (signer first), so the page shows whose certificate it is. */
  z.object({ type: z.literal('p12-opened'), requestId, result: outcome(z.object({ chain: z.array(bytes).min(1) }).strict()) }).strict(),
  z.object({ type: z.literal('remote-sign'), requestId, data: bytes }).strict(),
  z
    .object({
      type: z.literal('document-signed'),
      batchId: requestId,
      /** 1-based position in the batch: "n of m". */
      done: z.number().int().positive(),
      total: z.number().int().positive(),
      documentId: z.string(),
      result: documentOutcomeSchema,
    })
    .strict(),
  z.object({ type: z.literal('batch-done'), batchId: requestId, signed: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), cancelled: z.boolean() }).strict(),
  /** A message the worker could not accept (wrong shape, no key opened): the page's bug to show. */
  z.object({ type: z.literal('protocol-error'), message: z.string() }).strict(),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/**
 * The buffers a message hands over rather than copies: a signed PDF the worker no longer needs. The
 * page's PDFs are copied, not transferred, so it keeps them for a retry.
 */
export function transferablesOf(message: WorkerMessage): ArrayBuffer[] {
  if (message.type === 'document-signed' && message.result.ok) return [message.result.value.pdf.buffer as ArrayBuffer];
  return [];
}
