// Blobs: resumable, verified uploads by SHA-256 and ranged reads, as the contract's comment says.
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobsMissingResponseSchema, SYNC_LIMITS, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';

announceSkips();

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const clerk = officerOf('CUDCN', 'clerk');

for (const variant of variants) {
  describe.skipIf(variant.skip)(`blobs (${variant.name})`, () => {
    let t: TestPortal;
    let token: string;
    beforeAll(async () => {
      t = await startPortal(variant);
      token = await t.token(clerk.id);
    }, 60_000);
    afterAll(() => t?.close());

    const put = (hash: string, offset: number, length: number, chunk: Buffer, as = token) =>
      t.call(syncPaths.blob(hash), {
        method: 'PUT',
        token: as,
        body: chunk,
        headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset), 'upload-length': String(length) },
      });
    const head = (hash: string) => t.call(syncPaths.blob(hash), { method: 'HEAD', token });

    it('takes a blob in chunks, tells how far it got, and serves it whole once complete', async () => {
      const bytes = randomBytes(300_000);
      const hash = sha(bytes);
      expect((await head(hash)).status).toBe(404);
      const cuts = [0, 100_000, 250_000, bytes.length];
      for (let i = 0; i < 3; i++) {
        const answer = await put(hash, cuts[i]!, bytes.length, bytes.subarray(cuts[i], cuts[i + 1]));
        expect(answer.status).toBe(204);
        expect(answer.headers.get('upload-offset')).toBe(String(cuts[i + 1]));
        const progress = await head(hash);
        expect(progress.status).toBe(200);
        expect(progress.headers.get('upload-offset')).toBe(String(cuts[i + 1]));
        expect(progress.headers.get('upload-length')).toBe(String(bytes.length));
      }
      const missing = await t.call(syncPaths.blobsMissing, { token, json: { hashes: [hash, sha(Buffer.from('nothing'))] } });
      expect(blobsMissingResponseSchema.parse(missing.body).missing).toEqual([sha(Buffer.from('nothing'))]);
      const whole = await t.call(syncPaths.blob(hash), { token });
      expect(whole.status).toBe(200);
      expect(whole.bytes.equals(bytes)).toBe(true);
      // A repeat of the last chunk after completion is acknowledged, not stored again.
      expect((await put(hash, bytes.length, bytes.length, Buffer.alloc(0))).status).toBe(204);
    });

    it('resumes after a cut connection by sending only the bytes the portal lacks', async () => {
      const bytes = randomBytes(512 * 1024);
      const hash = sha(bytes);
      await new Promise<void>((resolve) => {
        const url = new URL(t.base + syncPaths.blob(hash));
        const req = httpRequest(url, {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/offset+octet-stream',
            'content-length': String(bytes.length),
            'upload-offset': '0',
            'upload-length': String(bytes.length),
          },
        });
        req.on('error', () => resolve());
        req.write(bytes.subarray(0, 200 * 1024));
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 300);
      });
      // The portal notices the cut and keeps what arrived; wait until it has let go of the upload.
      let offset = 0;
      let answer;
      for (let attempt = 0; attempt < 50; attempt++) {
        offset = Number((await head(hash)).headers.get('upload-offset'));
        answer = await put(hash, offset, bytes.length, bytes.subarray(offset));
        if (answer.status !== 409 || answer.body.error.code !== 'UPLOAD_IN_PROGRESS') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(offset).toBe(200 * 1024);
      expect(answer!.status).toBe(204);
      expect((await t.call(syncPaths.blob(hash), { token })).bytes.equals(bytes)).toBe(true);
    });

    it("refuses a chunk at the wrong offset with 409 and the portal's offset, storing nothing", async () => {
      const bytes = randomBytes(10_000);
      const hash = sha(bytes);
      await put(hash, 0, bytes.length, bytes.subarray(0, 4000));
      const before = await t.counts();
      const answer = await put(hash, 6000, bytes.length, bytes.subarray(6000));
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('OFFSET_MISMATCH');
      expect(answer.headers.get('upload-offset')).toBe('4000');
      expect(await t.counts()).toEqual(before);
      expect((await head(hash)).headers.get('upload-offset')).toBe('4000');
    });

    it('discards an upload whose bytes do not hash to its name, with 422', async () => {
      const bytes = randomBytes(5000);
      const hash = sha(Buffer.from('something else'));
      const before = await t.counts();
      const answer = await put(hash, 0, bytes.length, bytes);
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('HASH_MISMATCH');
      expect((await head(hash)).status).toBe(404);
      expect(await t.counts()).toEqual(before);
      // A fresh, honest upload under that name starts from zero.
      const honest = Buffer.from('something else');
      expect((await put(hash, 0, honest.length, honest)).status).toBe(204);
    });

    it('serves byte ranges with 206 and refuses ranges outside the blob with 416', async () => {
      const bytes = randomBytes(1000);
      const hash = sha(bytes);
      await put(hash, 0, bytes.length, bytes);
      const part = await t.call(syncPaths.blob(hash), { token, headers: { range: 'bytes=10-19' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe('bytes 10-19/1000');
      expect(part.bytes.equals(bytes.subarray(10, 20))).toBe(true);
      const tail = await t.call(syncPaths.blob(hash), { token, headers: { range: 'bytes=-5' } });
      expect(tail.bytes.equals(bytes.subarray(995))).toBe(true);
      const from = await t.call(syncPaths.blob(hash), { token, headers: { range: 'bytes=990-' } });
      expect(from.bytes.equals(bytes.subarray(990))).toBe(true);
      const outside = await t.call(syncPaths.blob(hash), { token, headers: { range: 'bytes=5000-6000' } });
      expect(outside.status).toBe(416);
      expect(outside.headers.get('content-range')).toBe('bytes */1000');
    });

    it("lets officers read their unit's blobs only, and the national portal any", async () => {
      const bytes = randomBytes(100);
      const hash = sha(bytes);
      await put(hash, 0, bytes.length, bytes);
      const stranger = await t.token(officerOf('VPB', 'clerk').id);
      const refused = await t.call(syncPaths.blob(hash), { token: stranger });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
      expect((await t.call(syncPaths.blob(hash), { headers: { 'x-portal-key': t.key } })).status).toBe(200);
      expect((await t.call(syncPaths.blob(hash))).status).toBe(401);
    });

    it('refuses oversized chunks and blobs with 413, storing nothing', async () => {
      const before = await t.counts();
      const big = Buffer.alloc(SYNC_LIMITS.blobChunkBytes + 1);
      const tooBigChunk = await put(sha(big), 0, big.length, big);
      expect(tooBigChunk.status).toBe(413);
      expect(tooBigChunk.body.error.code).toBe('CHUNK_TOO_LARGE');
      const tooBigBlob = await put(sha(Buffer.from('x')), 0, SYNC_LIMITS.blobMaxBytes + 1, Buffer.from('x'));
      expect(tooBigBlob.status).toBe(413);
      expect(tooBigBlob.body.error.code).toBe('BLOB_TOO_LARGE');
      expect(await t.counts()).toEqual(before);
    });

    it('takes an empty file', async () => {
      const empty = Buffer.alloc(0);
      expect((await put(sha(empty), 0, 0, empty)).status).toBe(204);
      expect((await head(sha(empty))).headers.get('upload-offset')).toBe('0');
    });
  });
}
