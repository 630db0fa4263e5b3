// Serves the built renderer on app://desk/ (never file://): a standard, secure origin whose
// IndexedDB stays put across updates, with the CSP sent as a header on every document.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../../shared/app-identity';
import { contentSecurityPolicy, HEADER_ONLY_CSP } from '../../shared/security/content-security-policy';

export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export type AppRequestHandler = (request: Request) => Promise<Response>;

/** Maps app://desk/<path> to a file under rootDir; anything outside it, or another host, is 404. */
export function createAppRequestHandler(rootDir: string, options: { connectSrc?: readonly string[] } = {}): AppRequestHandler {
  const root = path.resolve(rootDir);
  const csp = `${contentSecurityPolicy(options)}; ${HEADER_ONLY_CSP}`;
  const securityHeaders = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
  const notFound = () => new Response('Not found', { status: 404, headers: securityHeaders });

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders });
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (relative.includes('\0')) return notFound();
    if (relative === '/' || relative === '') relative = '/index.html';
    const filePath = path.resolve(root, `.${path.posix.normalize(relative)}`);
    if (filePath !== root && !filePath.startsWith(root + path.sep)) return notFound();
    try {
      const body = await readFile(filePath);
      const type = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': type },
      });
    } catch {
      return notFound();
    }
  };
}
