import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, DEFAULT_PORTAL_ORIGINS, portalOrigins } from './content-security-policy';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe('the content security policy', () => {
  it('allows no inline or evaluated script and no plugins', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('lets the renderer reach only itself and the configured portal', () => {
    const csp = directives(contentSecurityPolicy({ connectSrc: ['https://portal.most.gov.vn'] }));
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://portal.most.gov.vn']);
  });

  it('reaches the local portal by default, and only the bare origins a build names', () => {
    expect(portalOrigins(undefined)).toEqual(DEFAULT_PORTAL_ORIGINS);
    expect(DEFAULT_PORTAL_ORIGINS).toContain('http://127.0.0.1:8787');
    expect(portalOrigins(' https://dichvucong.most.gov.vn/ , http://10.0.0.5:8787')).toEqual(['https://dichvucong.most.gov.vn', 'http://10.0.0.5:8787']);
    for (const bad of ['*', 'https://most.gov.vn/api', "'unsafe-eval'", 'ws://most.gov.vn', 'https://*.gov.vn']) {
      expect(() => portalOrigins(bad)).toThrow(/DESK_PORTAL_ORIGINS/);
    }
    const csp = directives(contentSecurityPolicy({ connectSrc: portalOrigins(undefined) }));
    expect(csp.get('connect-src')).toEqual(["'self'", ...DEFAULT_PORTAL_ORIGINS]);
  });
});
