// Which PKCS#11 libraries to try. Each Vietnamese CA ships its own token driver, installed under a
// vendor-specific name; an officer's machine usually has one or two. The order: the paths an
// administrator configured, then DESK_PKCS11_LIBRARY, then the well-known vendor paths below.
// docs/signing-tokens.md lists them for administrators.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Windows token drivers of the CAs licensed in Viet Nam, as their installers place them in
 * System32. Several vendors ship the same Feitian/SafeNet hardware, so one token may answer through
 * two of these; the service keeps the first library that shows a given token serial.
 */
const WINDOWS_LIBRARY_NAMES = [
  'vnpt-ca_csp11.dll', // VNPT-CA
  'vnptca_p11_v8.dll',
  'vnptca_p11_v6.dll',
  'vnpt-ca_v34.dll',
  'viettel-ca_v6.dll', // Viettel-CA
  'viettel-ca_v5.dll',
  'viettel-ca.dll',
  'BkavCA.dll', // BkavCA
  'BkavCAv2S.dll',
  'fpt-ca.dll', // FPT-CA
  'CA2_csp11.dll', // CA2 (Nacencomm)
  'SignatureP11.dll',
  'eps2003csp11.dll', // Feitian ePass2003, the hardware behind many of the above
  'ShuttleCsp11_3003.dll', // Feitian ePass3003
  'eTPKCS11.dll', // SafeNet eToken
  'ngp11v211.dll',
  'st3csp11.dll',
];

const LINUX_LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
  '/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so',
  '/usr/lib/libeps2003csp11.so',
];

const MAC_LIBRARIES = ['/Library/OpenSC/lib/opensc-pkcs11.so', '/usr/local/lib/libeps2003csp11.dylib'];

export function defaultLibraryPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const system32 = path.win32.join(env['SystemRoot'] ?? env['windir'] ?? 'C:\\Windows', 'System32');
    return WINDOWS_LIBRARY_NAMES.map((name) => path.win32.join(system32, name));
  }
  return platform === 'darwin' ? MAC_LIBRARIES : LINUX_LIBRARIES;
}

/** The administrator's setting: `pkcs11.json` in the app's user-data folder. */
export const librarySettingSchema = z.object({ libraries: z.array(z.string().min(1).max(1024)).max(20) }).strict();

/** Reads the setting file; a missing or malformed one means "no configured libraries" (logged). */
export async function readLibrarySetting(file: string, log: (message: string) => void = () => {}): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  try {
    return librarySettingSchema.parse(JSON.parse(text)).libraries;
  } catch {
    log(`signing: ignored ${file}: expected {"libraries": ["C:\\\\Windows\\\\System32\\\\vendor.dll"]}`);
    return [];
  }
}

export function libraryCandidates(options: {
  configured: readonly string[];
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}): string[] {
  const delimiter = options.platform === 'win32' ? ';' : ':';
  const fromEnv = (options.env['DESK_PKCS11_LIBRARY'] ?? '').split(delimiter).filter((entry) => entry.trim() !== '');
  const all = [...options.configured, ...fromEnv, ...defaultLibraryPaths(options.platform, options.env)];
  // Windows paths compare case-insensitively: System32\BkavCA.dll and system32\bkavca.dll are one file.
  const key = (entry: string) => (options.platform === 'win32' ? entry.toLowerCase() : entry);
  const seen = new Set<string>();
  return all.filter((entry) => !seen.has(key(entry)) && seen.add(key(entry)));
}
