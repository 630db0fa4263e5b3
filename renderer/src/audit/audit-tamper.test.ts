// Tampering made straight in IndexedDB (as with devtools or a copied profile folder), never
// through the app: each kind is caught, and the first broken entry is the one named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../store/database';
import { freshDatabase, officer } from '../store/test-support';
import { AuditLog } from './audit-log';

let db: DeskDatabase;
let log: AuditLog;
const clerk = officer('CUDCN', 'clerk');

beforeEach(async () => {
  db = freshDatabase();
  log = new AuditLog(db, () => '2026-03-10T02:00:00.000Z');
  for (const code of ['0001', '0002', '0003', '0004', '0005']) {
    await log.record({ action: 'dossierAction', officer: clerk, details: { command: 'approve', dossierCode: `CUDCN-260310-${code}` } });
  }
  expect(await log.verifyChain()).toEqual({ ok: true, entries: 5 });
});
afterEach(() => db.close());

describe('a tampered audit log', () => {
  it('an edited detail breaks that entry', async () => {
    await db.audit.update(3, { details: { command: 'reject', dossierCode: 'CUDCN-260310-0003' } });
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'hashMismatch' } });
  });

  it('an edit that also recomputes nothing but the officer is still caught', async () => {
    await db.audit.update(2, { officerId: 'someone.else' });
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 2 } });
  });

  it('a deleted entry breaks the entry after it', async () => {
    await db.audit.delete(2);
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'outOfOrder' } });
  });

  it('a deleted last entry is caught against the head the log wrote', async () => {
    await db.audit.delete(5);
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: 'missingTail' } });
  });

  it('two entries swapped (contents moved between positions) break the first of them', async () => {
    const [second, fourth] = [(await db.audit.get(2))!, (await db.audit.get(4))!];
    await db.audit.bulkDelete([2, 4]);
    await db.audit.bulkAdd([
      { ...fourth, seq: 2 },
      { ...second, seq: 4 },
    ]);
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 2 } });
  });

  it('a deleted entry re-numbered to close the gap breaks the link at that place', async () => {
    const rest = await db.audit.where('seq').above(2).toArray();
    await db.audit.where('seq').aboveOrEqual(2).delete();
    await db.audit.bulkPut(rest.map((entry) => ({ ...entry, seq: entry.seq - 1 })));
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 2 } });
  });

  it('entries written after a tampered tail keep the break visible', async () => {
    await db.audit.delete(5);
    await log.record({ action: 'signOut', officer: clerk });
    expect(await log.verifyChain()).toMatchObject({ ok: false, firstBroken: { seq: 6, reason: 'outOfOrder' } });
  });
});
