// The renderer's Vite config, shared by the Electron build (electron.config.ts) and by web mode
// (`npm run web`), so both serve the very same bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy, portalOrigins as parsePortalOrigins } from '../shared/security/content-security-policy.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Production builds carry the CSP as a <meta> too (web mode has no app:// header to send it). */
function cspMetaPlugin(): Plugin {
  return {
    name: 'desk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ connectSrc: portalOrigins() }) }, injectTo: 'head-prepend' },
    ],
  };
}

/** The portal the renderer may talk to; loopback by default, DESK_PORTAL_ORIGINS at build time. */
export function portalOrigins(): string[] {
  return parsePortalOrigins(process.env['DESK_PORTAL_ORIGINS']);
}

/** Name and version the browser host reports; the Electron host asks `app` for the same values. */
function buildIdentity(): { name: string; version: string } {
  const manifest = JSON.parse(readFileSync(path.resolve(here, '../package.json'), 'utf8')) as { productName?: string; name: string; version: string };
  return { name: manifest.productName ?? manifest.name, version: manifest.version };
}

export const rendererConfig: UserConfig = {
  root: here,
  base: './',
  plugins: [react(), cspMetaPlugin()],
  // The Cài đặt screen warns when the portal address an officer enters is not one the CSP allows.
  // __DESK_STAND_IN__: the web/demo build (and its e2e tests) offers the stand-in profile picker;
  // electron.config.ts turns it off for the desktop app.
  define: { __DESK_BUILD__: JSON.stringify(buildIdentity()), __DESK_PORTAL_ORIGINS__: JSON.stringify(portalOrigins()), __DESK_STAND_IN__: 'true' },
  resolve: { alias: { '@shared': path.resolve(here, '../shared') } },
  build: {
    outDir: path.resolve(here, '../out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // zod and the module that turns its eval-based compiler off share one chunk, so the switch runs
    // before any other chunk creates a schema: with lazily loaded screens, shared modules (e.g.
    // shared/result.ts) become chunks that run before main.tsx's body, and a z.object made there
    // would probe `new Function` — a CSP violation on every page load.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|zod-without-eval/ }] } } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5180, strictPort: true },
};

export default rendererConfig;
