import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

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
});
