// The UpdateService's own decisions with a scripted updater: what a development build answers, what
// happens when the officer asks twice, periodic checks, and refusals that need no server. The real
// electron-updater against a loopback server is in ../updates/update-service.loopback.test.ts.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateStatusSchema } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { createUpdateSettingsInMemory } from '../updates/update-settings';
import { createUpdateService, type AutoUpdaterLike } from './update-service';

const SHA = `${'A'.repeat(86)}==`;
const info = (version: string) => ({
  version,
  files: [{ url: `DossierDesk-Setup-${version}.exe`, sha512: SHA, size: 10 }],
  path: `DossierDesk-Setup-${version}.exe`,
  sha512: SHA,
  releaseDate: '2026-11-27T02:00:00.000Z',
});

/** Plays electron-updater's part: asks our hooks like the real one, resolves when told to. */
class ScriptedUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  allowDowngrade = true;
  channel: string | null = null;
  isUpdateSupported: AutoUpdaterLike['isUpdateSupported'] = () => true;
  isUserWithinRollout: AutoUpdaterLike['isUserWithinRollout'] = () => true;
  offered = info('0.2.0');
  finishDownload: () => void = () => {};
  checkForUpdates = vi.fn(async () => {
    const available = (await this.isUpdateSupported(this.offered as never)) && (await this.isUserWithinRollout(this.offered as never));
    return { isUpdateAvailable: available, updateInfo: this.offered as never };
  });
  downloadUpdate = vi.fn(() => new Promise<unknown>((resolve) => (this.finishDownload = () => resolve([]))));
  quitAndInstall = vi.fn();
}

const setUp = () => {
  const updater = new ScriptedUpdater();
  const logs: string[] = [];
  const updates = createUpdateService({
    updater,
    currentVersion: '0.1.0',
    feedUrl: 'http://portal.test/updates/',
    settings: createUpdateSettingsInMemory(),
    log: (line) => logs.push(line),
  });
  return { updater, updates, logs };
};

afterEach(() => vi.useRealTimers());

describe('updates in a build without an updater (development, tests)', () => {
  const updates = createUpdateService({ updater: null, currentVersion: '0.1.0' });

  it('report "unsupported" with the current version, and checking changes nothing', async () => {
    expect(updates.status()).toEqual({ state: 'unsupported', currentVersion: '0.1.0' });
    expect(await updates.check()).toEqual({ ok: true, value: { state: 'unsupported', currentVersion: '0.1.0' } });
  });

  it('refuse to install or to change channel', async () => {
    expect(updates.install()).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    expect(await updates.setChannel('pilot')).toMatchObject({ ok: false, error: { code: HostErrorCode.unavailable } });
  });
});

describe('the updater as the service sets it up', () => {
  it('does not download before our own check of the metadata, installs on quit, never downgrades', async () => {
    const { updater, updates } = setUp();
    await updates.check();
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.channel).toBe('latest');
  });

  it('asks for pilot.yml on the pilot channel', async () => {
    const { updater, updates } = setUp();
    await updates.setChannel('pilot');
    expect(updater.channel).toBe('pilot');
    expect(updater.allowDowngrade).toBe(false);
  });
});

describe('a download in progress', () => {
  it('is not started twice when the officer checks again meanwhile', async () => {
    const { updater, updates } = setUp();
    await updates.check();
    expect(updates.status()).toMatchObject({ state: 'downloading', availableVersion: '0.2.0', percent: 0 });
    await updates.check();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(1);
    updater.finishDownload();
    await updates.settled();
    expect(updates.status().state).toBe('downloaded');
  });

  it('shows progress between 0 and 100', async () => {
    const { updater, updates } = setUp();
    await updates.check();
    updater.emit('download-progress', { percent: 42.5 });
    expect(updates.status().percent).toBe(42.5);
    updater.emit('download-progress', { percent: 130 });
    expect(updates.status().percent).toBe(100);
  });

  it('keeps the channel until it has finished', async () => {
    const { updates } = setUp();
    await updates.check();
    expect(await updates.setChannel('pilot')).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    expect(updates.status().channel).toBe('stable');
  });
});

describe('installing', () => {
  it('is refused before anything is downloaded', async () => {
    const { updates, updater } = setUp();
    expect(updates.install()).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    await updates.check();
    expect(updates.install()).toMatchObject({ ok: false });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('restarts once even when asked twice', async () => {
    const { updates, updater } = setUp();
    await updates.check();
    updater.finishDownload();
    await updates.settled();
    updates.install();
    updates.install();
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('a failure of the installer on quit becomes the "error" state', async () => {
    const { updates, updater } = setUp();
    updater.emit('error', new Error('No update filepath provided, can\'t quit and install'));
    expect(updates.status()).toMatchObject({ state: 'error', problem: 'unknown' });
  });
});

describe('the administrator policy', () => {
  it('no longer forces anything once the portal stops sending it', async () => {
    const { updates } = setUp();
    await updates.setPolicy({ minimumVersion: '0.2.0' });
    expect(updates.status().requiredVersion).toBe('0.2.0');
    await updates.setPolicy({ minimumVersion: null });
    expect(updates.status()).not.toHaveProperty('requiredVersion');
  });
});

describe('periodic checks', () => {
  it('check a minute after start-up and then every four hours, until stopped', async () => {
    vi.useFakeTimers();
    const { updater, updates } = setUp();
    updater.offered = info('0.1.0');
    const stop = updates.startChecking();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4 * 3_600_000);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(8 * 3_600_000);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });
});

describe('every status', () => {
  it('fits the DesktopHost contract', async () => {
    const { updater, updates } = setUp();
    const statuses = [updates.status()];
    updates.setBlockers(['sync']);
    await updates.setPolicy({ minimumVersion: '0.3.0' });
    statuses.push(updates.status());
    updater.emit('download-progress', { percent: 150 });
    statuses.push(updates.status());
    updater.finishDownload();
    await updates.settled();
    statuses.push(updates.status());
    for (const status of statuses) expect(updateStatusSchema.safeParse(status).success, JSON.stringify(status)).toBe(true);
  });
});

describe('an installer that fails to start', () => {
  it('is reported, and a later download may be installed again', async () => {
    const { updates, updater } = setUp();
    await updates.check();
    updater.finishDownload();
    await updates.settled();
    expect(updates.install()).toMatchObject({ ok: true, value: { restarting: true } });
    updater.emit('error', new Error('spawn elevate.exe ENOENT'));
    expect(updates.status()).toMatchObject({ state: 'error' });

    await updates.check();
    updater.finishDownload();
    await updates.settled();
    expect(updates.install()).toMatchObject({ ok: true, value: { restarting: true } });
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(2);
  });
});

describe('changing channel while a check is under way', () => {
  it('waits for that check, then refuses while its download runs', async () => {
    const { updates } = setUp();
    const checking = updates.check();
    expect(await updates.setChannel('pilot')).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    await checking;
    expect(updates.status().channel).toBe('stable');
  });
});
