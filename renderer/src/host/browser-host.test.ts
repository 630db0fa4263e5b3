// The browser host: honest about desktop-only features, strict about requests and links.
import { describe, expect, it, vi } from 'vitest';
import { hostContract, type HostMethod } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { ok, resultSchema } from '../../../shared/result';
import { createBrowserHost } from './browser-host';
import type { SecretStore } from './browser-secret-store';

function fakeWindow() {
  return {
    navigator: { language: 'vi-VN', platform: 'Win32', userAgentData: { platform: 'Windows' } },
    open: vi.fn(),
    document: {},
  };
}

const memorySecrets = (): SecretStore => {
  const values = new Map<string, string>();
  return {
    get: async (key) => ok(values.get(key) ?? null),
    set: async (key, value) => {
      values.set(key, value);
      return ok(null);
    },
    delete: async (key) => {
      values.delete(key);
      return ok(null);
    },
    deleteAll: async () => {
      values.clear();
      return ok(null);
    },
  };
};

const host = (win = fakeWindow()) => createBrowserHost({ window: win as unknown as Window, secrets: memorySecrets() });
const followsContract = (method: HostMethod, answer: unknown) => resultSchema(hostContract[method].response).safeParse(answer).success;

describe('the browser host', () => {
  it('reports itself as the browser, with the OS the browser names and its locale', async () => {
    const answer = await host().getAppInfo(undefined);
    expect(answer).toEqual({ ok: true, value: { name: 'Dossier Desk', version: expect.any(String), host: 'browser', platform: 'Windows', locale: 'vi-VN' } });
    expect(followsContract('getAppInfo', answer)).toBe(true);
    expect(host().kind).toBe('browser');
  });

  it('says automatic updates are unsupported and refuses to check or install', async () => {
    const browser = host();
    const status = await browser.getUpdateStatus(undefined);
    expect(status).toMatchObject({ ok: true, value: { state: 'unsupported' } });
    expect(followsContract('getUpdateStatus', status)).toBe(true);
    for (const answer of [await browser.checkForUpdates(undefined), await browser.installUpdate(undefined), await browser.setUpdateChannel({ channel: 'pilot' })]) {
      expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.unavailable, message: expect.stringContaining('ứng dụng máy tính') } });
    }
  });

  it('takes note of open work and of the minimum version without pretending to update', async () => {
    const browser = host();
    expect(await browser.setRestartBlockers({ blockers: ['sync'] })).toMatchObject({ ok: true, value: { state: 'unsupported' } });
    expect(await browser.setUpdatePolicy({ minimumVersion: '9.0.0' })).toMatchObject({ ok: true, value: { state: 'unsupported' } });
    expect(await browser.setUpdateChannel({ channel: 'beta' as never })).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidRequest } });
  });

  it('lists no signing keys: tokens and key files are out of a browser’s reach', async () => {
    expect(await host().listSigningKeys(undefined)).toEqual({ ok: true, value: [] });
  });

  it('says signing with a USB token needs the desktop app, and still refuses malformed token requests', async () => {
    const browser = host();
    const answers = [
      await browser.signingTokens(undefined),
      await browser.tokenLogin({ tokenSerial: 'VNPT0001', pin: '123456' }),
      await browser.tokenSign({ tokenSerial: 'VNPT0001', keyId: 'a1', data: new Uint8Array([1]) }),
    ];
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.unavailable, message: expect.stringContaining('USB token chỉ có trên ứng dụng máy tính') } });
    }
    expect(await browser.tokenLogout({})).toEqual({ ok: true, value: null });
    expect(await browser.tokenSign({ tokenSerial: 'VNPT0001', data: new Uint8Array([1]) })).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidRequest } });
  });

  it('opens allowlisted links in a new tab without giving it a handle on the app', async () => {
    const win = fakeWindow();
    expect(await host(win).openExternal({ url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' })).toEqual({ ok: true, value: null });
    expect(win.open).toHaveBeenCalledWith('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', '_blank', 'noopener,noreferrer');
  });

  it('refuses links outside the allowlist', async () => {
    const win = fakeWindow();
    expect(await host(win).openExternal({ url: 'https://most.gov.vn.evil.example/' })).toMatchObject({ ok: false, error: { code: HostErrorCode.notAllowed } });
    expect(win.open).not.toHaveBeenCalled();
  });

  it('refuses the requests the desktop refuses, before doing anything', async () => {
    const browser = host();
    expect(await browser.getSecret({ key: '../etc/passwd' })).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidRequest } });
    expect(await browser.saveFile({ suggestedName: 'a/b.pdf', bytes: new Uint8Array(1) })).toMatchObject({
      ok: false,
      error: { code: HostErrorCode.invalidRequest },
    });
  });

  it('keeps secrets through its secret store', async () => {
    const browser = host();
    await browser.setSecret({ key: 'portal.token', value: 'abc' });
    expect(await browser.getSecret({ key: 'portal.token' })).toEqual({ ok: true, value: 'abc' });
    await browser.deleteSecret({ key: 'portal.token' });
    expect(await browser.getSecret({ key: 'portal.token' })).toEqual({ ok: true, value: null });
    await browser.setSecret({ key: 'officer.a.token', value: 'abc' });
    await browser.setSecret({ key: 'officer.b.token', value: 'def' });
    expect(await browser.deleteAllSecrets(undefined)).toEqual({ ok: true, value: null });
    expect(await browser.getSecret({ key: 'officer.a.token' })).toEqual({ ok: true, value: null });
    expect(await browser.getSecret({ key: 'officer.b.token' })).toEqual({ ok: true, value: null });
  });
});
