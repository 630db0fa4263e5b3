// The update status the renderer sees, driven by electron-updater's events (here a fake updater).
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { updateStatusSchema } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { createUpdateService, type AutoUpdaterLike } from './update-service';

class FakeUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checkForUpdates = vi.fn(async (): Promise<unknown> => {
    this.emit('checking-for-update');
    return null;
  });
  quitAndInstall = vi.fn((_isSilent?: boolean, _isForceRunAfter?: boolean) => {});
}

const setUp = () => {
  const updater = new FakeUpdater();
  const updates = createUpdateService({ updater, currentVersion: '0.1.0' });
  return { updater, updates };
};

describe('updates in a build without an updater (development, tests)', () => {
  const updates = createUpdateService({ updater: null, currentVersion: '0.1.0' });

  it('report "unsupported" with the current version', () => {
    expect(updates.status()).toEqual({ state: 'unsupported', currentVersion: '0.1.0' });
  });

  it('checking changes nothing and does not fail', async () => {
    expect(await updates.check()).toEqual({ ok: true, value: { state: 'unsupported', currentVersion: '0.1.0' } });
  });

  it('installing is refused', () => {
    expect(updates.install()).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
  });
});

describe('updates through electron-updater', () => {
  it('downloads automatically and installs on quit', () => {
    const { updater } = setUp();
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('start idle', () => {
    expect(setUp().updates.status()).toEqual({ state: 'idle', currentVersion: '0.1.0' });
  });

  it('follow the updater from checking to available, downloading and downloaded', () => {
    const { updater, updates } = setUp();
    const seen = () => updates.status();

    updater.emit('checking-for-update');
    expect(seen()).toEqual({ state: 'checking', currentVersion: '0.1.0' });

    updater.emit('update-available', { version: '0.2.0' });
    expect(seen()).toEqual({ state: 'available', availableVersion: '0.2.0', currentVersion: '0.1.0' });

    updater.emit('download-progress', { percent: 12.5 });
    expect(seen()).toEqual({ state: 'downloading', availableVersion: '0.2.0', percent: 12.5, currentVersion: '0.1.0' });

    updater.emit('download-progress', { percent: 87 });
    expect(seen()).toMatchObject({ state: 'downloading', availableVersion: '0.2.0', percent: 87 });

    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(seen()).toEqual({ state: 'downloaded', availableVersion: '0.2.0', currentVersion: '0.1.0' });
  });

  it('report when there is nothing new', () => {
    const { updater, updates } = setUp();
    updater.emit('checking-for-update');
    updater.emit('update-not-available', { version: '0.1.0' });
    expect(updates.status()).toEqual({ state: 'not-available', currentVersion: '0.1.0' });
  });

  it('keep the download percentage between 0 and 100', () => {
    const { updater, updates } = setUp();
    updater.emit('download-progress', { percent: 130 });
    expect(updates.status().percent).toBe(100);
    updater.emit('download-progress', { percent: -4 });
    expect(updates.status().percent).toBe(0);
  });

  it('report an updater error with its message', () => {
    const { updater, updates } = setUp();
    updater.emit('error', new Error('net::ERR_INTERNET_DISCONNECTED'));
    expect(updates.status()).toEqual({ state: 'error', message: 'net::ERR_INTERNET_DISCONNECTED', currentVersion: '0.1.0' });
  });

  it('every status they report fits the contract', () => {
    const { updater, updates } = setUp();
    const statuses = [updates.status()];
    const events: Array<[string, unknown]> = [
      ['checking-for-update', undefined],
      ['update-available', { version: '0.2.0' }],
      ['download-progress', { percent: 150 }],
      ['update-downloaded', { version: '0.2.0' }],
      ['update-not-available', { version: '0.1.0' }],
      ['error', new Error('lỗi mạng')],
    ];
    for (const [name, payload] of events) {
      updater.emit(name, payload);
      statuses.push(updates.status());
    }
    for (const status of statuses) expect(updateStatusSchema.safeParse(status).success, JSON.stringify(status)).toBe(true);
  });

  it('a check asks the updater and answers the status it reached', async () => {
    const { updater, updates } = setUp();
    expect(await updates.check()).toEqual({ ok: true, value: { state: 'checking', currentVersion: '0.1.0' } });
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('a failing check becomes the "error" state, without throwing', async () => {
    const { updater, updates } = setUp();
    updater.checkForUpdates.mockRejectedValueOnce(new Error('getaddrinfo ENOTFOUND updates.most.gov.vn'));
    const answer = await updates.check();
    expect(answer).toEqual({ ok: true, value: { state: 'error', message: 'getaddrinfo ENOTFOUND updates.most.gov.vn', currentVersion: '0.1.0' } });
    expect(updates.status().state).toBe('error');
  });

  it('a check failing with something that is not an Error still becomes "error"', async () => {
    const { updater, updates } = setUp();
    updater.checkForUpdates.mockRejectedValueOnce('offline');
    expect(await updates.check()).toEqual({ ok: true, value: { state: 'error', message: 'offline', currentVersion: '0.1.0' } });
  });

  it.each<[string, Array<[string, unknown]>]>([
    ['idle', []],
    ['checking', [['checking-for-update', undefined]]],
    ['available', [['update-available', { version: '0.2.0' }]]],
    ['downloading', [['update-available', { version: '0.2.0' }], ['download-progress', { percent: 99.9 }]]],
    ['not-available', [['update-not-available', { version: '0.1.0' }]]],
    ['error', [['update-downloaded', { version: '0.2.0' }], ['error', new Error('signature mismatch')]]],
  ])('installing is refused while %s', (_state, events) => {
    const { updater, updates } = setUp();
    for (const [name, payload] of events) updater.emit(name, payload);
    expect(updates.install()).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('installing a downloaded update quits and restarts into it', () => {
    const { updater, updates } = setUp();
    updater.emit('update-available', { version: '0.2.0' });
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(updates.install()).toEqual({ ok: true, value: null });
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(false, true);
  });
});
