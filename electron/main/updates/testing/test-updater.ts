// Test support: electron-updater's real NsisUpdater, given only what Electron's `app` would (version,
// userData and cache folders, app-update.yml) and a Node HTTP layer. Installing is the one thing
// replaced: it would run the installer and quit the process.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NsisUpdater } from 'electron-updater';
import { vi } from 'vitest';
import { LoopbackExecutor } from './loopback-executor';

export type TestUpdaterOptions = {
  version: string;
  feedUrl: string;
  /** The desk's rollout bucket: 0–1, where electron-updater's staging check puts this install. */
  bucket?: number;
  /** Written to app-update.yml as electron-builder does when publisherName is configured. */
  publisherName?: string;
  proxy?: { host: string; port: number };
};

/** A staging id (.updaterId) whose last four bytes put the install at `bucket` (0–1) of the rollout. */
export function stagingIdForBucket(bucket: number): string {
  const tail = Math.min(0xffffffff, Math.floor(bucket * 0xffffffff)).toString(16).padStart(8, '0');
  return `6d3c2a10-4b7e-5f21-9a0c-1e2f${tail}`;
}

export async function createTestUpdater(options: TestUpdaterOptions) {
  const root = await mkdtemp(path.join(tmpdir(), 'desk-updater-'));
  const userDataPath = path.join(root, 'userData');
  const baseCachePath = path.join(root, 'cache');
  const appUpdateConfigPath = path.join(root, 'resources', 'app-update.yml');
  await mkdir(userDataPath, { recursive: true });
  await mkdir(path.dirname(appUpdateConfigPath), { recursive: true });
  const publisher = options.publisherName ? `publisherName:\n  - ${options.publisherName}\n` : '';
  await writeFile(appUpdateConfigPath, `provider: generic\nurl: ${options.feedUrl}\nupdaterCacheDirName: dossier-desk-updater\n${publisher}`);
  if (options.bucket !== undefined) await writeFile(path.join(userDataPath, '.updaterId'), stagingIdForBucket(options.bucket));

  const app = {
    version: options.version,
    name: 'Dossier Desk',
    isPackaged: true,
    appUpdateConfigPath,
    userDataPath,
    baseCachePath,
    whenReady: () => Promise.resolve(),
    relaunch: vi.fn(),
    quit: vi.fn(),
    onQuit: vi.fn(),
  };
  const updater = new NsisUpdater(null, app);
  const internals = updater as unknown as { httpExecutor: unknown; _testOnlyOptions: unknown };
  internals.httpExecutor = new LoopbackExecutor(options.proxy);
  // electron-updater's own switch for running the Windows updater elsewhere: ask for latest.yml
  // (not latest-linux.yml) and download installers whole.
  internals._testOnlyOptions = { platform: 'win32', isUseDifferentialDownload: false };
  updater.logger = null;
  // No setFeedURL: like the installed app, the updater reads the feed from app-update.yml.
  const quitAndInstall = vi.spyOn(updater, 'quitAndInstall').mockImplementation(() => {});

  return {
    updater,
    app,
    quitAndInstall,
    cacheDir: path.join(baseCachePath, 'dossier-desk-updater'),
    cleanUp: () => rm(root, { recursive: true, force: true }),
  };
}
