import { describe, expect, it } from 'vitest';
import { canonicalJson, hashOf } from './audit-chain';
import { auditEntrySchema, GENESIS_HASH } from './audit-entry';

const entry = {
  seq: 1,
  id: '0b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e',
  at: '2026-03-10T02:00:00.000Z',
  officerId: 'cudcn.mc1',
  officerName: 'Lê Thu Hà',
  role: 'clerk' as const,
  unitCode: 'CUDCN',
  workstationId: '1b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e',
  action: 'dossierAction' as const,
  details: { dossierCode: 'CUDCN-260310-0001', command: 'receive' },
  prevHash: GENESIS_HASH,
};

describe('the audit chain hash', () => {
  it('serialises the same entry to the same text whatever the order its keys were written in', () => {
    const reordered = Object.fromEntries(Object.entries(entry).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(entry));
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'ư' })).toBe('{"a":"ư","b":[2,{"c":null,"d":1}]}');
  });

  it('is a known SHA-256 the portal can recompute, and ignores the entry\'s own hash field', async () => {
    const hash = await hashOf(entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf({ ...entry, hash })).toBe(hash);
    expect(await hashOf({ ...entry, details: { ...entry.details, command: 'refuseToReceive' } })).not.toBe(hash);
    expect(auditEntrySchema.safeParse({ ...entry, hash }).success).toBe(true);
  });
});
