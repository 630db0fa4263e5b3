// The app:// protocol serving the built renderer from a real folder on disk: what it serves, with
// which headers, and what it refuses (other hosts, other methods, anything outside the folder).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppRequestHandler, type AppRequestHandler } from './app-protocol';

const SECRET = 'TOP-SECRET-outside-the-renderer-folder';
const INDEX_HTML = '<!doctype html><title>Xử lý hồ sơ ngoại tuyến</title><div id="root"></div>';

let workDir: string;
let rendererDir: string;
let serve: AppRequestHandler;

beforeAll(async () => {
  // <workDir>/secret.txt and <workDir>/renderer-private/secret.txt sit beside the served folder
  // <workDir>/renderer: none of them may ever be served.
  workDir = await mkdtemp(path.join(tmpdir(), 'dossier-desk-protocol-'));
  rendererDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await mkdir(path.join(workDir, 'renderer-private'));
  await writeFile(path.join(workDir, 'secret.txt'), SECRET);
  await writeFile(path.join(workDir, 'renderer-private', 'secret.txt'), SECRET);
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  const assets: Record<string, string> = {
    'index-abc123.js': 'console.log("app")',
    'chunk.mjs': 'export {}',
    'index-abc123.css': 'body{margin:0}',
    'manifest.json': '{}',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'logo.png': 'png',
    'photo.jpg': 'jpg',
    'favicon.ico': 'ico',
    'NotoSans.woff2': 'woff2',
    'NotoSans.ttf': 'ttf',
    'pdf-worker.wasm': 'wasm',
    'index-abc123.js.map': '{}',
    'LOGO.PNG': 'png',
    'data.bin': 'bin',
  };
  for (const [name, content] of Object.entries(assets)) await writeFile(path.join(rendererDir, 'assets', name), content);
  serve = createAppRequestHandler(rendererDir);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const get = (url: string, init?: RequestInit) => serve(new Request(url, init));

describe('app://desk/', () => {
  it('serves index.html for the bare origin', async () => {
    const response = await get('app://desk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves index.html by name, ignoring the query and fragment', async () => {
    expect(await (await get('app://desk/index.html')).text()).toBe(INDEX_HTML);
    expect(await (await get('app://desk/index.html?tab=sync#top')).text()).toBe(INDEX_HTML);
  });

  it('sends the Content-Security-Policy header with the document', async () => {
    const csp = (await get('app://desk/')).headers.get('Content-Security-Policy') ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/\*/);
  });

  it('sends the other security headers too', async () => {
    const headers = (await get('app://desk/')).headers;
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('adds the portal to connect-src when asked, and nowhere else', async () => {
    const withPortal = createAppRequestHandler(rendererDir, { connectSrc: ['https://dichvucong.most.gov.vn'] });
    const csp = (await withPortal(new Request('app://desk/'))).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("connect-src 'self' https://dichvucong.most.gov.vn");
    expect(csp).toContain("script-src 'self';");
  });

  it.each([
    ['index-abc123.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['index-abc123.css', 'text/css; charset=utf-8'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['LOGO.PNG', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['favicon.ico', 'image/x-icon'],
    ['NotoSans.woff2', 'font/woff2'],
    ['NotoSans.ttf', 'font/ttf'],
    ['pdf-worker.wasm', 'application/wasm'],
    ['index-abc123.js.map', 'application/json; charset=utf-8'],
    ['data.bin', 'application/octet-stream'],
  ])('serves assets/%s as %s', async (name, type) => {
    const response = await get(`app://desk/assets/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://desk/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await get('app://desk/index.html', { method, ...(method === 'DELETE' ? {} : { body: 'x' }) });
    expect(response.status).toBe(405);
    expect(await response.text()).not.toContain('Xử lý hồ sơ');
  });

  it('answers 404 for a file that does not exist, and for a folder', async () => {
    expect((await get('app://desk/missing.js')).status).toBe(404);
    expect((await get('app://desk/assets')).status).toBe(404);
    expect((await get('app://desk/assets/')).status).toBe(404);
  });

  it('answers 404 with the CSP header as well', async () => {
    expect((await get('app://desk/missing.js')).headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });
});

describe('requests that must not be served', () => {
  it.each(['app://other/index.html', 'app://desk.evil.example/index.html', 'app://desktop/index.html', 'app://desk:8080/index.html', 'https://desk/index.html'])(
    '%s (another host or scheme) is 404',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Xử lý hồ sơ');
    },
  );

  it.each([
    'app://desk/../secret.txt',
    'app://desk/../../secret.txt',
    'app://desk/assets/../../secret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/%2e%2e%2fsecret.txt',
    'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://desk/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://desk/..%2fsecret.txt',
    'app://desk/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://desk/%252e%252e%252fsecret.txt',
    'app://desk/..%5csecret.txt',
    'app://desk/..%2frenderer-private%2fsecret.txt',
    'app://desk//etc/passwd',
    'app://desk/%2Fetc%2Fpasswd',
  ])('a path out of the renderer folder (%s) is 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('an absolute path to a real file, plain or encoded, is 404', async () => {
    const secretPath = path.join(workDir, 'secret.txt');
    for (const url of [`app://desk/${secretPath}`, `app://desk/${encodeURIComponent(secretPath)}`, `app://desk/${encodeURIComponent(secretPath.slice(1))}`]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET);
    }
  });

  it.each(['app://desk/index.html%00.png', 'app://desk/%00', 'app://desk/assets%00/logo.svg'])('a path with a NUL byte (%s) is 404', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('a path that is not valid percent-encoding is 404', async () => {
    expect((await get('app://desk/%E0%A4%A')).status).toBe(404);
  });
});

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme that fetch can use', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    });
  });
});
