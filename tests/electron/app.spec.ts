// The real Electron app, launched by Playwright from the build (out/main/index.js): the window,
// the page's lack of Node, the exposed DesktopHost and the navigation lock, seen from outside.
// Skipped, with the reason printed, where no Electron binary is installed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { hostMethodNames } from '../../shared/host/channels';
import type { DesktopHost } from '../../shared/host/desktop-host';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const mainEntry = path.join(projectRoot, 'out', 'main', 'index.js');

/**
 * Where the Electron binary is, found the way node_modules/electron/index.js finds it, but without
 * requiring that file: when the binary is missing, it starts a download instead of failing.
 */
function findElectronBinary(): { executablePath: string } | { missing: string } {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!relative && !override) return { missing: `${path.relative(projectRoot, pathFile)} does not exist` };
  const executablePath = override ? path.join(override, relative || 'electron') : path.join(packageDir, 'dist', relative);
  return existsSync(executablePath) ? { executablePath } : { missing: `${executablePath} does not exist` };
}

const binary = findElectronBinary();
const hasElectron = 'executablePath' in binary;
const skipReason = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 on this machine): skipping the real-app spec';
if (!hasElectron) console.log(`${skipReason} — ${binary.missing}`);

type PageWindow = Window & { desktopHost: DesktopHost };

test.describe('the Electron app', () => {
  test.skip(!hasElectron, skipReason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run \`npm run build\` before the end-to-end tests.`);
    // Without ELECTRON_RENDERER_URL, else the unpackaged app would load the dev server.
    const unwanted = new Set(['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE']);
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !unwanted.has(entry[0])),
    );
    // Chromium refuses to start as root without --no-sandbox (CI containers); the renderer's
    // Electron sandbox (webPreferences.sandbox), which the tests below check, is unaffected.
    const args = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox', mainEntry] : [mainEntry];
    app = await electron.launch({ executablePath: (binary as { executablePath: string }).executablePath, args, cwd: projectRoot, env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('loads the renderer from app://desk/index.html', async () => {
    expect(page.url()).toBe('app://desk/index.html');
  });

  test('shows the Vietnamese title', async () => {
    await expect(page).toHaveTitle(/Xử lý hồ sơ/);
  });

  test('gives the page no Node: require, process, module and Buffer are undefined', async () => {
    const kinds = await page.evaluate(() => [typeof require, typeof process, typeof module, typeof Buffer]);
    expect(kinds).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('exposes window.desktopHost with exactly kind and the contract’s methods', async () => {
    const keys = await page.evaluate(() => Object.keys((window as unknown as PageWindow).desktopHost).sort());
    expect(keys).toEqual(['kind', ...hostMethodNames].sort());
    expect(await page.evaluate(() => (window as unknown as PageWindow).desktopHost.kind)).toBe('electron');
  });

  test('answers getAppInfo over IPC as the Electron host', async () => {
    const answer = await page.evaluate(() => (window as unknown as PageWindow).desktopHost.getAppInfo(undefined));
    expect(answer).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  test('refuses to open new windows', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('app://desk/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('blocks navigation to https://example.com', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe('app://desk/index.html');
    const shownUrl = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL());
    expect(shownUrl).toBe('app://desk/index.html');
    expect(await page.evaluate(() => typeof (window as unknown as PageWindow).desktopHost)).toBe('object');
  });
});
