// The catalogues are complete and consistent, and translation fills placeholders.
import { describe, expect, it } from 'vitest';
import { en } from './catalogue-en';
import { vi } from './catalogue-vi';
import { catalogues, interpolate, languages, placeholdersOf, translate, translator } from './translate';

describe('the catalogues', () => {
  it('give English exactly the keys of Vietnamese', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(languages)('leave no sentence empty in %s', (language) => {
    const empty = Object.entries(catalogues[language]).filter(([, sentence]) => sentence.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in English as in Vietnamese', () => {
    const mismatched = Object.keys(vi).filter((key) => {
      const k = key as keyof typeof vi;
      return placeholdersOf(vi[k]).sort().join() !== placeholdersOf(en[k]).sort().join();
    });
    expect(mismatched).toEqual([]);
  });

  it('store Vietnamese in NFC, the form documents and search expect', () => {
    const decomposed = Object.values(vi).filter((sentence) => sentence !== sentence.normalize('NFC'));
    expect(decomposed).toEqual([]);
  });
});

describe('translating', () => {
  it('is Vietnamese by default and English on request', () => {
    expect(translate('vi', 'section.dossiers.title')).toBe('Hồ sơ');
    expect(translate('en', 'section.dossiers.title')).toBe('Dossiers');
  });

  it('fills placeholders with text and numbers', () => {
    expect(translate('vi', 'settings.updates.downloading', { percent: 42 })).toBe('Đang tải bản cập nhật: 42%.');
    expect(translator('en')('app.documentTitle', { section: 'Sync' })).toBe('Sync — Offline dossier processing');
  });

  it('fills every occurrence and leaves an unknown placeholder visible rather than blank', () => {
    expect(interpolate('{a} và {a}, {b}', { a: 'Hồ sơ' })).toBe('Hồ sơ và Hồ sơ, {b}');
  });

  it('lists placeholders in order', () => {
    expect(placeholdersOf('{used} trên {quota} ({percent}%)')).toEqual(['used', 'quota', 'percent']);
  });
});
