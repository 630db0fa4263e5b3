import { describe, expect, it } from 'vitest';
import { catalogueInEffect, indexCatalogue, loadCatalogue } from './catalogue-index';
import { catalogueSchema } from './catalogue-schema';
import { shippedCatalogue } from './shipped-catalogue';

describe('the shipped procedure catalogue', () => {
  it('is valid data: units, fields and steps all refer to each other correctly', () => {
    const parsed = catalogueSchema.safeParse(shippedCatalogue);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('covers at least 12 procedures across at least 4 units, with a version and effective date', () => {
    expect(shippedCatalogue.procedures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(shippedCatalogue.procedures.map((p) => p.unitCode)).size).toBeGreaterThanOrEqual(4);
    expect(shippedCatalogue.version).toBeTruthy();
    expect(shippedCatalogue.effectiveFrom).toBe('2025-07-01');
  });

  it('has the times the law sets for MOST procedures', () => {
    const index = indexCatalogue(shippedCatalogue);
    expect(index.procedure('1.004512')).toMatchObject({ processingDays: 5, cutOff: '15:00' });
    expect(index.procedure('1.010866')).toMatchObject({ processingDays: 30, onlineClass: 'toan-trinh' });
    expect(index.procedure('1.008241')?.processingDays).toBe(45);
    expect(index.procedure('1.008242')?.processingDays).toBe(5);
    expect(index.procedure('1.005157')?.processingDays).toBeNull();
    expect(index.procedure('1.004712')?.supplementClock).toBe('restart');
  });

  it('charges the technology-transfer appraisal fee by rule: 0.1% of the contract, 3 to 5 million đồng', () => {
    const fee = indexCatalogue(shippedCatalogue).procedure('1.004512')!.fees[0]!;
    expect(fee.amount).toBeNull();
    expect(fee.rule).toMatch(/0,1%.*3\.000\.000.*5\.000\.000/);
  });

  it('lists each unit with an address and a document symbol', () => {
    const ip = indexCatalogue(shippedCatalogue).unit('CSHTT');
    expect(ip).toMatchObject({ name: 'Cục Sở hữu trí tuệ', documentSymbol: 'SHTT' });
    expect(indexCatalogue(shippedCatalogue).proceduresOfUnit('CSHTT').length).toBe(4);
  });
});

describe('a catalogue from the portal', () => {
  it('is refused when a procedure names a unit that is not listed', () => {
    const broken = { ...shippedCatalogue, procedures: [{ ...shippedCatalogue.procedures[0]!, unitCode: 'KHONGCO' }] };
    const loaded = loadCatalogue(broken);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toMatch(/không có đơn vị KHONGCO/);
  });

  it('is refused when the signing step is not right before the return step', () => {
    const procedure = shippedCatalogue.procedures[0]!;
    const steps = [...procedure.steps];
    [steps[2], steps[3]] = [steps[3]!, steps[2]!];
    expect(loadCatalogue({ ...shippedCatalogue, procedures: [{ ...procedure, steps }] }).ok).toBe(false);
  });

  it('takes effect from its date: the version in force on a day is the latest already effective', () => {
    const next = { ...shippedCatalogue, version: '2026.1', effectiveFrom: '2026-01-01' };
    expect(catalogueInEffect([shippedCatalogue, next], '2025-12-31')?.version).toBe(shippedCatalogue.version);
    expect(catalogueInEffect([shippedCatalogue, next], '2026-01-01')?.version).toBe('2026.1');
    expect(catalogueInEffect([next], '2025-06-01')).toBeUndefined();
  });
});
