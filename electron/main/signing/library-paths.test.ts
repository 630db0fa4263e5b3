// Which PKCS#11 libraries are tried, in which order, from the setting, the environment and the
// vendor defaults.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultLibraryPaths, libraryCandidates, readLibrarySetting } from './library-paths';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-desk-pkcs11-setting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the vendor defaults', () => {
  it('on Windows, are the CA token drivers in System32 of the Windows folder actually in use', () => {
    const paths = defaultLibraryPaths('win32', { SystemRoot: 'D:\\WINDOWS' });
    expect(paths).toContain('D:\\WINDOWS\\System32\\vnpt-ca_csp11.dll');
    expect(paths).toContain('D:\\WINDOWS\\System32\\viettel-ca_v6.dll');
    expect(paths).toContain('D:\\WINDOWS\\System32\\BkavCA.dll');
    expect(paths.every((entry) => entry.startsWith('D:\\WINDOWS\\System32\\'))).toBe(true);
  });
});

describe('the order libraries are tried in', () => {
  it('is the setting, then DESK_PKCS11_LIBRARY, then the defaults, each path once', () => {
    const candidates = libraryCandidates({
      configured: ['C:\\Tokens\\vendor.dll', 'C:\\WINDOWS\\system32\\BKAVCA.DLL'],
      platform: 'win32',
      env: { SystemRoot: 'C:\\Windows', DESK_PKCS11_LIBRARY: 'E:\\a.dll;;C:\\Tokens\\vendor.dll' },
    });
    expect(candidates.slice(0, 3)).toEqual(['C:\\Tokens\\vendor.dll', 'C:\\WINDOWS\\system32\\BKAVCA.DLL', 'E:\\a.dll']);
    expect(candidates.filter((entry) => entry.toLowerCase().endsWith('bkavca.dll'))).toHaveLength(1);
  });

  it('splits DESK_PKCS11_LIBRARY on colons outside Windows', () => {
    const candidates = libraryCandidates({ configured: [], platform: 'linux', env: { DESK_PKCS11_LIBRARY: '/usr/lib/softhsm/libsofthsm2.so:/opt/x.so' } });
    expect(candidates.slice(0, 2)).toEqual(['/usr/lib/softhsm/libsofthsm2.so', '/opt/x.so']);
  });
});

describe('the administrator’s setting file', () => {
  it('reads the configured libraries', async () => {
    const file = path.join(dir, 'pkcs11.json');
    writeFileSync(file, JSON.stringify({ libraries: ['C:\\Windows\\System32\\vnptca_p11_v8.dll'] }));
    expect(await readLibrarySetting(file)).toEqual(['C:\\Windows\\System32\\vnptca_p11_v8.dll']);
  });

  it('a missing file means no setting; a malformed one is ignored and logged', async () => {
    expect(await readLibrarySetting(path.join(dir, 'absent.json'))).toEqual([]);
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{"libraries": "C:\\\\one.dll"}');
    const log = vi.fn();
    expect(await readLibrarySetting(file, log)).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('broken.json'));
  });
});
