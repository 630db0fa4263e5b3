// Section routes in the address and the Alt+digit shortcuts.
import { describe, expect, it } from 'vitest';
import { hashForSection, sectionForShortcut, sectionFromHash, sectionIds, sections, subPathFromHash } from './sections';

describe('section routes in the location hash', () => {
  it.each(sectionIds)('%s round-trips through its hash', (id) => {
    expect(sectionFromHash(hashForSection(id))).toBe(id);
  });

  it('uses the Vietnamese slugs officers read in the address', () => {
    expect(sections.map((section) => hashForSection(section.id))).toEqual([
      '#/tong-quan',
      '#/ho-so',
      '#/tiep-nhan',
      '#/ky-duyet',
      '#/bao-cao',
      '#/dong-bo',
      '#/cai-dat',
    ]);
  });

  it.each([
    ['#/ho-so/HS-2025-0012', 'dossiers'],
    ['#/ho-so?trang=2', 'dossiers'],
    ['#ky-duyet', 'signing'],
    ['#/CAI-DAT', 'settings'],
    ['#/%63ai-dat', 'settings'],
  ])('reads %s as %s', (hash, id) => {
    expect(sectionFromHash(hash)).toBe(id);
  });

  it.each(['', '#', '#/', '#/khong-co', '#main-content', '#/%E0%A4%A'])('names no section in %j', (hash) => {
    expect(sectionFromHash(hash)).toBeNull();
  });
});

describe('paths inside a section', () => {
  it('address one dossier under Hồ sơ and read it back', () => {
    const hash = hashForSection('dossiers', '7f0c1e2a-0000-4000-8000-000000000001');
    expect(hash).toBe('#/ho-so/7f0c1e2a-0000-4000-8000-000000000001');
    expect(sectionFromHash(hash)).toBe('dossiers');
    expect(subPathFromHash(hash)).toBe('7f0c1e2a-0000-4000-8000-000000000001');
  });

  it.each([
    ['#/ho-so', null],
    ['#/ho-so/', null],
    ['#/ho-so?trang=2', null],
    ['#/ho-so/HS%20001?trang=2', 'HS 001'],
    ['#/%E0%A4%A', null],
  ])('reads %s as path %j', (hash, path) => {
    expect(subPathFromHash(hash)).toBe(path);
  });
});

describe('section shortcuts', () => {
  const press = (code: string, keys: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
    altKey: true,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    code,
    ...keys,
  });

  it('maps Alt+1 … Alt+7 to the sections in sidebar order, on the digit row and the keypad', () => {
    expect(sectionIds.map((_, index) => sectionForShortcut(press(`Digit${index + 1}`)))).toEqual([...sectionIds]);
    expect(sectionForShortcut(press('Numpad2'))).toBe('dossiers');
  });

  it('ignores digits without a section, and other modifier combinations', () => {
    expect(sectionForShortcut(press('Digit8'))).toBeNull();
    expect(sectionForShortcut(press('Digit1', { altKey: false }))).toBeNull();
    // Ctrl+Alt is AltGr on many European layouts: it types characters, it is not our shortcut.
    expect(sectionForShortcut(press('Digit1', { ctrlKey: true }))).toBeNull();
    expect(sectionForShortcut(press('Digit1', { shiftKey: true }))).toBeNull();
    expect(sectionForShortcut(press('KeyA'))).toBeNull();
  });
});
