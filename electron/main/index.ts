// Entry of the main process: wires OS services to the DesktopHost and opens the window.
// Holds no business rules; each piece it calls is unit-tested on its own.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { APP_ID, APP_ORIGIN } from '../../shared/app-identity';
import { appSchemePrivileges, createAppRequestHandler } from './app-protocol';
import { buildPortalOrigins } from './portal-origins';
import { createElectronHost } from './host/electron-host';
import { createSecretStore } from './host/secret-store';
import { registerHostHandlers } from './host-ipc';
import { claimSingleInstance, fixUserDataPath } from './lifecycle';
import { createMainWindow, denyAllPermissions } from './main-window';
import { createSenderCheck } from './sender-check';
import { createAppUpdates } from './updates/app-updates';
import { createAppTokenService } from './signing/app-token-service';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const ownOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
fixUserDataPath(app);
app.setAppUserModelId(APP_ID);

if (claimSingleInstance(app)) {
  let mainWindow: BrowserWindow | null = null;
  const log = (message: string) => console.warn(`[main] ${message}`);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle('app', createAppRequestHandler(path.join(here, '../renderer'), { connectSrc: buildPortalOrigins() }));
    denyAllPermissions(session.defaultSession, ownOrigins);

    const updates = createAppUpdates({ app, resourcesPath: process.resourcesPath, log });
    const host = createElectronHost({
      dialog,
      shell,
      window: () => mainWindow,
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform, locale: app.getLocale() },
      secrets: createSecretStore(safeStorage, path.join(app.getPath('userData'), 'secrets.json')),
      updates,
      tokens: createAppTokenService({ app, powerMonitor, log }),
    });
    registerHostHandlers(ipcMain, host, createSenderCheck(ownOrigins), log);

    mainWindow = createMainWindow({
      preloadPath: path.join(here, '../preload/index.cjs'),
      startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      ownOrigins,
    });
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
