import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierCode, parseDossierCode } from './dossier-code';
import { isRunningLow, issueDossierCode, issueFromBlocks, numberBlockSchema, remainingForDay, remainingNumbers, type NumberBlock } from './number-block';

const block = (overrides: Partial<NumberBlock> = {}): NumberBlock => ({ unitCode: 'CSHTT', day: '2025-01-07', from: 1, to: 50, next: 1, ...overrides });

describe('dossier codes', () => {
  it('read {unit}-{yyMMdd}-{NNNN}', () => {
    expect(formatDossierCode('CSHTT', '2025-01-07', 1)).toBe('CSHTT-250107-0001');
    expect(parseDossierCode('CATBXHN-261231-0420')).toEqual({ unitCode: 'CATBXHN', day: '2026-12-31', number: 420 });
    expect(parseDossierCode('CSHTT-250230-0001')).toBeNull();
    expect(parseDossierCode('CSHTT-250107-0000')).toBeNull();
  });

  it('round-trip for any unit, day and number', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9]{1,11}$/),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 9999 }),
        (unitCode, date, number) => {
          const day = date.toISOString().slice(0, 10);
          expect(parseDossierCode(formatDossierCode(unitCode, day, number))).toEqual({ unitCode, day, number });
        },
      ),
    );
  });
});

describe('issuing codes from a leased block of numbers', () => {
  it('issues the next number and hands back the advanced block', () => {
    const issued = issueDossierCode(block({ next: 7 }), 'CSHTT', '2025-01-07');
    expect(issued).toEqual({ ok: true, value: { code: 'CSHTT-250107-0007', block: block({ next: 8 }) } });
  });

  it('refuses when the block is used up, telling the officer to connect for more numbers', () => {
    const issued = issueDossierCode(block({ from: 41, to: 50, next: 51 }), 'CSHTT', '2025-01-07');
    expect(issued.ok).toBe(false);
    if (!issued.ok) {
      expect(issued.error.code).toBe('NUMBER_BLOCK_EXHAUSTED');
      expect(issued.error.message).toMatch(/Kết nối mạng/);
    }
  });

  it('refuses a block of another day or unit', () => {
    expect(issueDossierCode(block(), 'CSHTT', '2025-01-08')).toMatchObject({ ok: false, error: { code: 'NUMBER_BLOCK_WRONG_DAY' } });
    expect(issueDossierCode(block(), 'VPB', '2025-01-07')).toMatchObject({ ok: false, error: { code: 'NUMBER_BLOCK_WRONG_UNIT' } });
  });

  it('reports what is left, for the running-low warning', () => {
    expect(remainingNumbers(block({ next: 46 }))).toBe(5);
    expect(isRunningLow(block({ next: 46 }))).toBe(true);
    expect(isRunningLow(block({ next: 10 }))).toBe(false);
  });

  it('moves on to the next block of the day when the first is used up', () => {
    const blocks = [block({ from: 1, to: 2, next: 3 }), block({ from: 101, to: 150, next: 101 }), block({ day: '2025-01-08' })];
    const issued = issueFromBlocks(blocks, 'CSHTT', '2025-01-07');
    expect(issued).toMatchObject({ ok: true, value: { code: 'CSHTT-250107-0101', index: 1 } });
    expect(remainingForDay(blocks, 'CSHTT', '2025-01-07')).toBe(50);
    expect(issueFromBlocks(blocks, 'CSHTT', '2025-01-09')).toMatchObject({ ok: false, error: { code: 'NUMBER_BLOCK_MISSING' } });
  });

  it('two desks holding disjoint blocks never issue the same code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (a, b) => {
        let desk1 = block({ from: 1, to: 100, next: 1 });
        let desk2 = block({ from: 101, to: 200, next: 101 });
        const codes = new Set<string>();
        for (let i = 0; i < a; i++) {
          const issued = issueDossierCode(desk1, 'CSHTT', '2025-01-07');
          if (!issued.ok) throw new Error(issued.error.message);
          codes.add(issued.value.code);
          desk1 = issued.value.block;
        }
        for (let i = 0; i < b; i++) {
          const issued = issueDossierCode(desk2, 'CSHTT', '2025-01-07');
          if (!issued.ok) throw new Error(issued.error.message);
          codes.add(issued.value.code);
          desk2 = issued.value.block;
        }
        return codes.size === a + b;
      }),
    );
  });

  it('validates blocks leased from the portal', () => {
    expect(numberBlockSchema.safeParse(block({ from: 10, to: 5, next: 10 })).success).toBe(false);
    expect(numberBlockSchema.safeParse(block()).success).toBe(true);
  });
});
