// Unit and integration tests (Node; fake-indexeddb where a browser is not needed). End-to-end
// tests in Chromium live under tests/e2e and run with Playwright instead.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,portal,tests,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'out/**', 'tests/e2e/**', 'tests/electron/**'],
    environment: 'node',
    restoreMocks: true,
    // Suites start a real portal (PGlite or PostgreSQL) or a SoftHSM2 token before their tests; on
    // a busy 2-core machine that takes longer than vitest's 10 s default.
    hookTimeout: 60_000,
  },
});
