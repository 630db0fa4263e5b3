import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_URL, judgePortalUrl, loadPortalUrl, PORTAL_URL_STORAGE_KEY } from './portal-url';

describe('the portal address in Cài đặt', () => {
  it('accepts an http(s) origin, with or without the trailing slash', () => {
    expect(judgePortalUrl(' https://dichvucong.most.gov.vn/ ')).toEqual({ ok: true, origin: 'https://dichvucong.most.gov.vn' });
    expect(judgePortalUrl('http://127.0.0.1:8787')).toEqual({ ok: true, origin: 'http://127.0.0.1:8787' });
  });

  it('refuses anything else with a reason', () => {
    expect(judgePortalUrl('')).toEqual({ ok: false, reason: 'empty' });
    expect(judgePortalUrl('cong dich vu')).toEqual({ ok: false, reason: 'invalid' });
    expect(judgePortalUrl('ftp://most.gov.vn')).toEqual({ ok: false, reason: 'scheme' });
    expect(judgePortalUrl('javascript:alert(1)')).toEqual({ ok: false, reason: 'scheme' });
    expect(judgePortalUrl('https://most.gov.vn/api/v1')).toEqual({ ok: false, reason: 'path' });
    expect(judgePortalUrl('https://user:pw@most.gov.vn')).toEqual({ ok: false, reason: 'path' });
  });

  it('falls back to the loopback portal when nothing valid is saved', () => {
    const storage = (value: string | null) => ({ getItem: (key: string) => (key === PORTAL_URL_STORAGE_KEY ? value : null), setItem: () => {} });
    expect(loadPortalUrl(storage(null))).toBe(DEFAULT_PORTAL_URL);
    expect(loadPortalUrl(storage('not a url'))).toBe(DEFAULT_PORTAL_URL);
    expect(loadPortalUrl(storage('https://cong.most.gov.vn'))).toBe('https://cong.most.gov.vn');
  });
});
