// The one Content-Security-Policy of the app, served as a header on app:// and as a <meta> in web
// builds. No inline scripts, no eval, no remote code; connections only to ourselves and the portal.

/** The portal a build may reach when DESK_PORTAL_ORIGINS does not say otherwise: the local one. */
export const DEFAULT_PORTAL_ORIGINS: readonly string[] = ['http://127.0.0.1:8787', 'http://localhost:8787'];

/**
 * The portal origins of a build, from a comma-separated setting (DESK_PORTAL_ORIGINS at build
 * time). Each must be a bare http(s) origin; anything else stops the build rather than widening
 * or silently breaking the policy.
 */
export function portalOrigins(configured: string | undefined): string[] {
  const listed = (configured ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (listed.length === 0) return [...DEFAULT_PORTAL_ORIGINS];
  return listed.map((entry) => {
    let origin: string;
    try {
      origin = new URL(entry).origin;
    } catch {
      throw new Error(`DESK_PORTAL_ORIGINS: "${entry}" is not a URL.`);
    }
    // No wildcards or paths: a CSP source list would read them as patterns, not as one portal.
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin) || origin !== entry.replace(/\/$/, '')) throw new Error(`DESK_PORTAL_ORIGINS: "${entry}" must be an http(s) origin, nothing more.`);
    return origin;
  });
}
export function contentSecurityPolicy(options: { connectSrc?: readonly string[] } = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "manifest-src 'self'",
  ].join('; ');
}

/** Directives a <meta> element cannot carry; only the app:// header adds them. */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";
