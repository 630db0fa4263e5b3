import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { agoText, failureText, signInFailureText } from './sync-text';

const vi = translator('vi');
const en = translator('en');
const portal = 'http://127.0.0.1:8787';

describe('what the Đồng bộ screen tells the officer', () => {
  it('says the portal cannot be reached, naming it, when there is no connection', () => {
    expect(failureText(vi, { kind: 'offline', code: 'OFFLINE', message: '' }, portal)).toBe(
      'Không kết nối được Cổng dịch vụ công (http://127.0.0.1:8787). Kiểm tra kết nối mạng; máy sẽ tự thử lại.',
    );
    expect(failureText(en, { kind: 'offline', code: 'OFFLINE', message: '' }, portal)).toContain('Cannot reach');
  });

  it('asks for a new sign-in when the session ran out, but blames the password at sign-in', () => {
    const expired = { kind: 'unauthorized' as const, status: 401, code: 'SESSION_EXPIRED', message: '…' };
    expect(failureText(vi, expired, portal)).toBe('Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.');
    expect(signInFailureText(vi, { ...expired, code: 'BAD_CREDENTIALS' }, portal)).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('says the desk was revoked, not that the session or the password is wrong, and whose changes wait', () => {
    const revoked = { kind: 'unauthorized' as const, status: 401, code: 'DEVICE_REVOKED', message: '…' };
    expect(failureText(vi, revoked, portal)).toBe('Cổng đã thu hồi quyền đồng bộ của máy này. Hãy liên hệ quản trị đơn vị.');
    expect(signInFailureText(vi, revoked, portal)).toBe('Cổng đã thu hồi quyền đồng bộ của máy này. Hãy liên hệ quản trị đơn vị.');
    expect(signInFailureText(en, revoked, portal)).toContain('revoked');
    expect(vi('sync.now.waiting', { count: 2, name: 'Phạm Mạnh Trung' })).toBe(
      '2 thay đổi của Phạm Mạnh Trung đang chờ cán bộ này đăng nhập. Các thay đổi làm sau đó cũng chờ, để được gửi đúng thứ tự.',
    );
  });

  it('after too many wrong passwords, says what the portal says: how long to wait, not a server fault', () => {
    const locked = { kind: 'server' as const, status: 429, code: 'TOO_MANY_ATTEMPTS', message: 'Đăng nhập sai quá nhiều lần; hãy thử lại sau 2 phút.' };
    expect(signInFailureText(vi, locked, portal)).toBe('Đăng nhập sai quá nhiều lần; hãy thử lại sau 2 phút.');
  });

  it('passes the portal’s own sentence on when it refused or failed', () => {
    expect(failureText(vi, { kind: 'server', status: 503, code: 'MAINTENANCE', message: 'Cổng đang bảo trì.' }, portal)).toContain('Cổng đang bảo trì.');
    expect(failureText(vi, { kind: 'refused', status: 409, code: 'X', message: 'Không được.' }, portal)).toBe('Cổng từ chối yêu cầu: Không được.');
  });

  it('tells how long ago, in minutes, hours, then days', () => {
    const now = '2026-03-10T10:00:00.000Z';
    expect(agoText(vi, '2026-03-10T09:59:30.000Z', now)).toBe('vừa xong');
    expect(agoText(vi, '2026-03-10T09:55:00.000Z', now)).toBe('5 phút trước');
    expect(agoText(vi, '2026-03-10T07:00:00.000Z', now)).toBe('3 giờ trước');
    expect(agoText(vi, '2026-03-07T10:00:00.000Z', now)).toBe('3 ngày trước');
    expect(agoText(en, '2026-03-10T07:00:00.000Z', now)).toBe('3 h ago');
  });
});
