// Wires the UpdateService to electron-updater in the installed app. The feed is the one
// electron-builder wrote into resources/app-update.yml (publish.url at build time); an app without
// that file — development, a zip copied by hand — has no updater and says so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import electronUpdater from 'electron-updater';
import yaml from 'js-yaml';
import { z } from 'zod';
import { createUpdateService, type UpdateService } from '../host/update-service';
import { createUpdateSettingsFile } from './update-settings';

const appUpdateConfigSchema = z.object({ provider: z.literal('generic'), url: z.url({ protocol: /^https?$/ }) });

/** The update folder named in app-update.yml, or null when there is none we can use. */
export function readFeedUrl(configFile: string, log: (message: string) => void = () => {}): string | null {
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch {
    return null;
  }
  let loaded: unknown = null;
  try {
    loaded = yaml.load(text);
  } catch {
    // refused below like any other unusable file
  }
  const parsed = appUpdateConfigSchema.safeParse(loaded);
  if (!parsed.success) {
    log(`updates off: ${configFile} is not a generic provider with an http(s) url`);
    return null;
  }
  return parsed.data.url;
}

export type AppUpdatesDeps = {
  app: { isPackaged: boolean; getVersion(): string; getPath(name: 'userData'): string };
  resourcesPath: string;
  log: (message: string) => void;
};

export function createAppUpdates({ app, resourcesPath, log }: AppUpdatesDeps): UpdateService {
  // Only the Windows NSIS build updates itself; other packages are for development.
  const feedUrl = app.isPackaged && process.platform === 'win32' ? readFeedUrl(path.join(resourcesPath, 'app-update.yml'), log) : null;
  const updates = createUpdateService({
    updater: feedUrl ? electronUpdater.autoUpdater : null,
    currentVersion: app.getVersion(),
    ...(feedUrl ? { feedUrl } : {}),
    settings: createUpdateSettingsFile(path.join(app.getPath('userData'), 'update-settings.json')),
    log: (message) => log(`updates: ${message}`),
  });
  updates.startChecking();
  return updates;
}
