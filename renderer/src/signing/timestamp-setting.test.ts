import { afterEach, describe, expect, it } from 'vitest';
import { testDesk, type TestDesk } from '../sync/sync-test-support';
import { checkTimestampUrl, TimestampSetting, TIMESTAMP_URL_KEY } from './timestamp-setting';

const desks: TestDesk[] = [];
afterEach(() => desks.splice(0).forEach((desk) => desk.db.close()));

describe('the timestamp authority a desk signs with', () => {
  it('takes an http(s) address and keeps it normalised', async () => {
    const desk = testDesk();
    desks.push(desk);
    const setting = new TimestampSetting(desk.db);
    expect(await setting.get()).toBeNull();
    expect(await setting.set('  http://tsa.ca.gov.vn  ')).toEqual({ ok: true, value: 'http://tsa.ca.gov.vn/' });
    expect(await setting.get()).toBe('http://tsa.ca.gov.vn/');
    expect(await setting.set('')).toEqual({ ok: true, value: null });
    expect(await desk.db.meta.get(TIMESTAMP_URL_KEY)).toBeUndefined();
  });

  it.each(['tsa.ca.gov.vn', 'ftp://tsa.example/', 'javascript:alert(1)', 'https://user:secret@tsa.example/'])('refuses %s and writes nothing', async (text) => {
    const desk = testDesk();
    desks.push(desk);
    const setting = new TimestampSetting(desk.db);
    await setting.set('https://tsa.example/');
    const refused = await setting.set(text);
    expect(refused.ok).toBe(false);
    expect(checkTimestampUrl(text).ok).toBe(false);
    expect(await setting.get()).toBe('https://tsa.example/');
  });
});
