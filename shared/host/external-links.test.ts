import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links';

describe('external links an officer may open in the system browser', () => {
  it.each(['https://most.gov.vn/', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'https://www.most.gov.vn/vn/Pages/Trangchu.aspx'])(
    'allows the ministry and national portal site %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );
  it.each([
    'http://most.gov.vn/',
    'https://most.gov.vn.evil.example/',
    'https://evilmost.gov.vn/',
    'https://user:pw@most.gov.vn/',
    'https://most.gov.vn:8443/',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'app://desk/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
