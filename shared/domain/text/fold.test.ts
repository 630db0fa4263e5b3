import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByNormalizing, foldVietnamese, normalizeText } from './fold';
import { matchesSearch, searchKeys, searchWords, wordPrefixes } from './search-keys';

describe('folding Vietnamese text for search', () => {
  it('strips tone marks and diacritics and lower-cases', () => {
    expect(foldVietnamese('Nguyễn Thị Ánh Tuyết')).toBe('nguyen thi anh tuyet');
    expect(foldVietnamese('Trường Đại học Bách khoa')).toBe('truong dai hoc bach khoa');
  });

  it('folds Đ and đ to d, including the look-alike Ð some fonts produce', () => {
    expect(foldVietnamese('ĐẶNG')).toBe('dang');
    expect(foldVietnamese('đường')).toBe('duong');
    expect(foldVietnamese('ÐỖ')).toBe('do');
  });

  it('gives the same result for composed (NFC) and decomposed (NFD) input', () => {
    const decomposed = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Ánh Tuyết');
    expect(foldVietnamese(decomposed)).toBe('nguyen thi anh tuyet');
  });

  it('collapses runs of spaces, tabs and no-break spaces', () => {
    expect(foldVietnamese('  Lê \t  Văn\u00a0\u00a0Tám  ')).toBe('le van tam');
  });

  it('keeps the display text composed and tidy', () => {
    expect(normalizeText(' Phạm  Thu Hà '.normalize('NFD'))).toBe('Phạm Thu Hà');
  });

  it('the per-character table agrees with the normalizing definition on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => foldVietnamese(text) === foldByNormalizing(text)), { numRuns: 2000 });
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ĐÂĂÊÔƠƯ\u0301\u0300\u0309\u0303\u0323\t'.split('')), maxLength: 30 });
    fc.assert(fc.property(vietnamese, (text) => foldVietnamese(text) === foldByNormalizing(text)), { numRuns: 2000 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => foldVietnamese(foldVietnamese(text)) === foldVietnamese(text)));
  });
});

describe('search keys', () => {
  it('splits a dossier code, names and numbers into folded words', () => {
    expect(searchWords('CSHTT-250107-0001')).toEqual(['cshtt', '250107', '0001']);
    expect(searchKeys('Đặng Thị Ánh Tuyết', '001085012345', undefined, 'Đăng ký nhãn hiệu')).toEqual([
      'dang', 'thi', 'anh', 'tuyet', '001085012345', 'ky', 'nhan', 'hieu',
    ]);
  });

  it('a query matches when each of its words starts a key, typed with or without accents', () => {
    const keys = searchKeys('Nguyễn Thị Ánh Tuyết', 'CSHTT-250107-0001');
    expect(matchesSearch(keys, 'nguyen tuy')).toBe(true);
    expect(matchesSearch(keys, 'ÁNH')).toBe(true);
    expect(matchesSearch(keys, 'CSHTT-250107')).toBe(true);
    expect(matchesSearch(keys, 'tuyen')).toBe(false);
    expect(matchesSearch(keys, '   ')).toBe(true);
  });

  it('the same function folds stored keys and queries, so a folded name always finds itself', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => matchesSearch(searchKeys(text), text)));
  });

  it('lists word prefixes for stores without range scans', () => {
    expect(wordPrefixes('tuyet')).toEqual(['tu', 'tuy', 'tuye', 'tuyet']);
    expect(wordPrefixes('a')).toEqual(['a']);
  });
});
