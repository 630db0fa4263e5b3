// The portal as the desks' update source: the update folder served at /updates/ (metadata, installers,
// byte ranges) with nothing outside it reachable, and the minimum desk version sent with the catalogue.
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogResponseSchema, syncPaths } from '../../shared/sync/contract';
import { createPortal } from '../src/app';
import { publishedFileName } from '../src/updates/routes';
import { startPortal, type TestPortal } from './support/harness';

/** A GET/HEAD with the path sent byte for byte: fetch() would resolve "..", hiding what a client can send. */
function rawGet(base: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the update folder at /updates/', () => {
  let t: TestPortal;
  let root: string;
  const installer = Buffer.from('0123456789'.repeat(100));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'portal-updates-'));
    const updatesDir = join(root, 'updates');
    await mkdir(join(updatesDir, 'sub'), { recursive: true });
    await writeFile(join(updatesDir, 'latest.yml'), 'version: 0.2.0\n');
    await writeFile(join(updatesDir, 'DossierDesk-Setup-0.2.0.exe'), installer);
    await writeFile(join(updatesDir, 'DossierDesk-Setup-0.3.0.exe.123.partial'), 'half written');
    await writeFile(join(updatesDir, '.updaterId'), 'hidden');
    await writeFile(join(updatesDir, 'sub', 'inner.yml'), 'nested');
    await writeFile(join(root, 'secret.txt'), 'outside the folder');
    await symlink(join(root, 'secret.txt'), join(updatesDir, 'link.yml'));
    t = await startPortal({ name: 'PGlite', skip: false }, { updatesDir, desktopPolicy: { minimumVersion: '0.2.0' } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves a channel metadata file as YAML that caches must revalidate', async () => {
    const answer = await rawGet(t.base, '/updates/latest.yml');
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('version: 0.2.0\n');
    expect(answer.headers['content-type']).toMatch(/^text\/yaml/);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('serves an installer whole, by HEAD, and by byte range', async () => {
    const whole = await rawGet(t.base, '/updates/DossierDesk-Setup-0.2.0.exe');
    expect(whole.status).toBe(200);
    expect(whole.body.equals(installer)).toBe(true);
    expect(whole.headers['cache-control']).toContain('immutable');

    const head = await rawGet(t.base, '/updates/DossierDesk-Setup-0.2.0.exe', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(installer.length));
    expect(head.body.length).toBe(0);

    const part = await rawGet(t.base, '/updates/DossierDesk-Setup-0.2.0.exe', { range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${installer.length}`);
    expect(part.body.toString()).toBe('0123456789');

    const beyond = await rawGet(t.base, '/updates/DossierDesk-Setup-0.2.0.exe', { range: 'bytes=5000-' });
    expect(beyond.status).toBe(416);
  });

  it('answers several ranges at once as multipart/byteranges, in the order asked (differential download)', async () => {
    const answer = await rawGet(t.base, '/updates/DossierDesk-Setup-0.2.0.exe', { range: 'bytes=12-14, 0-1, 998-' });
    expect(answer.status).toBe(206);
    const boundary = /^multipart\/byteranges; boundary=(\S+)$/.exec(String(answer.headers['content-type']))?.[1];
    expect(boundary).toBeDefined();
    expect(answer.headers['content-length']).toBe(String(answer.body.length));
    expect(answer.body.toString()).toBe(
      [
        `--${boundary}\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes 12-14/1000\r\n\r\n234`,
        `\r\n--${boundary}\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes 0-1/1000\r\n\r\n01`,
        `\r\n--${boundary}\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes 998-999/1000\r\n\r\n89`,
        `\r\n--${boundary}--\r\n`,
      ].join(''),
    );
  });

  it('answers more ranges than a client would ever ask for with the whole file', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => `${i}-${i}`).join(',');
    const answer = await rawGet(t.base, '/updates/DossierDesk-Setup-0.2.0.exe', { range: `bytes=${many}` });
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(installer.length);
  });

  it('answers 404 for a file that was never published', async () => {
    expect((await rawGet(t.base, '/updates/pilot.yml')).status).toBe(404);
  });

  it.each([
    ['a parent directory', '/updates/../package.json'],
    ['an encoded parent directory', '/updates/%2e%2e%2fpackage.json'],
    ['an encoded backslash', '/updates/..%5c..%5cpackage.json'],
    ['an absolute path', '/updates/%2fetc%2fpasswd'],
    ['a sub-folder', '/updates/sub/inner.yml'],
    ['an encoded sub-folder', '/updates/sub%2finner.yml'],
    ['a hidden file', '/updates/.updaterId'],
    ['a half-written file', '/updates/DossierDesk-Setup-0.3.0.exe.123.partial'],
    ['a NUL byte', '/updates/latest.yml%00.exe'],
    ['broken percent-encoding', '/updates/%E0%A4%A'],
    ['the folder itself', '/updates/'],
  ])('refuses %s without reading anything outside the folder', async (_what, path) => {
    const answer = await rawGet(t.base, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body.toString()).not.toContain('outside the folder');
    expect(answer.body.toString()).not.toContain('"dossier-desk"');
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const answer = await rawGet(t.base, '/updates/link.yml');
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain('outside the folder');
  });

  it('sends the minimum desk version with the catalogue', async () => {
    const answer = await t.call(syncPaths.catalog, { token: await t.token('vpb.mc1') });
    expect(catalogResponseSchema.parse(answer.body).desktopPolicy).toEqual({ minimumVersion: '0.2.0' });
  });
});

describe('a portal without an update folder', () => {
  it('answers 404 under /updates/ and refuses a malformed minimum version at start-up', async () => {
    const blobDir = await mkdtemp(join(tmpdir(), 'portal-blobs-'));
    const portal = await createPortal({ database: 'pglite', blobDir });
    try {
      const answer = await portal.app.inject({ method: 'GET', url: '/updates/latest.yml' });
      expect(answer.statusCode).toBe(404);
    } finally {
      await portal.close();
    }
    await expect(createPortal({ database: 'pglite', blobDir, desktopPolicy: { minimumVersion: 'mới nhất' } })).rejects.toThrow();
    await rm(blobDir, { recursive: true, force: true });
  }, 60_000);
});

describe('which names the update folder publishes', () => {
  it.each([
    ['/updates/latest.yml', 'latest.yml'],
    ['/updates/pilot.yml?noCache=1abc', 'pilot.yml'],
    ['/updates/DossierDesk-Setup-0.2.0.exe.blockmap', 'DossierDesk-Setup-0.2.0.exe.blockmap'],
    ['/updates/..', null],
    ['/updates/a..b.exe', null],
    ['/elsewhere/latest.yml', null],
  ])('%s → %s', (url, expected) => {
    expect(publishedFileName(url)).toBe(expected);
  });
});
