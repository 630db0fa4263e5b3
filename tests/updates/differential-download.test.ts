// A desk updates through the real portal's /updates/ folder, as published by the release script with
// blockmaps: electron-updater's differential download fetches only the changed blocks (multipart
// byte ranges from the portal), rebuilds the new installer from the old one, and checks its sha512.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateService } from '../../electron/main/host/update-service';
import { createTestUpdater } from '../../electron/main/updates/testing/test-updater';
import { createPortal, type Portal } from '../../portal/src/app';
import { ensureBlockmap } from '../../scripts/release/blockmap';
import { publishRelease } from '../../scripts/release/publish-release';
import { createReleaseMetadata, digestFile } from '../../scripts/release/update-metadata';

/** Deterministic bytes that do not compress away, standing in for an installer of `size` bytes. */
function installerBytes(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(String(seed)).digest();
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(out, offset);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

/** A forward proxy in front of the portal that counts the bytes of installer responses. */
async function countingProxy(target: string) {
  const counted = { installerBytes: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', target);
    const upstream = httpRequest(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk: Buffer) => {
        if (url.pathname.endsWith('.exe')) counted.installerBytes += chunk.length;
      });
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { counted, port: (server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('a differential update through the portal', () => {
  let root: string;
  let portal: Portal;
  let base: string;
  const size = 600 * 1024;
  const oldInstaller = installerBytes(size, 1);
  // 0.2.0 changes 4 KB in the middle: most 16 KB blocks are unchanged.
  const newInstaller = Buffer.concat([oldInstaller.subarray(0, 300 * 1024), installerBytes(4096, 2), oldInstaller.subarray(300 * 1024 + 4096)]);

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'desk-differential-'));
    const updatesDir = path.join(root, 'updates');
    for (const [version, bytes] of [
      ['0.1.0', oldInstaller],
      ['0.2.0', newInstaller],
    ] as const) {
      const installerPath = path.join(root, 'build', `DossierDesk-Setup-${version}.exe`);
      await mkdir(path.dirname(installerPath), { recursive: true });
      await writeFile(installerPath, bytes);
      const metadata = createReleaseMetadata({ version, installerName: path.basename(installerPath), digest: await digestFile(installerPath) });
      await publishRelease({ updatesDir, channel: 'stable', installerPath, metadata, blockmapPath: await ensureBlockmap(installerPath) });
    }
    portal = await createPortal({ database: 'pglite', blobDir: path.join(root, 'blobs'), updatesDir });
    base = await portal.app.listen({ host: '127.0.0.1', port: 0 });
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('downloads only the changed blocks and rebuilds the exact 0.2.0 installer', async () => {
    const proxy = await countingProxy(base);
    const feedUrl = `${base}/updates/`;
    const test = await createTestUpdater({ version: '0.1.0', feedUrl, proxy: { host: '127.0.0.1', port: proxy.port } });
    try {
      // What the NSIS installer leaves for the updater: a copy of the installed version's installer.
      await mkdir(test.cacheDir, { recursive: true });
      await writeFile(path.join(test.cacheDir, 'installer.exe'), oldInstaller);
      (test.updater as unknown as { _testOnlyOptions: unknown })._testOnlyOptions = { platform: 'win32', isUseDifferentialDownload: true };

      const updates = createUpdateService({ updater: test.updater, currentVersion: '0.1.0', feedUrl });
      await updates.check();
      await updates.settled();

      expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
      const downloaded = await readFile(path.join(test.cacheDir, 'pending', 'DossierDesk-Setup-0.2.0.exe'));
      expect(downloaded.equals(newInstaller)).toBe(true);
      expect(proxy.counted.installerBytes).toBeGreaterThan(0);
      expect(proxy.counted.installerBytes).toBeLessThan(size / 4);
    } finally {
      await proxy.close();
      await test.cleanUp();
    }
  }, 60_000);
});
