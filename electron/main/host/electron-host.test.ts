// The DesktopHost of the main process against real temporary files, with the dialogs and the
// shell replaced by fakes: what the officer picks is read or written, and nothing else is.
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CHOSEN_FILE_BYTES } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { dispatchHostCall } from '../host-ipc';
import { createElectronHost } from './electron-host';
import { createTokenService } from '../signing/token-service';
import { createSecretStore } from './secret-store';
import { createUpdateService } from './update-service';

// Spy on readFile (keeping the real one) to prove an oversized file is never read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

let dir: string;

function setUp(options: { window?: BrowserWindow | null } = {}) {
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  };
  const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
  const safeStorage = {
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (plain: string) => Buffer.from(plain, 'utf8').reverse(),
    decryptStringAsync: async (encrypted: Buffer) => ({ result: Buffer.from(encrypted).reverse().toString('utf8'), shouldReEncrypt: false }),
  };
  const host = createElectronHost({
    dialog,
    shell,
    window: () => options.window ?? null,
    appInfo: { name: 'Dossier Desk', version: '0.1.0', platform: 'win32', locale: 'vi' },
    secrets: createSecretStore(safeStorage, path.join(dir, 'userData', 'secrets.json')),
    updates: createUpdateService({ updater: null, currentVersion: '0.1.0' }),
    tokens: createTokenService({ libraryPaths: () => [] }),
  });
  const officerPicks = (filePath: string) => dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [filePath] });
  const officerSavesAs = (filePath: string) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
  return { host, dialog, shell, officerPicks, officerSavesAs };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-desk-host-'));
  vi.mocked(readFile).mockClear();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('getAppInfo', () => {
  it('answers the app info, as the Electron host', async () => {
    const { host } = setUp();
    expect(await host.getAppInfo(undefined)).toEqual({
      ok: true,
      value: { name: 'Dossier Desk', version: '0.1.0', platform: 'win32', locale: 'vi', host: 'electron' },
    });
  });
});

describe('openFile', () => {
  it('answers null when the officer cancels the dialog', async () => {
    const { host } = setUp();
    expect(await host.openFile({})).toEqual({ ok: true, value: null });
  });

  it('answers null when the dialog returns no path', async () => {
    const { host, dialog } = setUp();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    expect(await host.openFile({})).toEqual({ ok: true, value: null });
  });

  it('reads the chosen file into bytes, with its name, size and MIME type', async () => {
    const { host, officerPicks } = setUp();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x00, 0xff]);
    const filePath = path.join(dir, 'Đơn đề nghị.pdf');
    await writeFile(filePath, bytes);
    officerPicks(filePath);
    const answer = await host.openFile({});
    expect(answer).toEqual({ ok: true, value: { name: 'Đơn đề nghị.pdf', size: 10, type: 'application/pdf', bytes } });
    expect(answer.ok && answer.value?.bytes).toBeInstanceOf(Uint8Array);
  });

  it.each([
    ['scan.png', 'image/png'],
    ['SCAN.PNG', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['to-trinh.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['chu-ky.p12', 'application/x-pkcs12'],
    ['chu-ky.pfx', 'application/x-pkcs12'],
    ['notes.xyz', ''],
    ['README', ''],
  ])('gives %s the MIME type %j', async (name, type) => {
    const { host, officerPicks } = setUp();
    await writeFile(path.join(dir, name), 'x');
    officerPicks(path.join(dir, name));
    expect(await host.openFile({})).toMatchObject({ ok: true, value: { name, type } });
  });

  it('passes the title and filters to the dialog, over the app window when there is one', async () => {
    const window = { id: 1 } as unknown as BrowserWindow;
    const { host, dialog } = setUp({ window });
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    await host.openFile({ title: 'Chọn tệp hồ sơ', filters });
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, { title: 'Chọn tệp hồ sơ', properties: ['openFile'], filters });
  });

  it('opens a free-standing dialog when there is no window', async () => {
    const { host, dialog } = setUp({ window: null });
    await host.openFile({});
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ title: undefined, properties: ['openFile'], filters: undefined });
  });

  it('refuses a file larger than maxBytes without reading it', async () => {
    const { host, officerPicks } = setUp();
    const filePath = path.join(dir, 'big.pdf');
    await writeFile(filePath, new Uint8Array(2048));
    officerPicks(filePath);
    expect(await host.openFile({ maxBytes: 1024 })).toMatchObject({ ok: false, error: { code: HostErrorCode.fileTooLarge } });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly maxBytes', async () => {
    const { host, officerPicks } = setUp();
    const filePath = path.join(dir, 'exact.pdf');
    await writeFile(filePath, new Uint8Array(1024));
    officerPicks(filePath);
    expect(await host.openFile({ maxBytes: 1024 })).toMatchObject({ ok: true, value: { size: 1024 } });
  });

  it('refuses a file above the app’s maximum when no limit is asked, without reading it', async () => {
    const { host, officerPicks } = setUp();
    const filePath = path.join(dir, 'huge-scan.pdf');
    await writeFile(filePath, '');
    await truncate(filePath, MAX_CHOSEN_FILE_BYTES + 1); // sparse: costs no disk space
    officerPicks(filePath);
    const answer = await host.openFile({});
    expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.fileTooLarge } });
    expect(answer.ok ? '' : answer.error.message).toContain('50 MB');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers HOST_FILE_UNREADABLE for a file that is gone', async () => {
    const { host, officerPicks } = setUp();
    officerPicks(path.join(dir, 'deleted-meanwhile.pdf'));
    expect(await host.openFile({})).toMatchObject({ ok: false, error: { code: HostErrorCode.fileUnreadable } });
  });

  it('answers HOST_FILE_UNREADABLE for a folder', async () => {
    const { host, officerPicks } = setUp();
    officerPicks(dir);
    expect(await host.openFile({})).toMatchObject({ ok: false, error: { code: HostErrorCode.fileUnreadable } });
  });

  it('answers within the contract when called over IPC', async () => {
    const { host, officerPicks } = setUp();
    await writeFile(path.join(dir, 'a.pdf'), new Uint8Array([1, 2, 3]));
    officerPicks(path.join(dir, 'a.pdf'));
    expect(await dispatchHostCall('openFile', host, {})).toMatchObject({ ok: true, value: { name: 'a.pdf', size: 3 } });
  });
});

describe('saveFile', () => {
  it('writes the bytes to the path the officer chose', async () => {
    const { host, dialog, officerSavesAs } = setUp();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0xff]);
    const target = path.join(dir, 'Quyết định 12.pdf');
    officerSavesAs(target);
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    expect(await host.saveFile({ suggestedName: 'Quyết định 12.pdf', bytes, filters })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Quyết định 12.pdf' },
    });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({ defaultPath: 'Quyết định 12.pdf', filters });
  });

  it('saves nothing when the officer cancels', async () => {
    const { host } = setUp();
    expect(await host.saveFile({ suggestedName: 'a.pdf', bytes: new Uint8Array([1]) })).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('opens the dialog over the app window when there is one', async () => {
    const window = { id: 1 } as unknown as BrowserWindow;
    const { host, dialog } = setUp({ window });
    await host.saveFile({ suggestedName: 'a.pdf', bytes: new Uint8Array([1]) });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'a.pdf' }));
  });
});

describe('openExternal', () => {
  it('opens an allowlisted https link in the system browser', async () => {
    const { host, shell } = setUp();
    expect(await host.openExternal({ url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' })).toEqual({ ok: true, value: null });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html');
  });

  it.each([
    'http://most.gov.vn/',
    'https://evil.example/',
    'https://most.gov.vn.evil.example/',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'ms-settings:privacy',
    'smb://attacker/share',
    'app://desk/index.html',
  ])('refuses %s and never hands it to the shell', async (url) => {
    const { host, shell } = setUp();
    expect(await host.openExternal({ url })).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('secrets, signing keys and updates', () => {
  it('keeps secrets through the secret store', async () => {
    const { host } = setUp();
    expect(await host.setSecret({ key: 'portal.token', value: 'abc' })).toEqual({ ok: true, value: null });
    expect(await host.getSecret({ key: 'portal.token' })).toEqual({ ok: true, value: 'abc' });
    expect(await host.deleteSecret({ key: 'portal.token' })).toEqual({ ok: true, value: null });
    expect(await host.getSecret({ key: 'portal.token' })).toEqual({ ok: true, value: null });
    await host.setSecret({ key: 'officer.a.token', value: 'abc' });
    expect(await host.deleteAllSecrets(undefined)).toEqual({ ok: true, value: null });
    expect(await host.getSecret({ key: 'officer.a.token' })).toEqual({ ok: true, value: null });
  });

  it('lists no signing key until a key source is configured', async () => {
    expect(await setUp().host.listSigningKeys(undefined)).toEqual({ ok: true, value: [] });
  });

  it('reports updates as unsupported without an updater, and refuses to install', async () => {
    const { host } = setUp();
    expect(await host.getUpdateStatus(undefined)).toEqual({ ok: true, value: { state: 'unsupported', currentVersion: '0.1.0' } });
    expect(await host.checkForUpdates(undefined)).toEqual({ ok: true, value: { state: 'unsupported', currentVersion: '0.1.0' } });
    expect(await host.installUpdate(undefined)).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    expect(await host.setUpdateChannel({ channel: 'pilot' })).toMatchObject({ ok: false, error: { code: HostErrorCode.unavailable } });
    expect(await host.setRestartBlockers({ blockers: ['sync'] })).toMatchObject({ ok: true, value: { state: 'unsupported' } });
    expect(await host.setUpdatePolicy({ minimumVersion: '0.2.0' })).toMatchObject({ ok: true, value: { state: 'unsupported' } });
  });
});
