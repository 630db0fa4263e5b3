// End-to-end tests: the renderer in web mode in Debian's Chromium, and (where an Electron binary
// exists) the real Electron app.
import { defineConfig } from '@playwright/test';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const webPort = 5180;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite build -c renderer/vite.config.ts --logLevel warn && npx vite preview -c renderer/vite.config.ts --port ${webPort} --strictPort`,
    url: `http://127.0.0.1:${webPort}/index.html`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
  },
});
