// Runs browser benchmarks in Debian's Chromium against the built renderer served by `vite preview`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const PORT = 5181;
export const benchOrigin = `http://127.0.0.1:${PORT}`;

/** Which built page a benchmark drives: the app itself, or the benchmark page with store hooks. */
const pages = {
  renderer: { config: 'renderer/vite.config.ts', path: '/index.html' },
  bench: { config: 'bench/browser/vite.config.ts', path: '/index.html' },
} as const;
export type BenchPage = keyof typeof pages;

const built = new Set<BenchPage>();
/** Builds a page once per benchmark run, only when a benchmark asks for it. */
function ensureBuilt(which: BenchPage): void {
  if (built.has(which)) return;
  execFileSync('npx', ['vite', 'build', '-c', pages[which].config, '--logLevel', 'warn'], { stdio: 'inherit' });
  built.add(which);
}

async function waitForServer(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the renderer preview server did not answer at ${url}`);
}

/**
 * Builds and serves the page, opens Chromium with a profile on disk (a fresh one each run), and
 * gives `use` a page on it. On disk, not off-the-record: an incognito context keeps IndexedDB in
 * memory under a small quota, which 100,000 dossiers exceed — an officer's desk never does that.
 */
export async function withRendererPage<T>(use: (page: Page) => Promise<T>, which: BenchPage = 'renderer'): Promise<T> {
  ensureBuilt(which);
  const profile = mkdtempSync(path.join(tmpdir(), 'desk-bench-'));
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '-c', pages[which].config, '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  let context: BrowserContext | undefined;
  try {
    await waitForServer(`${benchOrigin}${pages[which].path}`, 30_000);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // tsx compiles with esbuild's keepNames, which wraps functions in __name(): functions passed
    // to page.evaluate need that helper on the page side too.
    await page.addInitScript('globalThis.__name = (target) => target;');
    await page.goto(`${benchOrigin}${pages[which].path}`);
    return await use(page);
  } finally {
    await context?.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  }
}
