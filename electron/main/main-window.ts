// The one application window, locked down: isolated, sandboxed, no Node, no navigation away from
// app://desk, no new windows (allowlisted https links go to the system browser instead).
import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from '../../shared/app-identity';
import { isAllowedExternalUrl } from '../../shared/host/external-links';

/** True when `url` is one of our own pages (the app origin, or the dev server in development). */
export function isOwnPage(url: string, ownOrigins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    const origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
    return ownOrigins.includes(origin);
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, ownOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, ownOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, ownOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no browser permission (camera, notifications, geolocation...) but one: our own
 * page may make its storage persistent, so the dossiers are never evicted under disk pressure.
 */
export function denyAllPermissions(session: Session, ownOrigins: readonly string[] = [APP_ORIGIN]): void {
  const isStorageOfOwnPage = (permission: string, url: string) => permission === 'persistent-storage' && isOwnPage(url, ownOrigins);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isStorageOfOwnPage(permission, details.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isStorageOfOwnPage(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}

export function createMainWindow(options: { preloadPath: string; startUrl: string; ownOrigins: readonly string[] }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Xử lý hồ sơ ngoại tuyến',
    backgroundColor: '#f4f6f8',
    autoHideMenuBar: true,
    // Written out here, not built by a helper, so electronegativity (npm run security:electron)
    // reads each value where the window is created.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A middle click opens links through window.open, which is denied anyway; without auxclick
      // the page never even asks.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: true,
    },
  });
  hardenWebContents(window.webContents, options.ownOrigins);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}
