// Builds the in-browser benchmark page (bench/browser/index.html) into out/bench: the store code
// of the renderer plus the shared demo generator, driven by Playwright from bench/*.bench.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  root: here,
  base: './',
  build: { outDir: path.resolve(here, '../../out/bench'), emptyOutDir: true, target: 'chrome130', minify: false },
  preview: { host: '127.0.0.1', port: 5182, strictPort: true },
  logLevel: 'warn',
} satisfies UserConfig;
