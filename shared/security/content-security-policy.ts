// The one Content-Security-Policy of the app, served as a header on app:// and as a <meta> in web
// builds. No inline scripts, no eval, no remote code; connections only to ourselves and the portal.
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
