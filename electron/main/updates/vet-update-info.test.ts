// Our check of a channel file before any download: the release schema, the feed's own folder, a newer version.
import { describe, expect, it } from 'vitest';
import { vetUpdateInfo } from './vet-update-info';

const SHA = `${'A'.repeat(86)}==`;
const info = (change: Record<string, unknown> = {}) => ({
  version: '0.2.0',
  files: [{ url: 'DossierDesk-Setup-0.2.0.exe', sha512: SHA, size: 10 }],
  path: 'DossierDesk-Setup-0.2.0.exe',
  sha512: SHA,
  releaseDate: '2026-11-27T02:00:00.000Z',
  ...change,
});
const vet = (value: unknown, feedUrl = 'https://portal.most.gov.vn/updates') => vetUpdateInfo(value, { feedUrl, currentVersion: '0.1.0' });

describe('a channel file', () => {
  it('is accepted when it names a newer version inside the feed folder (with or without its trailing slash)', () => {
    expect(vet(info())).toMatchObject({ ok: true, metadata: { version: '0.2.0' } });
    expect(vet(info(), 'https://portal.most.gov.vn/updates/')).toMatchObject({ ok: true });
    expect(vet(info({ files: [{ url: 'https://portal.most.gov.vn/updates/DossierDesk-Setup-0.2.0.exe', sha512: SHA, size: 10 }] }))).toMatchObject({ ok: true });
  });

  it.each<[string, Record<string, unknown>]>([
    ['another scheme on the same host', { path: 'http://portal.most.gov.vn/updates/x.exe' }],
    ['another port', { path: 'https://portal.most.gov.vn:8443/updates/x.exe' }],
    ['credentials in the URL', { path: 'https://admin:pw@portal.most.gov.vn/updates/x.exe' }],
    ['another folder on the same host', { path: '/private/x.exe' }],
    ['a protocol-relative URL', { path: '//evil.example/x.exe' }],
  ])('is refused as pointing elsewhere for %s', (_what, change) => {
    expect(vet(info(change))).toMatchObject({ ok: false, older: false, refusal: { problem: 'otherHost' } });
  });

  it.each<[string, unknown]>([
    ['nothing at all', null],
    ['a string', 'version: 0.2.0'],
    ['a numeric version (YAML read 1.0 as a number)', info({ version: 1.0 })],
    ['a sha512 that is not base64 SHA-512', info({ sha512: 'abc' })],
    ['a size of zero', info({ files: [{ url: 'a.exe', sha512: SHA, size: 0 }] })],
    ['a staging share over 100', info({ stagingPercentage: 150 })],
  ])('is refused as malformed for %s', (_what, value) => {
    expect(vet(value)).toMatchObject({ ok: false, older: false, refusal: { problem: 'metadata' } });
  });

  it('offering an older version is refused quietly, marked as older', () => {
    expect(vet(info({ version: '0.0.9' }))).toMatchObject({ ok: false, older: true });
  });
});
