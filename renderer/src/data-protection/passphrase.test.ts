import { describe, expect, it } from 'vitest';
import { passphraseProblem, passphraseStrength } from './passphrase';

describe('the backup passphrase', () => {
  it('must be at least 12 characters and typed the same twice', () => {
    expect(passphraseProblem('ngắn quá', 'ngắn quá')).toBe('tooShort');
    expect(passphraseProblem('cây đa đầu làng 1975', 'cây đa đầu làng 1976')).toBe('mismatch');
    expect(passphraseProblem('cây đa đầu làng 1975', 'cây đa đầu làng 1975')).toBeNull();
  });

  it('counts a composed and a decomposed Vietnamese letter as the same', () => {
    const composed = 'Đường Trường Chinh số 9';
    expect(passphraseProblem(composed, composed.normalize('NFD'))).toBeNull();
  });

  it('calls short or repetitive phrases weak and long mixed ones strong', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('matkhau')).toBe('weak');
    expect(passphraseStrength('hanoi2026xyz')).toBe('fair');
    expect(passphraseStrength('Cây đa đầu làng năm 1975!')).toBe('strong');
    expect(passphraseStrength('mèo đen nhảy qua hàng rào tre')).toBe('strong');
  });
});
