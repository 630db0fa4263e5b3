// The portal origins this build may connect to (DESK_PORTAL_ORIGINS at build time, see
// electron.config.ts), for the connect-src of the app:// CSP header.
import { DEFAULT_PORTAL_ORIGINS } from '../../shared/security/content-security-policy';

declare const __DESK_PORTAL_ORIGINS__: readonly string[] | undefined;

export function buildPortalOrigins(): readonly string[] {
  return typeof __DESK_PORTAL_ORIGINS__ !== 'undefined' ? __DESK_PORTAL_ORIGINS__ : DEFAULT_PORTAL_ORIGINS;
}
