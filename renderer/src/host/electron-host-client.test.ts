// The Electron client believes no answer from the bridge that breaks the contract.
import { describe, expect, it, vi } from 'vitest';
import { hostMethodNames } from '../../../shared/host/channels';
import { HostErrorCode } from '../../../shared/host/errors';
import { createElectronHostClient } from './electron-host-client';

const appInfo = { name: 'Dossier Desk', version: '0.1.0', platform: 'win32', host: 'electron', locale: 'vi' };

describe('the Electron host client', () => {
  it('offers every method of the contract and says it is the desktop host', () => {
    const client = createElectronHostClient({});
    expect(client.kind).toBe('electron');
    for (const method of hostMethodNames) expect(typeof client[method]).toBe('function');
  });

  it('forwards the request and returns an answer that matches the contract', async () => {
    const getSecret = vi.fn(async () => ({ ok: true, value: 'mã-bí-mật' }));
    const client = createElectronHostClient({ getSecret });
    expect(await client.getSecret({ key: 'portal.token' })).toEqual({ ok: true, value: 'mã-bí-mật' });
    expect(getSecret).toHaveBeenCalledWith({ key: 'portal.token' });
  });

  it("passes the host's own error answers through", async () => {
    const error = { code: HostErrorCode.notAllowed, message: 'Liên kết này không được phép.' };
    const client = createElectronHostClient({ openExternal: async () => ({ ok: false, error }) });
    expect(await client.openExternal({ url: 'https://evil.example/' })).toEqual({ ok: false, error });
  });

  it.each([
    ['a value missing fields', { ok: true, value: { name: 'Dossier Desk' } }],
    ['a value with a field the contract does not know', { ok: true, value: { ...appInfo, nodeVersion: '22' } }],
    ['a host kind that does not exist', { ok: true, value: { ...appInfo, host: 'node' } }],
    ['an answer that is not a result', appInfo],
    ['an error without a code', { ok: false, error: { message: 'lỗi' } }],
    ['nothing at all', undefined],
  ])('turns %s into HOST_INVALID_RESPONSE', async (_case, answer) => {
    const client = createElectronHostClient({ getAppInfo: async () => answer });
    const result = await client.getAppInfo(undefined);
    expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidResponse } });
  });

  it('refuses file bytes that are not bytes', async () => {
    const client = createElectronHostClient({
      openFile: async () => ({ ok: true, value: { name: 'a.pdf', type: 'application/pdf', size: 3, bytes: [1, 2, 3] } }),
    });
    expect(await client.openFile({})).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidResponse } });
  });

  it('turns a failing bridge into an error value, never a thrown exception', async () => {
    const log = vi.fn();
    const client = createElectronHostClient({ getUpdateStatus: () => Promise.reject(new Error('ipc closed')) }, log);
    expect(await client.getUpdateStatus(undefined)).toMatchObject({ ok: false, error: { code: HostErrorCode.internal } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ipc closed'));
  });

  it('answers HOST_UNAVAILABLE for a method the bridge lacks', async () => {
    const client = createElectronHostClient({});
    expect(await client.listSigningKeys(undefined)).toMatchObject({ ok: false, error: { code: HostErrorCode.unavailable } });
  });
});
