// Every host error code reads as a sentence an officer can act on, in both languages.
import { describe, expect, it } from 'vitest';
import { HostErrorCode } from '../../../shared/host/errors';
import { hostErrorMessage } from './host-error-message';
import { translator } from './translate';

describe('host errors shown to the officer', () => {
  it.each(Object.values(HostErrorCode))('%s has its own sentence in both languages', (code) => {
    const vi = hostErrorMessage(translator('vi'), { code, message: 'fallback' });
    const en = hostErrorMessage(translator('en'), { code, message: 'fallback' });
    expect(vi).not.toBe('fallback');
    expect(en).not.toBe('fallback');
    expect(vi).not.toBe(en);
  });

  it('says a desktop-only feature is unavailable in the browser', () => {
    expect(hostErrorMessage(translator('vi'), { code: HostErrorCode.unavailable, message: '' })).toContain('chỉ có trong ứng dụng máy tính');
  });

  it("keeps the host's own message for a code the renderer does not know yet", () => {
    expect(hostErrorMessage(translator('en'), { code: 'PORTAL_NEW_CODE', message: 'Cổng từ chối.' })).toBe('Cổng từ chối.');
  });
});
