// Compressing the embedded font subsets is the largest cost of a document. Large streams are
// compressed natively (CompressionStream: zlib off the main thread, in browsers and Node) once pdf-lib
// has made them, and identical ones (a batch from one template) are compressed only once per session.
import type { PDFDocument, PDFRawStream } from 'pdf-lib';

type Entry = { raw: Uint8Array; deflated: Uint8Array };
const MIN_SIZE = 4096;
const MAX_ENTRIES = 32;
const entries = new Map<string, Entry[]>();

type Compressor = { writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } }; readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } } };
const NativeCompression = (globalThis as { CompressionStream?: new (format: 'deflate') => Compressor }).CompressionStream;

function fingerprint(bytes: Uint8Array): string {
  // FNV-1a over a sample of the bytes; a hit is confirmed byte for byte, so collisions cost only time.
  let hash = 0x811c9dc5;
  const step = Math.max(1, bytes.length >> 10);
  for (let i = 0; i < bytes.length; i += step) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${hash >>> 0}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function remember(raw: Uint8Array, deflated: Uint8Array): void {
  const key = fingerprint(raw);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, [...(entries.get(key) ?? []), { raw: raw.slice(), deflated }]);
}

/** zlib ('deflate' is the zlib format PDF's FlateDecode reads) via the platform's CompressionStream. */
async function deflateNatively(bytes: Uint8Array): Promise<Uint8Array> {
  const compressor = new NativeCompression!('deflate');
  const writer = compressor.writable.getWriter();
  void writer.write(bytes);
  void writer.close();
  const reader = compressor.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value!);
    size += value!.length;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Makes `doc` reuse compressed streams it has seen and leave new large ones for `compressPending`,
 * which must run (after `doc.flush()`) before the document is saved.
 */
export function deferCompression(doc: PDFDocument): { compressPending(): Promise<void> } {
  const context = doc.context;
  const flate = context.flateStream.bind(context);
  const pending: { stream: PDFRawStream; raw: Uint8Array }[] = [];
  context.flateStream = (contents, dict = {}) => {
    if (typeof contents === 'string' || contents.length < MIN_SIZE) return flate(contents, dict);
    const hit = entries.get(fingerprint(contents))?.find((entry) => sameBytes(entry.raw, contents));
    if (hit) return context.stream(hit.deflated, { ...dict, Filter: 'FlateDecode' });
    if (!NativeCompression) {
      const stream = flate(contents, dict);
      remember(contents, stream.getContents());
      return stream;
    }
    // Filled with the compressed bytes by compressPending; /Length follows the contents on save.
    const stream = context.stream(contents, { ...dict, Filter: 'FlateDecode' });
    pending.push({ stream, raw: contents });
    return stream;
  };
  return {
    async compressPending() {
      await Promise.all(
        pending.splice(0).map(async ({ stream, raw }) => {
          const deflated = await deflateNatively(raw);
          (stream as { contents: Uint8Array }).contents = deflated;
          remember(raw, deflated);
        }),
      );
    },
  };
}
