// The portal this desk syncs with: an http(s) origin, set in Cài đặt, remembered on this machine
// (a setting, not a secret). The build's Content-Security-Policy must allow the same origin.
import { create } from 'zustand';
import { DEFAULT_PORTAL_ORIGINS } from '../../../../shared/security/content-security-policy';

declare const __DESK_PORTAL_ORIGINS__: readonly string[] | undefined;

/** The origins this build's CSP lets the renderer connect to (renderer/vite.config.ts). */
export function allowedPortalOrigins(): readonly string[] {
  return typeof __DESK_PORTAL_ORIGINS__ !== 'undefined' ? __DESK_PORTAL_ORIGINS__ : DEFAULT_PORTAL_ORIGINS;
}

export const DEFAULT_PORTAL_URL = 'http://127.0.0.1:8787';
export const PORTAL_URL_STORAGE_KEY = 'desk.portalUrl';

export type PortalUrlVerdict = { ok: true; origin: string } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' | 'path' };

/** Accepts an origin ("https://dichvucong.most.gov.vn", a trailing "/" is fine); nothing else. */
export function judgePortalUrl(input: string): PortalUrlVerdict {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return { ok: false, reason: 'path' };
  return { ok: true, origin: url.origin };
}

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;
const browserStorage = (): PreferenceStorage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function loadPortalUrl(storage: PreferenceStorage | undefined = browserStorage()): string {
  try {
    const saved = storage?.getItem(PORTAL_URL_STORAGE_KEY);
    const verdict = saved ? judgePortalUrl(saved) : null;
    return verdict?.ok ? verdict.origin : DEFAULT_PORTAL_URL;
  } catch {
    return DEFAULT_PORTAL_URL;
  }
}

type PortalUrlState = { portalUrl: string; setPortalUrl: (origin: string) => void };

export const usePortalUrl = create<PortalUrlState>()((set) => ({
  portalUrl: loadPortalUrl(),
  setPortalUrl: (origin) => {
    try {
      browserStorage()?.setItem(PORTAL_URL_STORAGE_KEY, origin);
    } catch {
      // Still applies for this session.
    }
    set({ portalUrl: origin });
  },
}));
