// The Electron security checklist, read off the sources that ship (electron/ and shared/, tests
// left out): what must never be written anywhere, and the defences the main entry must wire. The
// behaviour of each defence is tested beside it (main-window, sender-check, host-ipc, app-protocol,
// secret-store, preload); this makes sure no other code path goes around them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
type Source = { file: string; text: string };
let sources: Source[];

async function shippedSources(folder: string): Promise<Source[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(root, file), 'utf8') })));
}

/** `file:line  code` for every line of the sources that matches. */
function occurrences(pattern: RegExp, where: (file: string) => boolean = () => true): string[] {
  return sources
    .filter((s) => where(s.file))
    .flatMap(({ file, text }) => text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}  ${line.trim()}`] : [])));
}

const inElectron = (file: string) => file.startsWith('electron/');
const fileOf = (occurrence: string) => occurrence.split(':')[0];

beforeAll(async () => {
  sources = [...(await shippedSources('electron')), ...(await shippedSources('shared'))];
});

describe('the sources that ship', () => {
  it('are read (the checks below see the real main process)', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['electron/main/index.ts', 'electron/main/main-window.ts', 'electron/preload/index.ts']));
  });

  it('use safeStorage only through its async API (no encryptString/decryptString, which block on the OS)', () => {
    expect(occurrences(/\.(encryptString|decryptString|isEncryptionAvailable)\s*\(/)).toEqual([]);
    expect(occurrences(/\bsafeStorage\.\w+\s*\(/).filter((line) => !/safeStorage\.(encryptStringAsync|decryptStringAsync|isAsyncEncryptionAvailable)\(/.test(line))).toEqual([]);
    expect(occurrences(/\.encryptStringAsync\(/, inElectron).length).toBeGreaterThan(0);
  });

  it('never weaken a window: no Node, no lost isolation or sandbox, web security on, no insecure content, no experimental features', () => {
    const weakening =
      /\b(nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures|webviewTag:\s*true|enableRemoteModule|allowpopups|disablewebsecurity)\b/i;
    expect(occurrences(weakening)).toEqual([]);
  });

  it('create windows in one place only, the hardened main window', () => {
    expect(occurrences(/new (BrowserWindow|BrowserView|WebContentsView)\s*\(/).map(fileOf)).toEqual(['electron/main/main-window.ts']);
  });

  it('hand a URL to the system browser only after isAllowedExternalUrl passed', () => {
    const calls = sources.flatMap(({ file, text }) => {
      const lines = text.split('\n');
      return lines.flatMap((line, i) => (/\.openExternal\s*\(/.test(line) && !/^\s*(async\s+)?openExternal\s*\(/.test(line) ? [{ file, line: i + 1, guard: lines.slice(Math.max(0, i - 3), i + 1).join('\n') }] : []));
    });
    expect(calls.map((c) => c.file).sort()).toEqual(['electron/main/host/electron-host.ts', 'electron/main/main-window.ts']);
    for (const call of calls) expect(call.guard, `${call.file}:${call.line}`).toMatch(/isAllowedExternalUrl\(/);
  });

  it('answer IPC only through host-ipc.ts, where the sender check and the schemas sit', () => {
    expect([...new Set(occurrences(/\bipcMain\.(handle|handleOnce|on|once|addListener)\s*\(/).map(fileOf))]).toEqual(['electron/main/host-ipc.ts']);
  });

  it('never weaken TLS: no certificate-error override, no custom verifier, no switch that ignores certificates', () => {
    expect(occurrences(/certificate-error|setCertificateVerifyProc|ignore-certificate-errors|NODE_TLS_REJECT_UNAUTHORIZED|rejectUnauthorized:\s*false/)).toEqual([]);
  });

  it('give app:// no privilege beyond its own (no CSP bypass, no CORS, no service workers)', () => {
    expect(occurrences(/bypassCSP|corsEnabled|allowServiceWorkers/)).toEqual([]);
    expect(occurrences(/registerSchemesAsPrivileged\(/).map((o) => o.split('  ')[1])).toEqual(['protocol.registerSchemesAsPrivileged([appSchemePrivileges]);']);
  });
});

describe('the main entry (electron/main/index.ts)', () => {
  const entry = () => sources.find((s) => s.file === 'electron/main/index.ts')!.text;

  it('denies browser permissions on the default session, requests and checks alike', () => {
    expect(entry()).toMatch(/denyAllPermissions\(session\.defaultSession, ownOrigins\)/);
  });

  it('registers the DesktopHost with the sender check of our own origins', () => {
    expect(entry()).toMatch(/registerHostHandlers\(ipcMain, host, createSenderCheck\(ownOrigins\)/);
  });

  it('trusts the dev server only in an unpackaged build', () => {
    expect(entry()).toMatch(/const devServerUrl = !app\.isPackaged \? process\.env\['ELECTRON_RENDERER_URL'\] : undefined;/);
  });

  it('blocks <webview> in every web contents, not only the main window', () => {
    expect(entry()).toMatch(/web-contents-created[\s\S]{0,120}will-attach-webview[\s\S]{0,60}preventDefault/);
  });
});
