// The token service as the app runs it: libraries from the administrator's setting (pkcs11.json in
// userData), DESK_PKCS11_LIBRARY and the vendor defaults; the token logged out when the screen locks
// or the machine sleeps (the officer has walked away), and unloaded when the app quits.
import path from 'node:path';
import type { App, PowerMonitor } from 'electron';
import { libraryCandidates, readLibrarySetting } from './library-paths';
import { createTokenService, type TokenService } from './token-service';

export function createAppTokenService(deps: {
  app: Pick<App, 'getPath' | 'on'>;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  log: (message: string) => void;
}): TokenService {
  const settingFile = path.join(deps.app.getPath('userData'), 'pkcs11.json');
  const tokens = createTokenService({
    // Read on every look-up, so an administrator's change applies without restarting the app.
    libraryPaths: async () =>
      libraryCandidates({ configured: await readLibrarySetting(settingFile, deps.log), platform: process.platform, env: process.env }),
    log: deps.log,
  });
  deps.powerMonitor.on('lock-screen', () => void tokens.logout());
  deps.powerMonitor.on('suspend', () => void tokens.logout());
  deps.app.on('will-quit', () => void tokens.close());
  return tokens;
}
