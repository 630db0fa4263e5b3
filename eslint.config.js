// Lint, including the layering rules of docs/architecture.md: shared/ is pure, the renderer never
// reaches Node or Electron, electron/ never imports the renderer. tests/layering.test.ts proves
// these rules fire.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      ...(paths.length ? { paths: paths.map((name) => ({ name, message })) } : {}),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(
        ['electron', 'react', 'react-dom', 'dexie', 'zustand', ...nodeBuiltins],
        ['electron/*', 'react-dom/*', '**/renderer/**', '**/electron/**', '**/portal/**'],
        'shared/ runs everywhere (renderer, worker, main, portal): no Electron, DOM-only, Node-only or UI imports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', ...nodeBuiltins],
        ['electron/*', '**/electron/main/**', '**/electron/preload/**', '**/portal/**'],
        'The renderer talks to the OS only through the DesktopHost (renderer/src/host): no Electron or Node imports.',
      ),
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([], ['**/renderer/**', '**/portal/**'], 'electron/ adapts OS services; it never imports the renderer or the portal.'),
  },
  {
    files: ['portal/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(['electron'], ['**/renderer/**', '**/electron/**'], 'portal/ is its own program and shares only shared/.'),
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', '*.config.ts', '*.config.js', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['bench/browser/entry.ts', 'bench/browser/**/*.dom.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
