// The release script's metadata and publishing: what it writes is what electron-updater reads, the
// installer's hash is its real hash, and a published installer is never silently replaced.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseMetadataSchema } from '../../shared/updates/release-metadata';
import { publishRelease } from './publish-release';
import { standInInstallerName, writeStandInInstaller } from './stand-in-installer';
import { createReleaseMetadata, digestFile, metadataYaml } from './update-metadata';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'release-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const installerOf = async (name: string, text: string) => {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
};

describe('the update metadata of a release', () => {
  it('names the installer with its real sha512 (base64) and size, as electron-updater expects', async () => {
    const file = await installerOf('DossierDesk-Setup-0.2.0.exe', 'installer bytes');
    const digest = await digestFile(file);
    expect(digest).toEqual({ sha512: createHash('sha512').update('installer bytes').digest('base64'), size: 15 });

    const metadata = createReleaseMetadata({
      version: '0.2.0',
      installerName: 'DossierDesk-Setup-0.2.0.exe',
      digest,
      releaseNotes: 'Sửa lỗi in phiếu hẹn.\nThêm mẫu quyết định.',
      stagingPercentage: 25,
      releaseDate: new Date('2026-11-27T02:00:00.000Z'),
    });
    const written = yaml.load(metadataYaml(metadata));
    expect(written).toEqual({
      version: '0.2.0',
      files: [{ url: 'DossierDesk-Setup-0.2.0.exe', sha512: digest.sha512, size: 15 }],
      path: 'DossierDesk-Setup-0.2.0.exe',
      sha512: digest.sha512,
      releaseDate: '2026-11-27T02:00:00.000Z',
      releaseNotes: 'Sửa lỗi in phiếu hẹn.\nThêm mẫu quyết định.',
      stagingPercentage: 25,
    });
    expect(releaseMetadataSchema.safeParse(written).success).toBe(true);
  });

  it('leaves the staging percentage out for a release offered to every desk', async () => {
    const digest = await digestFile(await installerOf('a.exe', 'x'));
    for (const stagingPercentage of [undefined, 100]) {
      const metadata = createReleaseMetadata({ version: '1.0.0', installerName: 'a.exe', digest, stagingPercentage });
      expect(metadata).not.toHaveProperty('stagingPercentage');
    }
  });

  it('keeps versions and dates as strings in the YAML (a bare 1.10 would read back as a number)', async () => {
    const digest = await digestFile(await installerOf('a.exe', 'x'));
    const text = metadataYaml(createReleaseMetadata({ version: '1.10.0', installerName: 'a.exe', digest, releaseDate: new Date(0) }));
    const read = yaml.load(text) as Record<string, unknown>;
    expect(read.version).toBe('1.10.0');
    expect(read.releaseDate).toBe('1970-01-01T00:00:00.000Z');
  });

  it('refuses to describe a version that is not x.y.z or a staging share outside 0–100', async () => {
    const digest = await digestFile(await installerOf('a.exe', 'x'));
    expect(() => createReleaseMetadata({ version: 'v2', installerName: 'a.exe', digest })).toThrow();
    expect(() => createReleaseMetadata({ version: '2.0.0', installerName: 'a.exe', digest, stagingPercentage: -5 })).toThrow();
  });
});

describe('publishing into the portal update folder', () => {
  it('copies the installer and writes the channel file, leaving no half-written file behind', async () => {
    const updatesDir = path.join(dir, 'updates');
    const file = await installerOf('DossierDesk-Setup-0.2.0.exe', 'installer');
    const metadata = createReleaseMetadata({ version: '0.2.0', installerName: path.basename(file), digest: await digestFile(file) });

    await publishRelease({ updatesDir, channel: 'pilot', installerPath: file, metadata });

    expect((await readdir(updatesDir)).sort()).toEqual(['DossierDesk-Setup-0.2.0.exe', 'pilot.yml']);
    expect(await readFile(path.join(updatesDir, 'DossierDesk-Setup-0.2.0.exe'), 'utf8')).toBe('installer');
    expect(yaml.load(await readFile(path.join(updatesDir, 'pilot.yml'), 'utf8'))).toMatchObject({ version: '0.2.0' });
  });

  it('puts the stable channel in latest.yml and publishes the blockmap beside the installer', async () => {
    const updatesDir = path.join(dir, 'updates');
    const file = await installerOf('DossierDesk-Setup-0.2.0.exe', 'installer');
    const blockmap = await installerOf('DossierDesk-Setup-0.2.0.exe.blockmap', 'blockmap');
    const metadata = createReleaseMetadata({ version: '0.2.0', installerName: path.basename(file), digest: await digestFile(file) });
    await publishRelease({ updatesDir, channel: 'stable', installerPath: file, metadata, blockmapPath: blockmap });
    expect((await readdir(updatesDir)).sort()).toEqual(['DossierDesk-Setup-0.2.0.exe', 'DossierDesk-Setup-0.2.0.exe.blockmap', 'latest.yml']);
  });

  it('promotes the same installer from pilot to stable without copying it again', async () => {
    const updatesDir = path.join(dir, 'updates');
    const file = await installerOf('DossierDesk-Setup-0.2.0.exe', 'installer');
    const metadata = createReleaseMetadata({ version: '0.2.0', installerName: path.basename(file), digest: await digestFile(file) });
    await publishRelease({ updatesDir, channel: 'pilot', installerPath: file, metadata });
    await publishRelease({ updatesDir, channel: 'stable', installerPath: file, metadata });
    expect((await readdir(updatesDir)).sort()).toEqual(['DossierDesk-Setup-0.2.0.exe', 'latest.yml', 'pilot.yml']);
  });

  it('refuses to replace a published installer with different bytes under the same name', async () => {
    const updatesDir = path.join(dir, 'updates');
    const first = await installerOf('DossierDesk-Setup-0.2.0.exe', 'first build');
    await publishRelease({
      updatesDir,
      channel: 'stable',
      installerPath: first,
      metadata: createReleaseMetadata({ version: '0.2.0', installerName: path.basename(first), digest: await digestFile(first) }),
    });
    await writeFile(first, 'second build');
    const again = createReleaseMetadata({ version: '0.2.0', installerName: path.basename(first), digest: await digestFile(first) });
    await expect(publishRelease({ updatesDir, channel: 'stable', installerPath: first, metadata: again })).rejects.toThrow(/tăng số phiên bản/);
    expect(await readFile(path.join(updatesDir, 'DossierDesk-Setup-0.2.0.exe'), 'utf8')).toBe('first build');
  });

  it('refuses metadata whose hash does not match the installer it publishes', async () => {
    const file = await installerOf('DossierDesk-Setup-0.2.0.exe', 'installer');
    const other = await installerOf('other.exe', 'something else');
    const metadata = createReleaseMetadata({ version: '0.2.0', installerName: path.basename(file), digest: await digestFile(other) });
    await expect(publishRelease({ updatesDir: path.join(dir, 'u'), channel: 'stable', installerPath: file, metadata })).rejects.toThrow(/không khớp/);
  });
});

describe('the stand-in for the installer this machine cannot build', () => {
  it('says plainly that it is not an installer, in its name and its content', async () => {
    const file = await writeStandInInstaller(dir, '0.2.0');
    expect(path.basename(file)).toBe(standInInstallerName('0.2.0'));
    expect(path.basename(file)).toMatch(/STAND-IN-not-an-installer\.exe$/);
    expect(await readFile(file, 'utf8')).toMatch(/^STAND-IN .* NOT an installer/);
  });
});
