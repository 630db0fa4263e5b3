// The desk's update channel, kept in a small JSON file in userData so it survives updates. A missing
// or damaged file means the stable channel: a pilot desk is always one that chose to be.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { updateChannelSchema } from '../../../shared/updates/release-metadata';

const settingsSchema = z.object({ channel: updateChannelSchema }).strict();
export type UpdateSettings = z.infer<typeof settingsSchema>;
export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { channel: 'stable' };

export type UpdateSettingsStore = { load(): Promise<UpdateSettings>; save(settings: UpdateSettings): Promise<void> };

export function createUpdateSettingsFile(file: string): UpdateSettingsStore {
  return {
    async load() {
      try {
        return settingsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
      } catch {
        return DEFAULT_UPDATE_SETTINGS;
      }
    },
    async save(settings) {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.tmp`;
      await writeFile(temporary, JSON.stringify(settingsSchema.parse(settings)), 'utf8');
      await rename(temporary, file);
    },
  };
}

/** For tests and unpackaged runs: settings that live as long as the process. */
export function createUpdateSettingsInMemory(initial: UpdateSettings = DEFAULT_UPDATE_SETTINGS): UpdateSettingsStore {
  let current = initial;
  return { load: async () => current, save: async (settings) => void (current = settings) };
}
