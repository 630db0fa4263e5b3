import { afterEach, describe, expect, it } from 'vitest';
import { hashOf } from '../../../shared/audit/audit-chain';
import { GENESIS_HASH } from '../../../shared/audit/audit-entry';
import type { DeskDatabase } from '../store/database';
import { freshDatabase, officer } from '../store/test-support';
import { AuditLog } from './audit-log';

let db: DeskDatabase;
afterEach(() => db?.close());

function logAt(clock: { now: string }) {
  db = freshDatabase();
  return new AuditLog(db, () => clock.now);
}

const admin = officer('CUDCN', 'admin');
const clerk = officer('CUDCN', 'clerk');

describe('the audit log', () => {
  it('chains each entry to the one before by SHA-256, from a genesis of zeros, on one workstation id', async () => {
    const log = logAt({ now: '2026-03-10T02:00:00.000Z' });
    const first = await log.record({ action: 'signIn', officer: clerk });
    const second = await log.record({ action: 'settingsChanged', officer: clerk, details: { setting: 'language', from: 'vi', to: 'en' } });
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, officerId: clerk.id, role: 'clerk', unitCode: 'CUDCN' });
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toBe(await hashOf(second));
    expect(second.workstationId).toBe(first.workstationId);
    expect(await log.verifyChain()).toEqual({ ok: true, entries: 2 });
  });

  it('appends from many callers at once without forking the chain', async () => {
    const log = logAt({ now: '2026-03-10T02:00:00.000Z' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.record({ action: 'documentPrinted', officer: clerk, details: { n: i } })));
    const seqs = (await db.audit.orderBy('seq').toArray()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await log.verifyChain()).toEqual({ ok: true, entries: 20 });
  });

  it('an empty log is intact', async () => {
    expect(await logAt({ now: '2026-03-10T02:00:00.000Z' }).verifyChain()).toEqual({ ok: true, entries: 0 });
  });

  it('finds entries by words without accents, action, officer and date range, newest first', async () => {
    const clock = { now: '2026-03-10T02:00:00.000Z' };
    const log = logAt(clock);
    await log.record({ action: 'signIn', officer: clerk });
    clock.now = '2026-03-11T02:00:00.000Z';
    await log.record({ action: 'dossierAction', officer: clerk, details: { command: 'receive', dossierCode: 'CUDCN-260311-0001' } });
    clock.now = '2026-03-12T02:00:00.000Z';
    await log.record({ action: 'settingsChanged', officer: admin, details: { setting: 'language', to: 'en' } });
    await log.record({ action: 'signInFailed', officer: null, details: { username: 'khách' } });

    expect((await log.search({ text: 'CUDCN-260311' })).map((e) => e.seq)).toEqual([2]);
    expect((await log.search({ text: 'khach' })).map((e) => e.seq)).toEqual([4]);
    expect((await log.search({ text: clerk.name.toUpperCase() })).map((e) => e.seq)).toEqual([2, 1]);
    expect((await log.search({ action: 'settingsChanged' })).map((e) => e.officerId)).toEqual([admin.id]);
    expect((await log.search({ officerId: clerk.id })).map((e) => e.seq)).toEqual([2, 1]);
    expect((await log.search({ from: '2026-03-11T00:00:00.000Z', to: '2026-03-11T23:59:59.999Z' })).map((e) => e.seq)).toEqual([2]);
    expect((await log.search()).map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    expect(await log.officers()).toHaveLength(2);
  });

  it('exports CSV oldest first with hashes, quoting commas and quotes and disarming formulas', async () => {
    const log = logAt({ now: '2026-03-10T02:00:00.000Z' });
    await log.record({ action: 'signIn', officer: clerk });
    await log.record({ action: 'dossierAction', officer: clerk, details: { command: 'stop', reason: '=HYPERLINK("x"), "y"' } });
    const csv = await log.exportCsv();
    expect(csv.startsWith('\uFEFFseq,at,officerId,officerName,role,unitCode,workstationId,action,details,prevHash,hash\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^1,2026-03-10T02:00:00.000Z,${clerk.id},`));
    expect(lines[1]).toContain(`,signIn,{},${GENESIS_HASH},`);
    // Details are canonical JSON in one quoted cell; the formula inside stays text.
    expect(lines[2]).toContain('"{""command"":""stop"",""reason"":""=HYPERLINK(\\""x\\""), \\""y\\""""}"');
    const entries = await db.audit.orderBy('seq').toArray();
    expect(lines[2]!.endsWith(entries[1]!.hash)).toBe(true);
  });

  it('offers no way to change or remove an entry', () => {
    const api = Object.getOwnPropertyNames(AuditLog.prototype);
    expect(api.filter((name) => /update|delete|remove|clear|put|modify/i.test(name))).toEqual([]);
  });
});
