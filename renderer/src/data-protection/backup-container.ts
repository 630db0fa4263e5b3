// The .ddbak container: a fixed binary header (magic, format version, PBKDF2-SHA256 parameters,
// salt, nonce prefix) followed by AES-256-GCM chunks. Each chunk's IV carries its index and its
// additional data the whole header, its index and whether it is the last, so a flipped byte, a
// reordered or missing chunk, or a cut-off file fails authentication instead of restoring garbage.

export const BACKUP_MAGIC = new Uint8Array([0x44, 0x44, 0x42, 0x41, 0x4b, 0x0d, 0x0a, 0x1a]); // "DDBAK\r\n\x1a"
export const BACKUP_FORMAT_VERSION = 1;
export const HEADER_BYTES = 44;
/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
/** Above this a damaged header could make the officer wait minutes for a key derivation. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const MIN_CHUNK_BYTES = 1024;
/** Sealed chunks move into a Blob every this many bytes: a gigabyte desk is not held on the heap. */
const FOLD_BYTES = 64 * 1024 * 1024;
const KDF_PBKDF2_SHA256 = 1;
const TAG_BYTES = 16;

export type BackupProblem = 'notBackup' | 'newerFormat' | 'damaged' | 'wrongPassphraseOrDamaged' | 'incomplete';

/** Why a file cannot be opened; `problem` picks the sentence the officer reads. */
export class BackupFileError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup refused: ${problem}`);
    this.name = 'BackupFileError';
  }
}

export type BackupHeader = { formatVersion: number; iterations: number; salt: Uint8Array; noncePrefix: Uint8Array; chunkBytes: number };

export type SealOptions = {
  iterations?: number;
  chunkBytes?: number;
  randomBytes?: (length: number) => Uint8Array<ArrayBuffer>;
};

/** The lowest iteration count a file may ask for; tests lower it to keep hundreds of derivations quick. */
export type OpenOptions = { minIterations?: number };

const subtle = () => globalThis.crypto.subtle;
const defaultRandom = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

function encodeHeader(header: BackupHeader): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(BACKUP_MAGIC, 0);
  view.setUint16(8, header.formatVersion);
  view.setUint8(10, KDF_PBKDF2_SHA256);
  view.setUint8(11, 0);
  view.setUint32(12, header.iterations);
  bytes.set(header.salt, 16);
  bytes.set(header.noncePrefix, 32);
  view.setUint32(40, header.chunkBytes);
  return bytes;
}

export function decodeHeader(file: Uint8Array, options: OpenOptions = {}): BackupHeader {
  if (file.byteLength < BACKUP_MAGIC.length || BACKUP_MAGIC.some((byte, i) => file[i] !== byte)) throw new BackupFileError('notBackup');
  if (file.byteLength < HEADER_BYTES) throw new BackupFileError('incomplete');
  const view = new DataView(file.buffer, file.byteOffset, HEADER_BYTES);
  const formatVersion = view.getUint16(8);
  if (formatVersion > BACKUP_FORMAT_VERSION) throw new BackupFileError('newerFormat');
  const iterations = view.getUint32(12);
  const chunkBytes = view.getUint32(40);
  const minIterations = options.minIterations ?? PBKDF2_MIN_ITERATIONS;
  if (
    formatVersion !== BACKUP_FORMAT_VERSION ||
    view.getUint8(10) !== KDF_PBKDF2_SHA256 ||
    view.getUint8(11) !== 0 ||
    iterations < minIterations ||
    iterations > PBKDF2_MAX_ITERATIONS ||
    chunkBytes < MIN_CHUNK_BYTES ||
    chunkBytes > MAX_CHUNK_BYTES
  ) {
    throw new BackupFileError('damaged');
  }
  return { formatVersion, iterations, salt: file.slice(16, 32), noncePrefix: file.slice(32, 40), chunkBytes };
}

async function deriveKey(passphrase: string, header: BackupHeader): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: header.salt as Uint8Array<ArrayBuffer>, iterations: header.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function chunkIv(header: BackupHeader, index: number): Uint8Array<ArrayBuffer> {
  const iv = new Uint8Array(12);
  iv.set(header.noncePrefix, 0);
  new DataView(iv.buffer).setUint32(8, index);
  return iv;
}

function chunkAad(headerBytes: Uint8Array, index: number, final: boolean): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(HEADER_BYTES + 5);
  aad.set(headerBytes, 0);
  new DataView(aad.buffer).setUint32(HEADER_BYTES, index);
  aad[HEADER_BYTES + 4] = final ? 1 : 0;
  return aad;
}

/**
 * Encrypts a stream of plaintext pieces into the container, one chunk at a time: the heap holds
 * one chunk of plaintext and at most FOLD_BYTES of sealed output; the rest is in a Blob, which
 * Chromium keeps on disk when large.
 */
export class BackupSealer {
  /** Sealed bytes already handed to the browser's blob storage, off the JavaScript heap. */
  private sealed = new Blob([]);
  private parts: Uint8Array<ArrayBuffer>[] = [];
  private partsBytes = 0;
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  private index = 0;
  private sealedBytes = 0;

  private constructor(
    private readonly header: BackupHeader,
    private readonly headerBytes: Uint8Array<ArrayBuffer>,
    private readonly key: CryptoKey,
  ) {
    this.parts.push(headerBytes);
    this.partsBytes = this.sealedBytes = headerBytes.byteLength;
  }

  static async start(passphrase: string, options: SealOptions = {}): Promise<BackupSealer> {
    const random = options.randomBytes ?? defaultRandom;
    const header: BackupHeader = {
      formatVersion: BACKUP_FORMAT_VERSION,
      iterations: options.iterations ?? PBKDF2_MIN_ITERATIONS,
      salt: random(16),
      noncePrefix: random(8),
      chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    };
    return new BackupSealer(header, encodeHeader(header), await deriveKey(passphrase, header));
  }

  /** Bytes of container written so far. */
  get size(): number {
    return this.sealedBytes;
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.pending.push(bytes as Uint8Array<ArrayBuffer>);
    this.pendingBytes += bytes.byteLength;
    // Strictly more than a chunk: the last chunk must be sealed as final, so some bytes wait for finish().
    while (this.pendingBytes > this.header.chunkBytes) await this.seal(this.take(this.header.chunkBytes), false);
  }

  async finish(): Promise<Blob> {
    await this.seal(this.take(this.pendingBytes), true);
    return new Blob([this.sealed, ...this.parts], { type: 'application/octet-stream' });
  }

  private take(count: number): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(count);
    let filled = 0;
    while (filled < count) {
      const head = this.pending[0]!;
      const used = Math.min(head.byteLength, count - filled);
      out.set(head.subarray(0, used), filled);
      filled += used;
      if (used === head.byteLength) this.pending.shift();
      else this.pending[0] = head.subarray(used);
    }
    this.pendingBytes -= count;
    return out;
  }

  private async seal(plain: Uint8Array<ArrayBuffer>, final: boolean): Promise<void> {
    const index = this.index++;
    const sealed = await subtle().encrypt({ name: 'AES-GCM', iv: chunkIv(this.header, index), additionalData: chunkAad(this.headerBytes, index, final) }, this.key, plain);
    const record = new Uint8Array(4 + sealed.byteLength);
    new DataView(record.buffer).setUint32(0, sealed.byteLength);
    record.set(new Uint8Array(sealed), 4);
    this.parts.push(record);
    this.sealedBytes += record.byteLength;
    this.partsBytes += record.byteLength;
    if (this.partsBytes >= FOLD_BYTES) {
      this.sealed = new Blob([this.sealed, ...this.parts]);
      this.parts = [];
      this.partsBytes = 0;
    }
  }
}

/** A container whose header is read and key derived; `chunks()` decrypts and authenticates in order. */
export type OpenedBackup = {
  header: BackupHeader;
  /** Total container bytes, for progress. */
  size: number;
  /** Yields each chunk's plaintext and the container bytes consumed so far; throws BackupFileError on any fault. */
  chunks(): AsyncGenerator<{ plain: Uint8Array; consumed: number }>;
};

export async function openBackup(file: Uint8Array, passphrase: string, options: OpenOptions = {}): Promise<OpenedBackup> {
  const header = decodeHeader(file, options);
  const headerBytes = file.slice(0, HEADER_BYTES);
  const key = await deriveKey(passphrase, header);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const maxRecord = header.chunkBytes + TAG_BYTES;

  async function* chunks(): AsyncGenerator<{ plain: Uint8Array; consumed: number }> {
    let offset = HEADER_BYTES;
    for (let index = 0; ; index++) {
      if (offset + 4 > file.byteLength) throw new BackupFileError('incomplete');
      const length = view.getUint32(offset);
      if (length < TAG_BYTES || length > maxRecord) throw new BackupFileError('damaged');
      const start = offset + 4;
      if (start + length > file.byteLength) throw new BackupFileError('incomplete');
      const sealed = file.subarray(start, start + length);
      offset = start + length;
      const last = offset === file.byteLength;
      let plain: ArrayBuffer;
      try {
        // The final flag is authenticated: the chunk at the end of the file must have been sealed as
        // the last one, and a chunk sealed as last must be at the end.
        plain = await subtle().decrypt({ name: 'AES-GCM', iv: chunkIv(header, index), additionalData: chunkAad(headerBytes, index, last) }, key, sealed as Uint8Array<ArrayBuffer>);
      } catch {
        // Cut-off and corrupted look alike here; only the first chunk can also mean a wrong passphrase.
        throw new BackupFileError(index === 0 ? 'wrongPassphraseOrDamaged' : 'damaged');
      }
      yield { plain: new Uint8Array(plain), consumed: offset };
      if (last) return;
    }
  }

  return { header, size: file.byteLength, chunks };
}
