import { describe, expect, it } from 'vitest';
import { resultSchema } from '../result';
import { hostMethodNames } from './channels';
import { hostChannel, hostContract } from './contract';

describe('the DesktopHost contract', () => {
  it('defines exactly the methods the preload exposes, each on its own channel', () => {
    expect(Object.keys(hostContract).sort()).toEqual([...hostMethodNames].sort());
    const channels = hostMethodNames.map(hostChannel);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('refuses unknown fields and wrong types in requests', () => {
    expect(hostContract.getSecret.request.safeParse({ key: 'portal.token' }).success).toBe(true);
    expect(hostContract.getSecret.request.safeParse({ key: 'portal.token', extra: 1 }).success).toBe(false);
    expect(hostContract.getSecret.request.safeParse({ key: '../etc/passwd' }).success).toBe(false);
    expect(hostContract.openExternal.request.safeParse({ url: 42 }).success).toBe(false);
    expect(hostContract.saveFile.request.safeParse({ suggestedName: 'a/b.pdf', bytes: new Uint8Array(1) }).success).toBe(false);
    expect(hostContract.saveFile.request.safeParse({ suggestedName: 'Quyết định 12.pdf', bytes: new Uint8Array(1) }).success).toBe(true);
  });

  it('checks answers as results of the declared value', () => {
    const answer = resultSchema(hostContract.getAppInfo.response);
    expect(answer.safeParse({ ok: true, value: { name: 'x', version: '1', platform: 'win32', host: 'electron', locale: 'vi' } }).success).toBe(true);
    expect(answer.safeParse({ ok: true, value: { name: 'x' } }).success).toBe(false);
    expect(answer.safeParse({ ok: false, error: { code: 'HOST_UNAVAILABLE', message: 'Không có' } }).success).toBe(true);
    expect(answer.safeParse({ ok: false }).success).toBe(false);
  });
});
