// The main window's security defaults, with Electron replaced by small fakes: what the window is
// created with, what it may open, where it may navigate, and which permissions it gets.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../shared/app-identity';
import { createMainWindow, denyAllPermissions, hardenWebContents, isOwnPage } from './main-window';

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type FakeWindow = EventEmitter & {
  options: { webPreferences: Record<string, unknown>; show?: boolean };
  webContents: EventEmitter & { windowOpenHandler?: WindowOpenHandler };
  loadURL: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
};

const fakes = vi.hoisted(() => ({
  windows: [] as unknown[],
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    windowOpenHandler?: WindowOpenHandler;
    setWindowOpenHandler(handler: WindowOpenHandler) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadURL = vi.fn(async (_url: string) => undefined);
    show = vi.fn();
    constructor(public options: unknown) {
      super();
      fakes.windows.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, shell: { openExternal: fakes.openExternal } };
});

const PRELOAD = '/opt/dossier-desk/out/preload/index.cjs';

function openWindow(ownOrigins: readonly string[] = [APP_ORIGIN]): FakeWindow {
  createMainWindow({ preloadPath: PRELOAD, startUrl: `${APP_ORIGIN}/index.html`, ownOrigins });
  return fakes.windows.at(-1) as FakeWindow;
}

/** Emits a navigation event the way Electron does and tells whether the handler prevented it. */
function isBlocked(contents: EventEmitter, eventName: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
  let prevented = false;
  const event = { url, preventDefault: () => (prevented = true) };
  contents.emit(eventName, event, url);
  return prevented;
}

beforeEach(() => {
  fakes.windows.length = 0;
  fakes.openExternal.mockClear();
});

describe('the main window', () => {
  it('is created isolated, sandboxed and without Node, with our preload', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: true,
    });
  });

  it('loads the start page and shows itself only once ready, never blank', () => {
    const window = openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://desk/index.html');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('has its web contents hardened from the start', () => {
    const window = openWindow();
    expect(window.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(isBlocked(window.webContents, 'will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('new windows', () => {
  const openRequest = (url: string) => {
    const window = openWindow();
    return window.webContents.windowOpenHandler!({ url });
  };

  it('are never opened inside the app, even for an allowlisted link', () => {
    expect(openRequest('https://most.gov.vn/')).toEqual({ action: 'deny' });
  });

  it.each(['https://most.gov.vn/', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'https://vbpl.vn/TW/Pages/home.aspx'])(
    'an allowlisted https link (%s) goes to the system browser',
    (url) => {
      expect(openRequest(url)).toEqual({ action: 'deny' });
      expect(fakes.openExternal).toHaveBeenCalledExactlyOnceWith(url);
    },
  );

  it.each([
    'http://most.gov.vn/',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'https://evil.example/',
    'https://most.gov.vn.evil.example/',
    'app://desk/index.html',
    'about:blank',
    '',
  ])('any other link (%s) is denied and opens nothing', (url) => {
    expect(openRequest(url)).toEqual({ action: 'deny' });
    expect(fakes.openExternal).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  const contents = () => {
    const emitter = new EventEmitter() as EventEmitter & { setWindowOpenHandler: () => void };
    emitter.setWindowOpenHandler = () => {};
    return emitter;
  };
  const harden = (ownOrigins: readonly string[] = [APP_ORIGIN]) => {
    const fake = contents();
    hardenWebContents(fake as unknown as WebContents, ownOrigins);
    return fake;
  };

  it.each(['app://desk/index.html', 'app://desk/', 'app://desk/settings?tab=sync#top'])('within app://desk (%s) is allowed', (url) => {
    const fake = harden();
    expect(isBlocked(fake, 'will-navigate', url)).toBe(false);
    expect(isBlocked(fake, 'will-redirect', url)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'https://most.gov.vn/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://desk.evil/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('to a foreign page (%s) is prevented', (url) => {
    const fake = harden();
    expect(isBlocked(fake, 'will-navigate', url)).toBe(true);
    expect(isBlocked(fake, 'will-redirect', url)).toBe(true);
  });

  it('to the dev server is allowed only when the dev server is one of our origins', () => {
    expect(isBlocked(harden([APP_ORIGIN, 'http://localhost:5173']), 'will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(isBlocked(harden([APP_ORIGIN]), 'will-navigate', 'http://localhost:5173/index.html')).toBe(true);
    expect(isBlocked(harden([APP_ORIGIN, 'http://localhost:5173']), 'will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('a <webview> can never be attached', () => {
    expect(isBlocked(harden(), 'will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(isBlocked(harden(), 'will-attach-webview', 'app://desk/index.html')).toBe(true);
  });

  it('recognises our own pages by origin, not by prefix', () => {
    expect(isOwnPage('app://desk/index.html', [APP_ORIGIN])).toBe(true);
    expect(isOwnPage('app://desktop/index.html', [APP_ORIGIN])).toBe(false);
    expect(isOwnPage('app://desk@evil.example/', [APP_ORIGIN])).toBe(false);
  });
});

describe('browser permissions', () => {
  function deniedSession() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
      check?: (...args: unknown[]) => boolean;
      device?: (details: unknown) => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: typeof handlers.device) => (handlers.device = handler),
    };
    denyAllPermissions(session as unknown as Session);
    return handlers;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem'])('a request for %s is refused', (permission) => {
    const callback = vi.fn();
    deniedSession().request!({}, permission, callback, { requestingUrl: 'app://desk/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('every permission check answers no', () => {
    const { check } = deniedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'serial', 'usb']) {
      expect(check!(null, permission, APP_ORIGIN, {})).toBe(false);
    }
  });

  it('only our own page may make its storage persistent', () => {
    const { request, check } = deniedSession();
    const granted = vi.fn();
    request!({}, 'persistent-storage', granted, { requestingUrl: 'app://desk/index.html' });
    expect(granted).toHaveBeenCalledExactlyOnceWith(true);
    const foreign = vi.fn();
    request!({}, 'persistent-storage', foreign, { requestingUrl: 'https://evil.example/' });
    expect(foreign).toHaveBeenCalledExactlyOnceWith(false);
    expect(check!(null, 'persistent-storage', APP_ORIGIN, {})).toBe(true);
    expect(check!(null, 'persistent-storage', 'app://other', {})).toBe(false);
  });

  it('no device (HID, serial, USB) is ever granted', () => {
    expect(deniedSession().device!({ deviceType: 'usb', origin: APP_ORIGIN, device: {} })).toBe(false);
  });
});
