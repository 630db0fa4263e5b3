// Chooses the DesktopHost once at start-up: the preload's bridge inside Electron, else the browser host.
import { DESKTOP_HOST_GLOBAL, type DesktopHost } from '../../../shared/host/desktop-host';
import { createBrowserHost } from './browser-host';
import { createElectronHostClient } from './electron-host-client';

export function pickHost(win: Window = window): DesktopHost {
  const bridge = (win as unknown as Record<string, unknown>)[DESKTOP_HOST_GLOBAL];
  // Present means we run under our preload; its answers are still checked against the contract.
  if (bridge && typeof bridge === 'object') {
    return createElectronHostClient(bridge, (message) => console.warn(message));
  }
  return createBrowserHost({ window: win });
}
