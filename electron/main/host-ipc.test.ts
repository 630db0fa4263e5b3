// The IPC surface of the main process: one handler per contract method, and every call checked
// (sender, request, answer) before or after the implementation runs.
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostMethodNames } from '../../shared/host/channels';
import { hostChannel, hostContract, type HostMethod, type HostMethods } from '../../shared/host/contract';
import { HostErrorCode } from '../../shared/host/errors';
import { err, ok } from '../../shared/result';
import { registerHostHandlers, type IpcMainLike } from './host-ipc';
import { createSenderCheck, type IpcSenderEvent } from './sender-check';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain as far as the host needs it; like Electron, it refuses a second handler on one channel. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => void listeners.delete(channel)),
  } satisfies IpcMainLike;
  const invoke = async (method: HostMethod, event: IpcSenderEvent, ...args: unknown[]) => {
    const listener = listeners.get(hostChannel(method));
    if (!listener) throw new Error(`No handler registered for '${hostChannel(method)}'`);
    return listener(event as unknown as IpcMainInvokeEvent, ...args);
  };
  return { ipcMain, listeners, invoke };
}

/** A host whose every method answers correctly; tests replace one method at a time. */
function fakeHost() {
  return {
    getAppInfo: vi.fn(async () => ok({ name: 'Dossier Desk', version: '0.1.0', platform: 'win32', host: 'electron' as const, locale: 'vi' })),
    openFile: vi.fn(async () => ok(null)),
    saveFile: vi.fn(async () => ok({ saved: true, fileName: 'Quyết định 12.pdf' })),
    getSecret: vi.fn(async () => ok<string | null>('portal-token-value')),
    setSecret: vi.fn(async () => ok(null)),
    deleteSecret: vi.fn(async () => ok(null)),
    deleteAllSecrets: vi.fn(async () => ok(null)),
    listSigningKeys: vi.fn(async () => ok([])),
    getUpdateStatus: vi.fn(async () => ok({ state: 'idle' as const, currentVersion: '0.1.0' })),
    checkForUpdates: vi.fn(async () => ok({ state: 'not-available' as const, currentVersion: '0.1.0' })),
    installUpdate: vi.fn(async () => ok({ restarting: true, blockedBy: [] })),
    setUpdateChannel: vi.fn(async () => ok({ state: 'checking' as const, currentVersion: '0.1.0', channel: 'pilot' as const })),
    setRestartBlockers: vi.fn(async () => ok({ state: 'idle' as const, currentVersion: '0.1.0', blockedBy: ['sync' as const] })),
    setUpdatePolicy: vi.fn(async () => ok({ state: 'checking' as const, currentVersion: '0.1.0', requiredVersion: '0.2.0' })),
    openExternal: vi.fn(async () => ok(null)),
    signingTokens: vi.fn(async () => ok([])),
    tokenLogin: vi.fn(async () => ok(null)),
    tokenSign: vi.fn(async () => ok(new Uint8Array(256))),
    tokenLogout: vi.fn(async () => ok(null)),
  } satisfies HostMethods;
}

type Frame = { url: string; parent: Frame | null };
const fromMainFrame = (url: string): IpcSenderEvent => {
  const frame: Frame = { url, parent: null };
  return { senderFrame: frame, sender: { mainFrame: frame } };
};
const ourWindow = fromMainFrame('app://desk/index.html');

/** A valid request for each method, so every method can be called in a loop. */
const validRequests: { [M in HostMethod]: unknown } = {
  getAppInfo: undefined,
  openFile: { title: 'Chọn tệp hồ sơ', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  saveFile: { suggestedName: 'Quyết định 12.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
  getSecret: { key: 'portal.token' },
  setSecret: { key: 'portal.token', value: 'abc' },
  deleteSecret: { key: 'portal.token' },
  deleteAllSecrets: undefined,
  listSigningKeys: undefined,
  getUpdateStatus: undefined,
  checkForUpdates: undefined,
  installUpdate: undefined,
  setUpdateChannel: { channel: 'pilot' },
  setRestartBlockers: { blockers: ['unsaved-work', 'sync'] },
  setUpdatePolicy: { minimumVersion: '0.2.0' },
  openExternal: { url: 'https://most.gov.vn/' },
  signingTokens: undefined,
  tokenLogin: { tokenSerial: '63deda8a9ca4f30e', pin: '123456' },
  tokenSign: { tokenSerial: '63deda8a9ca4f30e', keyId: '01', data: new Uint8Array(120) },
  tokenLogout: {},
};

let ipc: ReturnType<typeof fakeIpcMain>;
let host: ReturnType<typeof fakeHost>;
let log: ReturnType<typeof vi.fn<(message: string) => void>>;

beforeEach(() => {
  ipc = fakeIpcMain();
  host = fakeHost();
  log = vi.fn<(message: string) => void>();
  registerHostHandlers(ipc.ipcMain, host, createSenderCheck(), log);
});

describe('registering the host on ipcMain', () => {
  it('registers exactly one handler per contract method, on the channel the preload uses', () => {
    const channels = ipc.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(hostMethodNames.map(hostChannel).sort());
    expect(channels.sort()).toEqual(Object.keys(hostContract).map((m) => `desk:host:${m}`).sort());
  });

  it('the unregister function removes every handler, so the host can be registered again', () => {
    const fresh = fakeIpcMain();
    const unregister = registerHostHandlers(fresh.ipcMain, fakeHost(), createSenderCheck());
    expect(fresh.listeners.size).toBe(hostMethodNames.length);
    unregister();
    expect(fresh.listeners.size).toBe(0);
    expect(fresh.ipcMain.removeHandler.mock.calls.map(([channel]) => channel).sort()).toEqual(hostMethodNames.map(hostChannel).sort());
    expect(() => registerHostHandlers(fresh.ipcMain, fakeHost(), createSenderCheck())).not.toThrow();
  });
});

describe('a call from a sender that is not our main frame', () => {
  const mainFrame: Frame = { url: 'app://desk/index.html', parent: null };
  const untrusted: Array<[string, IpcSenderEvent]> = [
    ['a subframe of our window', { senderFrame: { url: 'app://desk/frame.html', parent: mainFrame }, sender: { mainFrame } }],
    ['a page on https://evil.example', fromMainFrame('https://evil.example/')],
    ['a local file', fromMainFrame('file:///C:/Users/officer/page.html')],
    ['a frame that has gone away', { senderFrame: null, sender: { mainFrame } }],
  ];

  it.each(untrusted)('from %s is refused by every method, and no implementation runs', async (_who, event) => {
    for (const method of hostMethodNames) {
      const answer = await ipc.invoke(method, event, validRequests[method]);
      expect(answer, method).toMatchObject({ ok: false, error: { code: HostErrorCode.forbiddenSender } });
    }
    for (const implementation of Object.values(host)) expect(implementation).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused a sender'));
  });
});

describe('a call with an invalid request', () => {
  it.each<[HostMethod, string, unknown]>([
    ['getSecret', 'a key of the wrong type', { key: 42 }],
    ['getSecret', 'an unknown field', { key: 'portal.token', extra: true }],
    ['getSecret', 'a key that looks like a path', { key: '../../etc/passwd' }],
    ['setSecret', 'a missing value', { key: 'portal.token' }],
    ['setSecret', 'a value over 64 KiB', { key: 'portal.token', value: 'x'.repeat(64 * 1024 + 1) }],
    ['openExternal', 'a bare string instead of an object', 'https://most.gov.vn/'],
    ['openExternal', 'a URL of the wrong type', { url: ['https://most.gov.vn/'] }],
    ['getAppInfo', 'an argument where none is expected', { verbose: true }],
    ['saveFile', 'a file name with a path in it', { suggestedName: '..\\..\\Startup\\evil.exe', bytes: new Uint8Array(1) }],
    ['saveFile', 'bytes that are not a Uint8Array', { suggestedName: 'a.pdf', bytes: [1, 2, 3] }],
    ['openFile', 'a negative size limit', { maxBytes: -1 }],
    ['openFile', 'a size limit above the app’s maximum', { maxBytes: 10 * 1024 * 1024 * 1024 }],
    ['openFile', 'null instead of an object', null],
  ])('%s with %s is refused, and the implementation never runs', async (method, _what, request) => {
    const answer = await ipc.invoke(method, ourWindow, request);
    expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidRequest } });
    expect(host[method]).not.toHaveBeenCalled();
  });
});

describe('an implementation that fails', () => {
  it('throwing becomes HOST_INTERNAL, with the details logged in main and not sent to the page', async () => {
    host.getSecret.mockRejectedValueOnce(new Error('EACCES: permission denied, open C:\\Users\\officer\\secrets.json'));
    const answer = await ipc.invoke('getSecret', ourWindow, { key: 'portal.token' });
    expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.internal } });
    expect(JSON.stringify(answer)).not.toContain('EACCES');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EACCES'));
  });

  it('throwing something that is not an Error is caught as well', async () => {
    host.openExternal.mockImplementationOnce(() => {
      throw 'boom';
    });
    expect(await ipc.invoke('openExternal', ourWindow, { url: 'https://most.gov.vn/' })).toMatchObject({
      ok: false,
      error: { code: HostErrorCode.internal },
    });
  });

  it.each<[HostMethod, string, unknown]>([
    ['getAppInfo', 'an app info with fields missing', ok({ name: 'Dossier Desk' })],
    ['getAppInfo', 'an app info with an unknown host', ok({ name: 'x', version: '1', platform: 'win32', host: 'web', locale: 'vi' })],
    ['getAppInfo', 'an app info with an extra field', ok({ name: 'x', version: '1', platform: 'win32', host: 'electron', locale: 'vi', pid: 4242 })],
    ['getSecret', 'a number instead of a string', ok(42)],
    ['setSecret', 'a value where null is declared', ok('done')],
    ['openFile', 'file bytes as a plain array', ok({ name: 'a.pdf', type: 'application/pdf', size: 3, bytes: [1, 2, 3] })],
    ['getUpdateStatus', 'a percentage above 100', ok({ state: 'downloading', currentVersion: '0.1.0', percent: 140 })],
    ['getAppInfo', 'nothing at all', undefined],
    ['getSecret', 'a bare value that is not a Result', 'portal-token-value'],
    ['getSecret', 'an error without a code', { ok: false, error: { message: 'lỗi' } }],
  ])('%s answering %s gets HOST_INVALID_RESPONSE', async (method, _what, answer) => {
    host[method].mockResolvedValueOnce(answer as never);
    const result = await ipc.invoke(method, ourWindow, validRequests[method]);
    expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidResponse } });
    expect(host[method]).toHaveBeenCalledTimes(1);
  });
});

describe('a valid call from our window', () => {
  it('reaches the implementation with the request and returns its answer', async () => {
    const answer = await ipc.invoke('getSecret', ourWindow, { key: 'portal.token' });
    expect(answer).toEqual({ ok: true, value: 'portal-token-value' });
    expect(host.getSecret).toHaveBeenCalledExactlyOnceWith({ key: 'portal.token' });
  });

  it('passes bytes through unchanged', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    await ipc.invoke('saveFile', ourWindow, { suggestedName: 'Quyết định 12.pdf', bytes });
    expect(host.saveFile).toHaveBeenCalledExactlyOnceWith({ suggestedName: 'Quyết định 12.pdf', bytes });
  });

  it('passes an error result of the implementation through as it is', async () => {
    const unavailable = err<string | null>(HostErrorCode.secretStoreUnavailable, 'Kho bí mật chưa sẵn sàng.');
    host.getSecret.mockResolvedValueOnce(unavailable);
    expect(await ipc.invoke('getSecret', ourWindow, { key: 'portal.token' })).toEqual(unavailable);
  });

  it('works for every method of the contract', async () => {
    for (const method of hostMethodNames) {
      const answer = await ipc.invoke(method, ourWindow, validRequests[method]);
      expect(answer, method).toMatchObject({ ok: true });
      expect(host[method], method).toHaveBeenCalledTimes(1);
    }
  });

  it('ignores any argument after the request', async () => {
    await ipc.invoke('getSecret', ourWindow, { key: 'portal.token' }, { key: 'other' }, 'smuggled');
    expect(host.getSecret).toHaveBeenCalledExactlyOnceWith({ key: 'portal.token' });
  });
});
