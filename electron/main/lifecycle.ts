// Process-level rules: one running instance per user, and a userData folder whose path never
// depends on the product name or version (IndexedDB and secrets live there).
import path from 'node:path';
import type { App } from 'electron';
import { APP_USER_DATA_DIR } from '../../shared/app-identity';

/** Returns false when another instance runs; that instance is focused and this one quits. */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit'>): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

export function fixUserDataPath(app: Pick<App, 'getPath' | 'setPath'>): string {
  const userData = path.join(app.getPath('appData'), APP_USER_DATA_DIR);
  app.setPath('userData', userData);
  return userData;
}
