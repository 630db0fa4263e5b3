// Which installed apps update themselves: those whose app-update.yml names a generic http(s) feed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppUpdates, readFeedUrl } from './app-updates';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'app-update-yml-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const config = async (text: string) => {
  const file = path.join(dir, 'app-update.yml');
  await writeFile(file, text);
  return file;
};

describe('the feed in app-update.yml', () => {
  it('is the generic provider url electron-builder wrote', async () => {
    const file = await config('provider: generic\nurl: http://portal.most.gov.vn/updates\nupdaterCacheDirName: dossier-desk-updater\npublisherName:\n  - Bộ Khoa học và Công nghệ\n');
    expect(readFeedUrl(file)).toBe('http://portal.most.gov.vn/updates');
  });

  it.each([
    ['another provider', 'provider: github\nowner: someone\nrepo: desk\n'],
    ['a file: url', 'provider: generic\nurl: file:///C:/updates\n'],
    ['not YAML at all', ':::'],
    ['broken YAML', 'url: [http://portal\n  - {'],
  ])('is refused for %s, with a log line', async (_what, text) => {
    const logs: string[] = [];
    expect(readFeedUrl(await config(text), (line) => logs.push(line))).toBeNull();
    expect(logs).toHaveLength(1);
  });

  it('is absent when the file is', () => {
    expect(readFeedUrl(path.join(dir, 'missing.yml'))).toBeNull();
  });
});

describe('an app that is not the installed Windows build', () => {
  it('has no updater and answers "unsupported"', () => {
    const updates = createAppUpdates({
      app: { isPackaged: false, getVersion: () => '0.1.0', getPath: () => dir },
      resourcesPath: dir,
      log: () => {},
    });
    expect(updates.status()).toEqual({ state: 'unsupported', currentVersion: '0.1.0' });
  });
});
