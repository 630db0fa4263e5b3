import { describe, expect, it } from 'vitest';
import { BackupFileError, BackupSealer, HEADER_BYTES, openBackup, PBKDF2_MIN_ITERATIONS, type BackupProblem } from './backup-container';

// Low iterations keep the hundreds of key derivations below quick; the floor check is tested on its own.
const FAST = { iterations: 1000, chunkBytes: 1024 };
const OPEN_FAST = { minIterations: 1000 };
const PASSPHRASE = 'Sông Hồng chảy qua Hà Nội 2026';

async function seal(plain: Uint8Array, options = FAST, passphrase = PASSPHRASE): Promise<Uint8Array> {
  const sealer = await BackupSealer.start(passphrase, options);
  // Written in uneven pieces, as the backup writes frames.
  for (let i = 0; i < plain.length; i += 700) await sealer.write(plain.subarray(i, i + 700));
  return new Uint8Array(await (await sealer.finish()).arrayBuffer());
}

async function unseal(file: Uint8Array, passphrase = PASSPHRASE): Promise<Uint8Array> {
  const opened = await openBackup(file, passphrase, OPEN_FAST);
  const parts: Uint8Array[] = [];
  for await (const { plain } of opened.chunks()) parts.push(plain);
  return new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

async function problemOf(file: Uint8Array, passphrase = PASSPHRASE): Promise<BackupProblem | 'opened'> {
  try {
    await unseal(file, passphrase);
    return 'opened';
  } catch (error) {
    if (error instanceof BackupFileError) return error.problem;
    throw error;
  }
}

const sample = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 251);

/** Offsets of each chunk record (its 4-byte length) in a sealed file. */
function recordOffsets(file: Uint8Array): number[] {
  const offsets: number[] = [];
  const view = new DataView(file.buffer, file.byteOffset);
  for (let offset = HEADER_BYTES; offset < file.length; offset += 4 + view.getUint32(offset)) offsets.push(offset);
  return offsets;
}

describe('the .ddbak container', () => {
  it('gives back exactly what was sealed, across many chunks and for an empty desk', async () => {
    const plain = sample(5000);
    expect(await unseal(await seal(plain))).toEqual(plain);
    expect(await unseal(await seal(new Uint8Array(0)))).toEqual(new Uint8Array(0));
    // A length that is an exact multiple of the chunk size still ends with a final chunk.
    expect(await unseal(await seal(sample(3072)))).toEqual(sample(3072));
  });

  it('seals with PBKDF2 at 600,000 iterations unless told otherwise, and refuses a file asking for fewer', async () => {
    const sealer = await BackupSealer.start(PASSPHRASE, { chunkBytes: 1024 });
    const file = new Uint8Array(await (await sealer.finish()).arrayBuffer());
    expect(new DataView(file.buffer).getUint32(12)).toBe(PBKDF2_MIN_ITERATIONS);
    const weak = await seal(sample(10));
    await expect(openBackup(weak, PASSPHRASE)).rejects.toMatchObject({ problem: 'damaged' });
  });

  it('refuses a wrong passphrase', async () => {
    expect(await problemOf(await seal(sample(3000)), 'Sông Hồng chảy qua Hà Nội 2025')).toBe('wrongPassphraseOrDamaged');
  });

  it('refuses a file in which any single byte of the header or of any chunk was changed', async () => {
    const file = await seal(sample(2500));
    const accepted: number[] = [];
    for (let i = 0; i < file.length; i++) {
      const flipped = file.slice();
      flipped[i] = flipped[i]! ^ 0x01;
      if ((await problemOf(flipped)) === 'opened') accepted.push(i);
    }
    expect(accepted).toEqual([]);
  }, 120_000);

  it('refuses a truncated file, at a chunk boundary or inside a chunk, and trailing bytes', async () => {
    const file = await seal(sample(5000));
    const offsets = recordOffsets(file);
    expect(offsets.length).toBeGreaterThan(3);
    expect(await problemOf(file.subarray(0, offsets.at(-1)!))).not.toBe('opened'); // last chunk missing
    expect(await problemOf(file.subarray(0, file.length - 1))).toBe('incomplete');
    expect(await problemOf(file.subarray(0, HEADER_BYTES))).toBe('incomplete');
    expect(await problemOf(file.subarray(0, 20))).toBe('incomplete');
    const longer = new Uint8Array(file.length + 3);
    longer.set(file);
    expect(await problemOf(longer)).not.toBe('opened');
  });

  it('refuses chunks swapped or dropped, even though each is intact', async () => {
    const file = await seal(sample(5000));
    const offsets = recordOffsets(file);
    const record = (i: number) => file.subarray(offsets[i]!, offsets[i + 1] ?? file.length);
    const rebuilt = (order: number[]) => new Uint8Array([...file.subarray(0, HEADER_BYTES), ...order.flatMap((i) => [...record(i)])]);
    const all = offsets.map((_, i) => i);
    expect(await unseal(rebuilt(all))).toEqual(sample(5000));
    expect(await problemOf(rebuilt([0, 2, 1, ...all.slice(3)]))).toBe('damaged');
    expect(await problemOf(rebuilt(all.filter((i) => i !== 1)))).toBe('damaged');
    expect(await problemOf(rebuilt([...all, all.at(-1)!]))).not.toBe('opened');
  });

  it('tells a file that is no backup and one from a newer format apart from damage', async () => {
    expect(await problemOf(new TextEncoder().encode('%PDF-1.7 not a backup at all, just a document'))).toBe('notBackup');
    const newer = await seal(sample(10));
    new DataView(newer.buffer).setUint16(8, 2);
    expect(await problemOf(newer)).toBe('newerFormat');
  });
});
