// The preload bridge, with Electron mocked: it exposes exactly the DesktopHost methods under
// window.desktopHost, each forwarding to its own IPC channel, and nothing else.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostChannel, hostMethodNames } from '../../shared/host/channels';
import { DESKTOP_HOST_GLOBAL } from '../../shared/host/desktop-host';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

// Imported after the mock is in place: loading the preload exposes the host once.
const { buildPreloadApi } = await import('./index');
const [exposedAs, exposed] = electron.exposeInMainWorld.mock.calls[0] ?? [];
const desktopHost = exposed as Record<string, unknown>;

beforeEach(() => {
  electron.invoke.mockClear();
});

describe('loading the preload', () => {
  it('exposes the host once, as window.desktopHost', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposedAs).toBe(DESKTOP_HOST_GLOBAL);
    expect(exposedAs).toBe('desktopHost');
  });

  it('exposes exactly kind and the contract’s methods', () => {
    const keys = Object.keys(desktopHost).sort();
    expect(keys).toMatchInlineSnapshot(`
      [
        "checkForUpdates",
        "deleteAllSecrets",
        "deleteSecret",
        "getAppInfo",
        "getSecret",
        "getUpdateStatus",
        "installUpdate",
        "kind",
        "listSigningKeys",
        "openExternal",
        "openFile",
        "saveFile",
        "setRestartBlockers",
        "setSecret",
        "setUpdateChannel",
        "setUpdatePolicy",
        "signingTokens",
        "tokenLogin",
        "tokenLogout",
        "tokenSign",
      ]
    `);
    expect(keys).toEqual(['kind', ...hostMethodNames].sort());
  });

  it('says it is the Electron host', () => {
    expect(desktopHost['kind']).toBe('electron');
  });

  it('exposes no ipcRenderer, process or other Node object: only functions and the kind', () => {
    for (const [key, value] of Object.entries(desktopHost)) {
      if (key === 'kind') continue;
      expect(value, key).toBeTypeOf('function');
    }
    expect(JSON.stringify(desktopHost)).toBe('{"kind":"electron"}');
  });

  it('cannot be changed by the page', () => {
    expect(Object.isFrozen(desktopHost)).toBe(true);
    expect(() => {
      desktopHost['getSecret'] = () => 'stolen';
    }).toThrow(TypeError);
  });

  it('forwards each method to ipcRenderer.invoke on its own channel', async () => {
    for (const method of hostMethodNames) {
      electron.invoke.mockClear();
      await (desktopHost[method] as (request?: unknown) => Promise<unknown>)({ probe: method });
      expect(electron.invoke, method).toHaveBeenCalledExactlyOnceWith(hostChannel(method), { probe: method });
    }
  });

  it('hands back the main process’s answer unchanged', async () => {
    const answer = { ok: true, value: { name: 'Dossier Desk', version: '0.1.0', platform: 'win32', host: 'electron', locale: 'vi' } };
    electron.invoke.mockResolvedValueOnce(answer);
    expect(await (desktopHost['getAppInfo'] as () => Promise<unknown>)()).toBe(answer);
  });
});

describe('buildPreloadApi', () => {
  it('forwards each method to the given invoke with the channel from hostChannel()', async () => {
    const invoke = vi.fn(async (channel: string, request: unknown) => ({ channel, request }));
    const api = buildPreloadApi(invoke) as Record<string, (request?: unknown) => Promise<unknown>>;
    for (const method of hostMethodNames) {
      expect(await api[method]!({ key: 'portal.token' }), method).toEqual({ channel: `desk:host:${method}`, request: { key: 'portal.token' } });
    }
    expect(invoke).toHaveBeenCalledTimes(hostMethodNames.length);
  });

  it('sends only the request, whatever else the page passes', async () => {
    const invoke = vi.fn(async (..._args: unknown[]) => null);
    const api = buildPreloadApi(invoke) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api['getSecret']!({ key: 'portal.token' }, 'extra', { channel: 'desk:host:setSecret' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('desk:host:getSecret', { key: 'portal.token' });
  });

  it('sends undefined for a method without a request', async () => {
    const invoke = vi.fn(async (..._args: unknown[]) => null);
    const api = buildPreloadApi(invoke) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api['getAppInfo']!();
    expect(invoke).toHaveBeenCalledExactlyOnceWith('desk:host:getAppInfo', undefined);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(buildPreloadApi(async () => null))).toBe(true);
  });
});
