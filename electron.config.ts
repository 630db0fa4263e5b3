// electron-vite configuration: main, preload and renderer bundles. Always run as
// `electron-vite <command> -c electron.config.ts`.
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import { portalOrigins, rendererConfig } from './renderer/vite.config';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  main: {
    // The app:// CSP header allows the same portal origins as the renderer's build.
    define: { __DESK_PORTAL_ORIGINS__: JSON.stringify(portalOrigins()) },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: path.join(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file with nothing to require but 'electron'.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: path.join(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    // The desktop app has real sign-in only: no stand-in profile picker (renderer/src/accounts/stand-in.ts).
    define: { ...rendererConfig.define, __DESK_STAND_IN__: 'false' },
    build: {
      ...rendererConfig.build,
      // Beside the shared config's own rolldown options (its chunk groups), not instead of them.
      rolldownOptions: { ...rendererConfig.build?.rolldownOptions, input: { index: path.join(root, 'renderer/index.html') } },
    },
  },
});
