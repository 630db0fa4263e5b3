// The update channel kept in userData: remembered, and stable whenever the file is missing or damaged.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUpdateSettingsFile } from './update-settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'update-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the update channel setting', () => {
  it('is stable on a new desk and remembers pilot once chosen', async () => {
    const file = path.join(dir, 'userData', 'update-settings.json');
    expect(await createUpdateSettingsFile(file).load()).toEqual({ channel: 'stable' });
    await createUpdateSettingsFile(file).save({ channel: 'pilot' });
    expect(await createUpdateSettingsFile(file).load()).toEqual({ channel: 'pilot' });
  });

  it.each(['{"channel":"beta"}', 'not json', '{"channel":"pilot","extra":1}'])('falls back to stable for %s', async (text) => {
    const file = path.join(dir, 'update-settings.json');
    await writeFile(file, text);
    expect(await createUpdateSettingsFile(file).load()).toEqual({ channel: 'stable' });
  });
});
