// The offline verifier: a slow hash of the password, never the password, sealed against edits.
import { describe, expect, it } from 'vitest';
import { clerk } from './accounts-test-support';
import { checkPassword, constantTimeEqual, createOfflineAccount, MIN_ITERATIONS, offlineAccountSchema, withinOfflinePeriod } from './offline-verifier';

const facts = { username: ' CSHTT.MC1 ', officer: clerk, title: 'Cán bộ Bộ phận Một cửa', unit: { code: 'CSHTT', name: 'Cục Sở hữu trí tuệ' }, lastOnlineAt: '2026-11-20T08:00:00.000Z' };

describe('the offline verifier', () => {
  it('accepts the password it was made from and refuses another', async () => {
    const account = await createOfflineAccount(facts, 'Mật-khẩu đúng 1');
    expect(await checkPassword(account, 'Mật-khẩu đúng 1')).toBe('right');
    expect(await checkPassword(account, 'Mật-khẩu đúng 2')).toBe('wrong');
    expect(await checkPassword(account, '')).toBe('wrong');
  });

  it('keeps neither the password nor anything that reads like it, and a fresh salt each time', async () => {
    const a = await createOfflineAccount(facts, 'bí-mật-123');
    const b = await createOfflineAccount(facts, 'bí-mật-123');
    expect(JSON.stringify(a)).not.toContain('bí-mật-123');
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.username).toBe('cshtt.mc1');
  });

  it('uses PBKDF2-SHA256 with at least 600,000 iterations, and a record with fewer does not parse', async () => {
    const account = await createOfflineAccount(facts, 'x');
    expect(account.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: MIN_ITERATIONS });
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(offlineAccountSchema.safeParse(account).success).toBe(true);
    expect(offlineAccountSchema.safeParse({ ...account, kdf: { ...account.kdf, iterations: 1000 } }).success).toBe(false);
  });

  it('calls a record edited after sealing tampered, even with the right password', async () => {
    const account = await createOfflineAccount(facts, 'đúng');
    expect(await checkPassword({ ...account, officer: { ...account.officer, role: 'admin' } }, 'đúng')).toBe('tampered');
    expect(await checkPassword({ ...account, lastOnlineAt: '2026-11-27T08:00:00.000Z' }, 'đúng')).toBe('tampered');
    // A swapped hash is simply a password that no longer matches.
    const other = await createOfflineAccount(facts, 'khác');
    expect(await checkPassword({ ...account, hash: other.hash }, 'đúng')).toBe('wrong');
  });

  it('allows offline sign-in only within the period after the last online one', () => {
    const last = { lastOnlineAt: '2026-11-01T08:00:00.000Z' };
    expect(withinOfflinePeriod(last, new Date('2026-11-15T08:00:00.000Z'), 14)).toBe(true);
    expect(withinOfflinePeriod(last, new Date('2026-11-15T08:00:01.000Z'), 14)).toBe(false);
    expect(withinOfflinePeriod(last, new Date('2026-11-15T08:00:01.000Z'), 30)).toBe(true);
    // A clock set back before the last online sign-in does not open the door either.
    expect(withinOfflinePeriod(last, new Date('2026-10-31T08:00:00.000Z'), 14)).toBe(false);
  });

  it('compares byte strings of different content or length as unequal', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
