// The UpdateService with electron-updater's real NsisUpdater against a loopback update server that
// serves channel files written by the release script (scripts/release). Only Electron's `app`
// pieces and the final quit-and-install are stand-ins (see testing/test-updater.ts).
import { readdir, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelMetadataFile, type UpdateChannel } from '../../../shared/updates/release-metadata';
import { updateStatusSchema } from '../../../shared/updates/update-status';
import { publishRelease } from '../../../scripts/release/publish-release';
import { writeStandInInstaller } from '../../../scripts/release/stand-in-installer';
import { createReleaseMetadata, digestFile } from '../../../scripts/release/update-metadata';
import { createUpdateService } from '../host/update-service';
import { createUpdateSettingsFile } from './update-settings';
import { startRefusingProxy, startUpdateServer, type UpdateServer } from './testing/update-server';
import { createTestUpdater, type TestUpdaterOptions } from './testing/test-updater';

let folder: string;
let server: UpdateServer;
const cleanUps: Array<() => Promise<unknown>> = [];

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'desk-updates-'));
  server = await startUpdateServer(folder);
  cleanUps.push(() => server.close(), () => rm(folder, { recursive: true, force: true }));
});
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/** Publishes a release as `npm run release:local` does: a stand-in installer and its real metadata. */
async function release(version: string, options: { channel?: UpdateChannel; notes?: string; staging?: number } = {}) {
  const installerPath = await writeStandInInstaller(path.join(folder, '..', `${path.basename(folder)}-build`), version);
  cleanUps.push(() => rm(path.dirname(installerPath), { recursive: true, force: true }));
  const metadata = createReleaseMetadata({
    version,
    installerName: path.basename(installerPath),
    digest: await digestFile(installerPath),
    releaseNotes: options.notes,
    stagingPercentage: options.staging,
  });
  await publishRelease({ updatesDir: folder, channel: options.channel ?? 'stable', installerPath, metadata });
  return metadata;
}

async function desk(options: Partial<TestUpdaterOptions> & { version?: string } = {}) {
  const feedUrl = options.feedUrl ?? server.url;
  const test = await createTestUpdater({ version: '0.1.0', ...options, feedUrl });
  cleanUps.push(test.cleanUp);
  const logs: string[] = [];
  const settingsFile = path.join(test.app.userDataPath, 'update-settings.json');
  const updates = createUpdateService({
    updater: test.updater,
    currentVersion: test.app.version,
    feedUrl,
    settings: createUpdateSettingsFile(settingsFile),
    log: (message) => logs.push(message),
  });
  const checkAndWait = async () => {
    const answer = await updates.check();
    await updates.settled();
    expect(updateStatusSchema.safeParse(updates.status()).success).toBe(true);
    return answer;
  };
  return { ...test, updates, logs, settingsFile, checkAndWait };
}

const installersIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.exe'));

describe('a newer version on the channel', () => {
  it('is offered, downloaded with its release notes, and installed when the officer asks', async () => {
    await release('0.2.0', { notes: 'Sửa lỗi in phiếu hẹn.\nThêm mẫu quyết định.' });
    const { updates, checkAndWait, quitAndInstall, cacheDir } = await desk();

    expect((await updates.check()).ok).toBe(true);
    await updates.settled();
    expect(updates.status()).toMatchObject({
      state: 'downloaded',
      availableVersion: '0.2.0',
      currentVersion: '0.1.0',
      channel: 'stable',
      releaseNotes: 'Sửa lỗi in phiếu hẹn.\nThêm mẫu quyết định.',
    });
    expect(await installersIn(path.join(cacheDir, 'pending'))).toEqual(['DossierDesk-Setup-0.2.0.STAND-IN-not-an-installer.exe']);

    expect(updates.install()).toEqual({ ok: true, value: { restarting: true, blockedBy: [] } });
    expect(quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
    await checkAndWait(); // a later check is harmless
  });

  it('reports download progress, ending at 100%', async () => {
    await release('0.2.0');
    const { updates, updater } = await desk();
    const seen: number[] = [];
    updater.on('download-progress', () => {
      const percent = updates.status().percent;
      if (percent !== undefined) seen.push(percent);
    });
    await updates.check();
    await updates.settled();
    expect(updates.status().state).toBe('downloaded');
    // electron-updater reports at most once a second, and always at the end: the small stand-in gives 100%.
    expect(seen.at(-1)).toBe(100);
    for (const percent of seen) expect(percent).toBeGreaterThanOrEqual(0);
  });
});

describe('the same version', () => {
  it('is not offered and nothing is downloaded', async () => {
    await release('0.1.0');
    const { checkAndWait, updates } = await desk();
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'not-available', currentVersion: '0.1.0' });
    expect(server.requests.filter((name) => name.endsWith('.exe'))).toEqual([]);
  });
});

describe('a staged rollout', () => {
  it('offers a version released to 30% of desks to a desk in the first 30%', async () => {
    await release('0.2.0', { staging: 30 });
    const { checkAndWait, updates } = await desk({ bucket: 0.1 });
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
  });

  it('keeps it from a desk outside that share, saying why in the log', async () => {
    await release('0.2.0', { staging: 30 });
    const { checkAndWait, updates, logs } = await desk({ bucket: 0.9 });
    await checkAndWait();
    expect(updates.status().state).toBe('not-available');
    expect(logs.join('\n')).toMatch(/staged rollout: 0\.2\.0 goes to 30% of desks, not yet this one/);
  });

  it('reaches that desk once the share is raised to 100%', async () => {
    await release('0.2.0', { staging: 30 });
    const { checkAndWait, updates } = await desk({ bucket: 0.9 });
    await checkAndWait();
    await release('0.2.0', { staging: 100 });
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
  });

  it('is bypassed for a desk below the administrator minimum version', async () => {
    await release('0.2.0', { staging: 5 });
    const { updates, quitAndInstall, logs } = await desk({ bucket: 0.9 });
    await updates.setPolicy({ minimumVersion: '0.2.0' });
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0', requiredVersion: '0.2.0' });
    expect(quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
    expect(logs.join('\n')).toMatch(/minimum version 0\.2\.0 required: rollout share ignored/);
  });
});

describe('switching channel', () => {
  it('moves a desk to the pilot channel (pilot.yml), remembered across restarts', async () => {
    await release('0.2.0', { channel: 'stable' });
    await release('0.3.0', { channel: 'pilot', notes: 'Bản thử nghiệm: ký số bằng USB token.' });
    const { updates, settingsFile } = await desk();

    const answer = await updates.setChannel('pilot');
    await updates.settled();
    expect(answer.ok).toBe(true);
    expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.3.0', channel: 'pilot', releaseNotes: 'Bản thử nghiệm: ký số bằng USB token.' });
    expect(server.requests).toContain('pilot.yml');
    expect(await createUpdateSettingsFile(settingsFile).load()).toEqual({ channel: 'pilot' });
  });

  it('does not install a pilot download on quit after the officer returns to stable', async () => {
    await release('0.3.0', { channel: 'pilot' });
    await release('0.1.0', { channel: 'stable' });
    const { updates, updater } = await desk();
    await updates.setChannel('pilot');
    await updates.settled();
    expect(updates.status().state).toBe('downloaded');
    await updates.setChannel('stable');
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'not-available', channel: 'stable' });
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('never downgrades a pilot desk to an older stable version', async () => {
    await release('0.2.0', { channel: 'stable' });
    await release('0.3.0', { channel: 'pilot' });
    const { updates, logs } = await desk({ version: '0.3.0' });
    await updates.setChannel('pilot');
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'not-available', channel: 'pilot' });
    await updates.setChannel('stable');
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'not-available', currentVersion: '0.3.0' });
    expect(logs.join('\n')).toMatch(/refused: offered version 0\.2\.0 is not newer than the running 0\.3\.0/);
  });
});

describe('a corrupted download', () => {
  it('is refused by its sha512, deleted, reported, and the next check downloads it cleanly', async () => {
    await release('0.2.0');
    const { checkAndWait, updates, logs, cacheDir, quitAndInstall } = await desk();
    server.corruptInstallers = true;
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'error', problem: 'checksum', currentVersion: '0.1.0' });
    expect(updates.status().message).toMatch(/SHA-512/);
    expect(logs.join('\n')).toMatch(/update download failed \[checksum\]/);
    expect(await installersIn(path.join(cacheDir, 'pending'))).toEqual([]);
    expect(updates.install()).toMatchObject({ ok: false });
    expect(quitAndInstall).not.toHaveBeenCalled();

    server.corruptInstallers = false;
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
  });

  it('is refused when the publisher signature does not match the configured publisherName', async () => {
    await release('0.2.0');
    const { checkAndWait, updates, updater } = await desk({ publisherName: 'Bộ Khoa học và Công nghệ' });
    // Windows' Authenticode check (PowerShell) cannot run here; this stands in for its verdict on the stand-in file.
    updater.verifyUpdateCodeSignature = async (publishers: string[]) => `not signed by ${publishers.join(', ')}`;
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'error', problem: 'signature' });
  });
});

describe('a network that fails', () => {
  it('reports a server that is down without throwing', async () => {
    const port = server.port;
    await server.close();
    const { updates, logs } = await desk({ feedUrl: `http://127.0.0.1:${port}/updates/` });
    const answer = await updates.check();
    expect(answer).toMatchObject({ ok: true, value: { state: 'error', problem: 'offline' } });
    expect(logs.join('\n')).toMatch(/ECONNREFUSED/);
    server = await startUpdateServer(folder);
  }, 15_000);

  it('reports a proxy that refuses the connection', async () => {
    await release('0.2.0');
    const proxy = await startRefusingProxy();
    cleanUps.push(() => proxy.close());
    const { updates } = await desk({ proxy: { host: '127.0.0.1', port: proxy.port } });
    expect(await updates.check()).toMatchObject({ ok: true, value: { state: 'error', problem: 'proxy' } });
  });

  it('reports a channel with nothing published as a server problem', async () => {
    const { updates } = await desk();
    expect(await updates.check()).toMatchObject({ ok: true, value: { state: 'error', problem: 'server' } });
  });
});

describe('the administrator minimum version', () => {
  it('downloads at once and restarts only when no work is open', async () => {
    await release('0.2.0');
    const { updates, quitAndInstall } = await desk();
    updates.setBlockers(['sync', 'unsaved-work']);
    await updates.setPolicy({ minimumVersion: '0.2.0' });
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'downloaded', requiredVersion: '0.2.0', blockedBy: ['sync', 'unsaved-work'] });
    expect(quitAndInstall).not.toHaveBeenCalled();

    updates.setBlockers(['unsaved-work']);
    expect(quitAndInstall).not.toHaveBeenCalled();
    updates.setBlockers([]);
    expect(quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
  });

  it('is not enforced on a desk already at or above it', async () => {
    await release('0.2.0');
    const { updates, quitAndInstall } = await desk({ version: '0.2.0' });
    expect(await updates.setPolicy({ minimumVersion: '0.2.0' })).toMatchObject({ ok: true, value: { state: 'idle' } });
    expect(updates.status()).not.toHaveProperty('requiredVersion');
    expect(quitAndInstall).not.toHaveBeenCalled();
  });
});

describe('installing while work is open', () => {
  it('does not restart during unsaved work or a sync, and says which', async () => {
    await release('0.2.0');
    const { updates, checkAndWait, quitAndInstall } = await desk();
    await checkAndWait();
    updates.setBlockers(['unsaved-work']);
    expect(updates.install()).toEqual({ ok: true, value: { restarting: false, blockedBy: ['unsaved-work'] } });
    updates.setBlockers(['sync']);
    expect(updates.install()).toEqual({ ok: true, value: { restarting: false, blockedBy: ['sync'] } });
    expect(quitAndInstall).not.toHaveBeenCalled();
    updates.setBlockers([]);
    expect(updates.install()).toEqual({ ok: true, value: { restarting: true, blockedBy: [] } });
  });
});

describe('bad metadata on the server', () => {
  const channelFile = () => path.join(folder, channelMetadataFile('stable'));
  const tamper = async (change: (metadata: Record<string, unknown>) => void) => {
    const metadata = { ...(await release('0.2.0')) } as Record<string, unknown>;
    change(metadata);
    await writeFile(channelFile(), yaml.dump(metadata));
  };

  it.each<[string, () => Promise<void>, string]>([
    ['is not YAML', () => writeFile(channelFile(), 'version: [0.2.0\nfiles: {{{'), 'metadata'],
    ['has no version', () => tamper((m) => delete m.version), 'metadata'],
    ['has a version that is not x.y.z', () => tamper((m) => (m.version = 'mới nhất')), 'metadata'],
    ['has no sha512', () => tamper((m) => (m.files = [{ url: m.path, size: 10 }])), 'metadata'],
    ['names no files', () => tamper((m) => (m.files = [])), 'metadata'],
    ['points the installer to another host', () => tamper((m) => (m.files = [{ ...(m.files as object[])[0], url: 'http://evil.example/DossierDesk-Setup-0.2.0.exe' }])), 'otherHost'],
    ['points the legacy path to another host', () => tamper((m) => (m.path = 'https://evil.example/x.exe')), 'otherHost'],
    ['climbs out of the update folder', () => tamper((m) => (m.files = [{ ...(m.files as object[])[0], url: '../private/DossierDesk.exe' }])), 'otherHost'],
  ])('is refused when it %s, with a logged reason, and nothing is downloaded', async (_what, write, problem) => {
    await write();
    const { checkAndWait, updates, logs, cacheDir } = await desk();
    const answer = await checkAndWait();
    expect(answer.ok).toBe(true);
    expect(updates.status()).toMatchObject({ state: 'error', problem, currentVersion: '0.1.0' });
    expect(logs.some((line) => line.startsWith(`update check failed [${problem}]`))).toBe(true);
    expect(server.requests.filter((name) => name.endsWith('.exe'))).toEqual([]);
    expect(await installersIn(path.join(cacheDir, 'pending'))).toEqual([]);
  });

  it('quietly refuses a lower version, logging why', async () => {
    await release('0.0.9');
    const { checkAndWait, updates, logs } = await desk();
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'not-available' });
    expect(logs.join('\n')).toMatch(/refused: offered version 0\.0\.9 is not newer than the running 0\.1\.0/);
    expect(server.requests.filter((name) => name.endsWith('.exe'))).toEqual([]);
  });

  it('leaves the service usable: fixing the file on the server is enough', async () => {
    await writeFile(channelFile(), 'not: [valid');
    const { checkAndWait, updates } = await desk();
    await checkAndWait();
    expect(updates.status().state).toBe('error');
    await release('0.2.0');
    await checkAndWait();
    expect(updates.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0' });
  });
});
