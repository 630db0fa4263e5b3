// Everything the renderer may ask of the operating system. Implemented by the Electron preload
// (typed IPC) and by the browser host (plain Chromium); the renderer picks one at start-up.
import type { HostMethods } from './contract';

export interface DesktopHost extends HostMethods {
  /** Which implementation answers: features that need the OS check this only to explain themselves. */
  readonly kind: 'electron' | 'browser';
}

/** The name under which the preload exposes its host on `window`. */
export const DESKTOP_HOST_GLOBAL = 'desktopHost';
