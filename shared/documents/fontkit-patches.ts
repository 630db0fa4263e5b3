// Work-arounds for @pdf-lib/fontkit 1.1.1, applied to each parsed font (fonts are parsed once and
// reused by every document): the subsetter's broken 'loca' offsets, its glyph cache that loses
// characters, its timer-driven encoding, and decoding and shaping the same glyphs over and over.
import type { Font } from '@pdf-lib/fontkit';

type GlyphRun = ReturnType<Font['layout']>;
const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * Shaping is most of the cost of a document (pdf-lib shapes every string it draws, and the GSUB and
 * GPOS lookups run each time). Text is shaped word by word, once per word per face: pdf-lib draws
 * advance widths only, so nothing that shaping across a space could change is lost.
 */
function memoizeLayout(font: Font, ourFeatures: object): Font {
  const layout = font.layout.bind(font);
  const words = new Map<string, GlyphRun>();
  const shape = (word: string): GlyphRun => {
    let run = words.get(word);
    if (!run) {
      if (words.size >= LAYOUT_CACHE_LIMIT) words.clear();
      run = layout(word, ourFeatures as Parameters<Font['layout']>[1]);
      words.set(word, run);
    }
    return run;
  };
  font.layout = (text: string, features?: unknown) => {
    // Only the features documents are drawn with are cached; any other call is shaped as asked.
    if (features !== undefined && features !== ourFeatures) return layout(text, features as Parameters<Font['layout']>[1]);
    if (!text.includes(' ')) return shape(text);
    const glyphs: GlyphRun['glyphs'] = [];
    const positions: GlyphRun['positions'] = [];
    text.split(' ').forEach((word, i) => {
      const parts = i === 0 ? [word] : [' ', word];
      for (const part of parts) {
        if (part === '') continue;
        const run = shape(part);
        glyphs.push(...run.glyphs);
        positions.push(...run.positions);
      }
    });
    return { ...shape(' '), glyphs, positions, stringIndices: [] } as unknown as GlyphRun;
  };
  return font;
}

type GlyphBytes = Uint8Array;
type Emitter = { on(event: string, listener: (chunk?: GlyphBytes) => void): Emitter };
type EncodeStream = { push(chunk: GlyphBytes | null): boolean; end(): void };
type GlyphCopy = { bytes: GlyphBytes; components: { glyphID: number; pos: number }[]; metrics: unknown };
type FontInternals = {
  _glyphs: Record<number, unknown>;
  _variationProcessor?: unknown;
  getGlyph(gid: number): { _decode(): { components?: { glyphID: number; pos: number }[] } | null };
};
type TTFSubsetInternals = {
  glyf?: GlyphBytes[];
  loca: { offsets: number[] };
  hmtx: { metrics: unknown[] };
  includeGlyph(gid: number): number;
  offset: number;
  _addGlyph(gid: number): number;
  encode(stream: EncodeStream): void;
  encodeStream(): Emitter;
};

/**
 * The fontkit subsetter copies glyphs at their source length and then, when the subset is under
 * 128 KB, writes a short 'loca' table that stores offsets halved. Noto Serif's glyphs have odd
 * lengths (1,103 of 3,784 in the regular face), so every glyph after an odd one pointed one byte off
 * and drew nothing. Padding each copied glyph to an even length keeps the offsets exact.
 */
function patchSubsetter(font: Font): Font {
  const createSubset = font.createSubset.bind(font);
  const EncodeStreamClass = encodeStreamClass(createSubset as () => unknown);
  const internals = font as unknown as FontInternals;
  // What copying a glyph into a subset needs, kept per glyph: decoding it again for every document
  // was a third of the time of a batch.
  const copies = new Map<number, GlyphCopy>();
  font.createSubset = () => {
    const subset = createSubset() as unknown as TTFSubsetInternals;
    if (typeof subset._addGlyph !== 'function') return subset as never; // CFF fonts use another encoder
    subset.encodeStream = () => encodeNow(subset, EncodeStreamClass);
    const addGlyph = subset._addGlyph.bind(subset);
    subset._addGlyph = (gid) => {
      const copy = copies.get(gid);
      if (copy) return addCopy(subset, copy);
      // The subsetter creates glyphs without their characters (components of accented letters);
      // fontkit caches them per font, and since the font now lives across documents, a later
      // layout would get 'a' back with no character and the ToUnicode map would lose every 'a'.
      const fresh = internals._glyphs[gid] === undefined;
      const index = addGlyph(gid);
      const components = internals.getGlyph(gid)._decode()?.components ?? [];
      if (fresh) delete internals._glyphs[gid];
      const bytes = padded(subset.glyf![index]!);
      subset.offset += bytes.length - subset.glyf![index]!.length;
      subset.glyf![index] = bytes;
      if (!internals._variationProcessor) copies.set(gid, { bytes, components: components.map((c) => ({ glyphID: c.glyphID, pos: c.pos })), metrics: subset.hmtx.metrics[index] });
      return index;
    };
    return subset as never;
  };
  return font;
}

/** A zero-filled byte array of `size` in the subset writer's own Buffer class (Node's, or the bundled polyfill). */
function bytesLike(glyph: GlyphBytes, size: number): GlyphBytes {
  const { alloc } = glyph.constructor as { alloc?: (size: number) => GlyphBytes };
  return alloc ? alloc.call(glyph.constructor, size) : new Uint8Array(size);
}

/** A glyph program padded to an even length. */
function padded(glyph: GlyphBytes): GlyphBytes {
  if (glyph.length % 2 === 0) return glyph;
  const bytes = bytesLike(glyph, glyph.length + 1);
  bytes.set(glyph);
  return bytes;
}

/** fontkit's _addGlyph from a kept copy: components renumbered for this subset. */
function addCopy(subset: TTFSubsetInternals, copy: GlyphCopy): number {
  let bytes = copy.bytes;
  if (copy.components.length > 0) {
    bytes = bytesLike(copy.bytes, copy.bytes.length);
    bytes.set(copy.bytes);
    for (const component of copy.components) {
      const id = subset.includeGlyph(component.glyphID);
      bytes[component.pos] = id >> 8;
      bytes[component.pos + 1] = id & 0xff;
    }
  }
  subset.glyf!.push(bytes);
  subset.loca.offsets.push(subset.offset);
  subset.hmtx.metrics.push(copy.metrics);
  subset.offset += bytes.length;
  return subset.glyf!.length - 1;
}

/**
 * fontkit encodes a subset on a `process.nextTick` shim built on setTimeout, and streams it out
 * through more of them: ~1 ms per tick in Node, 4 ms once browsers clamp nested timers, most of a
 * document's time. The same encoder is run synchronously and its chunks replayed to pdf-lib's
 * 'data'/'end' listeners as they register.
 */
function encodeNow(subset: TTFSubsetInternals, EncodeStreamClass: new () => EncodeStream): Emitter {
  const chunks: GlyphBytes[] = [];
  const stream = new EncodeStreamClass();
  stream.push = (chunk) => {
    if (chunk) chunks.push(chunk);
    return true;
  };
  let failure: unknown;
  try {
    subset.encode(stream);
    stream.end();
  } catch (error) {
    failure = error;
  }
  const emitter: Emitter = {
    on(event, listener) {
      if (event === 'data' && failure === undefined) chunks.forEach((chunk) => listener(chunk));
      if (event === 'end' && failure === undefined) listener();
      if (event === 'error' && failure !== undefined) (listener as (error: unknown) => void)(failure);
      return emitter;
    },
  };
  return emitter;
}

/** fontkit does not export its EncodeStream; a subset whose encoding does nothing hands it over. */
function encodeStreamClass(createSubset: () => unknown): new () => EncodeStream {
  const probe = createSubset() as TTFSubsetInternals;
  probe.encode = () => undefined;
  return (probe.encodeStream() as unknown as { constructor: new () => EncodeStream }).constructor;
}

/** Both fixes and the shaping cache, applied once to each parsed face. */
export function patchFont(font: Font, features: object): Font {
  return memoizeLayout(patchSubsetter(font), features);
}
