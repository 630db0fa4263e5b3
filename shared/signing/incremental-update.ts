// Our own small PDF writer for incremental updates (ISO 32000-1 §7.5.6): the original bytes stay
// untouched, and new or changed objects are appended with an xref section and a trailer whose
// /Prev points at the previous one. Signed PDFs must never be re-saved through pdf-lib, which
// rewrites every object and so breaks the byte ranges earlier signatures cover.
import { PDFObject, PDFRef } from 'pdf-lib';

const latin1 = new TextDecoder('latin1');
const ascii = new TextEncoder();

/** The bytes as a string of one character per byte, so regex offsets are byte offsets. */
export const byteString = (bytes: Uint8Array) => latin1.decode(bytes);

export type XrefKind = 'table' | 'stream';
export type PreviousXref = { offset: number; kind: XrefKind; size: number };

/** Where the last xref section is, what kind it is, and the /Size its trailer declares. */
export function readPreviousXref(bytes: Uint8Array): PreviousXref | null {
  const tail = byteString(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const offset = Number(matches[matches.length - 1]?.[1] ?? NaN);
  if (!Number.isFinite(offset) || offset <= 0 || offset >= bytes.length) return null;
  const section = byteString(bytes.subarray(offset, Math.min(bytes.length, offset + 1024)));
  if (section.startsWith('xref')) {
    const trailerAt = byteString(bytes.subarray(offset)).indexOf('trailer');
    const trailer = trailerAt < 0 ? '' : byteString(bytes.subarray(offset + trailerAt, offset + trailerAt + 4096));
    const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? NaN);
    return Number.isFinite(size) ? { offset, kind: 'table', size } : null;
  }
  if (/^\d+\s+\d+\s+obj/.test(section)) {
    const size = Number(/\/Size\s+(\d+)/.exec(section)?.[1] ?? NaN);
    return Number.isFinite(size) && /\/Type\s*\/XRef/.test(section) ? { offset, kind: 'stream', size } : null;
  }
  return null;
}

/** Where revisions end: just after each "%%EOF" marker, and after its end-of-line (signers differ on which). */
export function revisionEnds(bytes: Uint8Array): number[] {
  const text = byteString(bytes);
  const ends: number[] = [];
  for (const match of text.matchAll(/%%EOF(\r\n|\r|\n)?/g)) ends.push(match.index + 5, match.index + match[0].length);
  return ends;
}

/** The serialised body of a pdf-lib object (dictionary, array, stream with its data, …). */
export function serialize(object: PDFObject): Uint8Array {
  const out = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(out, 0);
  return out;
}

export type UpdateObject = { ref: PDFRef; body: Uint8Array };
export type UpdateTrailer = { root: PDFRef; info?: PDFObject | undefined; id?: PDFObject | undefined };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Groups sorted object numbers into xref subsections of consecutive numbers. */
function subsections(entries: { number: number; generation: number; offset: number }[]) {
  const groups: (typeof entries)[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1]!.number + 1 === entry.number) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/**
 * The original bytes followed by an update holding `objects`. The xref section is written in the
 * same kind as the previous one (a classic table after a table, an xref stream after a stream),
 * so readers that do not accept mixed files still follow the /Prev chain.
 */
export function appendIncrementalUpdate(original: Uint8Array, previous: PreviousXref, objects: UpdateObject[], trailer: UpdateTrailer): Uint8Array {
  const chunks: Uint8Array[] = [original];
  let length = original.length;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? ascii.encode(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
  };
  const last = original[original.length - 1];
  if (last !== 0x0a && last !== 0x0d) push('\n');

  const entries: { number: number; generation: number; offset: number }[] = [];
  for (const { ref, body } of [...objects].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber)) {
    entries.push({ number: ref.objectNumber, generation: ref.generationNumber, offset: length });
    push(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    push(body);
    push('\nendobj\n');
  }
  const largest = Math.max(previous.size - 1, ...entries.map((e) => e.number));
  const common = [`/Root ${trailer.root.toString()}`, trailer.info ? `/Info ${trailer.info.toString()}` : '', trailer.id ? `/ID ${trailer.id.toString()}` : '', `/Prev ${previous.offset}`]
    .filter(Boolean)
    .join(' ');
  const xrefOffset = length;

  if (previous.kind === 'table') {
    push('xref\n');
    for (const group of subsections(entries)) {
      push(`${group[0]!.number} ${group.length}\n`);
      for (const e of group) push(`${pad(e.offset, 10)} ${pad(e.generation, 5)} n\r\n`);
    }
    push(`trailer\n<< /Size ${largest + 1} ${common} >>\n`);
  } else {
    // The xref stream is an object itself and lists its own offset; fields are 1, 4 and 2 bytes wide.
    const self = largest + 1;
    entries.push({ number: self, generation: 0, offset: xrefOffset });
    const groups = subsections(entries);
    const data = new Uint8Array(entries.length * 7);
    entries.forEach((e, i) => {
      const at = i * 7;
      data[at] = 1;
      new DataView(data.buffer).setUint32(at + 1, e.offset);
      new DataView(data.buffer).setUint16(at + 5, e.generation);
    });
    const index = groups.map((g) => `${g[0]!.number} ${g.length}`).join(' ');
    push(`${self} 0 obj\n<< /Type /XRef /Size ${self + 1} /W [1 4 2] /Index [${index}] ${common} /Length ${data.length} >>\nstream\n`);
    push(data);
    push('\nendstream\nendobj\n');
  }
  push(`startxref\n${xrefOffset}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
