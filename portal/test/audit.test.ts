// The desks' audit logs on the portal: a workstation's chain arrives in batches and is re-verified
// link by link against what the portal already holds — an edited entry, a gap or a fork is refused
// with the seq where it breaks and nothing of the batch is stored; a batch sent again is answered
// as a success without a second copy; another unit's entries are refused. Only the unit's admin
// searches them (officer, action, time, accent-free text), page by page.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_LIMITS, auditSearchResponseSchema, auditUploadResponseSchema, type StoredAuditEntry } from '../../shared/audit/audit-api';
import { hashOf } from '../../shared/audit/audit-chain';
import { GENESIS_HASH, type AuditAction, type AuditDetails, type AuditEntry } from '../../shared/audit/audit-entry';
import { syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';

announceSkips();

const UNIT = 'CUDCN';
const clerk = officerOf(UNIT, 'clerk');
const head = officerOf(UNIT, 'head');
const admin = officerOf(UNIT, 'admin');
const otherClerk = officerOf('CSHTT', 'clerk');
const otherAdmin = officerOf('CSHTT', 'admin');

type Officer = ReturnType<typeof officerOf>;
type Step = { officer: Officer | null; action: AuditAction; details?: AuditDetails; at?: string };

/** A workstation's log as the desk writes it: each entry chained to the one before by the shared hash. */
class Workstation {
  readonly id = randomUUID();
  readonly entries: AuditEntry[] = [];
  private clock = Date.parse('2026-03-10T01:00:00.000Z');

  async write(...steps: Step[]): Promise<AuditEntry[]> {
    const written: AuditEntry[] = [];
    for (const step of steps) {
      const previous = this.entries.at(-1);
      this.clock += 60_000;
      const unsealed: Omit<AuditEntry, 'hash'> = {
        seq: (previous?.seq ?? 0) + 1,
        id: randomUUID(),
        at: step.at ?? new Date(this.clock).toISOString(),
        officerId: step.officer?.id ?? null,
        officerName: step.officer?.name ?? null,
        role: step.officer?.role ?? null,
        unitCode: step.officer?.unitCode ?? null,
        workstationId: this.id,
        action: step.action,
        details: step.details ?? {},
        prevHash: previous?.hash ?? GENESIS_HASH,
      };
      const entry = { ...unsealed, hash: await hashOf(unsealed) };
      this.entries.push(entry);
      written.push(entry);
    }
    return written;
  }

  /** `n` ordinary processing entries by `officer`. */
  actions(n: number, officer: Officer = clerk): Promise<AuditEntry[]> {
    return this.write(...Array.from({ length: n }, (_, i) => ({ officer, action: 'dossierAction' as const, details: { command: 'assign', dossierCode: `${UNIT}-260310-${String(i + 1).padStart(4, '0')}` } })));
  }
}

for (const variant of variants) {
  describe.skipIf(variant.skip)(`audit log on the portal (${variant.name})`, () => {
    let t: TestPortal;
    beforeAll(async () => {
      t = await startPortal(variant);
    }, 60_000);
    afterAll(() => t?.close());

    const upload = async (entries: readonly AuditEntry[], as: Officer = clerk) => t.call(syncPaths.audit, { token: await t.token(as.id), json: { entries } });
    const search = async (query: Record<string, string> = {}, as: Officer = admin) => t.call(`${syncPaths.audit}?${new URLSearchParams(query)}`, { token: await t.token(as.id) });
    const held = async (workstationId: string) =>
      (await t.portal.db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_entries WHERE workstation_id = $1 ORDER BY seq', [workstationId])).rows;
    const rowCount = async () => (await t.portal.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries')).rows[0]!.n;

    /** Every page of a search, following nextCursor. */
    async function allPages(query: Record<string, string>): Promise<{ entries: StoredAuditEntry[]; pages: number }> {
      const entries: StoredAuditEntry[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const answer = await search({ ...query, ...(cursor ? { cursor } : {}) });
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        const page = auditSearchResponseSchema.parse(answer.body);
        entries.push(...page.entries);
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      return { entries, pages };
    }

    it('stores an uploaded chain as sent, and the admin finds it by officer, action, time and accent-free text', async () => {
      const desk = new Workstation();
      await desk.write(
        { officer: clerk, action: 'signIn', details: { method: 'portal' } },
        { officer: clerk, action: 'dossierAction', details: { command: 'receive', dossierCode: 'CUDCN-260310-0001', applicant: 'Đặng Thị Ánh Tuyết' } },
        { officer: null, action: 'signInFailed', details: { username: 'ai-do' } },
        { officer: head, action: 'dossierAction', details: { command: 'approve', dossierCode: 'CUDCN-260310-0001' } },
        { officer: head, action: 'settingsChanged', details: { setting: 'idleLockMinutes', to: 10 } },
      );
      const answer = await upload(desk.entries);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(auditUploadResponseSchema.parse(answer.body)).toEqual({ workstationId: desk.id, lastSeq: 5, lastHash: desk.entries[4]!.hash, stored: 5 });

      const everything = await allPages({ workstation: desk.id });
      // Newest first, each exactly the desk's entry (so its hash can be recomputed), with who sent it and when.
      const asWritten = everything.entries.map(({ receivedAt: _r, uploadedBy: _u, ...entry }) => entry);
      expect(asWritten).toEqual([...desk.entries].reverse());
      expect(everything.entries.every((entry) => entry.uploadedBy === clerk.id && entry.receivedAt === t.clock.now().toISOString())).toBe(true);
      for (const entry of asWritten) expect(await hashOf(entry)).toBe(entry.hash);

      const seqs = async (query: Record<string, string>) => (await allPages({ workstation: desk.id, ...query })).entries.map((entry) => entry.seq);
      expect(await seqs({ officer: head.id })).toEqual([5, 4]);
      expect(await seqs({ action: 'dossierAction' })).toEqual([4, 2]);
      expect(await seqs({ q: 'anh tuyet' })).toEqual([2]);
      expect(await seqs({ q: 'ĐẶNG' })).toEqual([2]);
      expect(await seqs({ from: desk.entries[1]!.at, to: desk.entries[3]!.at })).toEqual([4, 3, 2]);
      expect(await seqs({ action: 'dossierAction', officer: clerk.id, q: 'receive' })).toEqual([2]);
      expect(await seqs({ q: "'; DROP TABLE audit_entries; --" })).toEqual([]);
      expect(await rowCount()).toBeGreaterThanOrEqual(5);
    });

    it('pages newest first with a keyset cursor: every entry once, even among entries with the same time', async () => {
      const desk = new Workstation();
      const sameMinute = '2026-03-09T02:00:00.000Z';
      await desk.write(...Array.from({ length: 7 }, (_, i): Step => ({ officer: clerk, action: 'documentPrinted', details: { n: i }, at: i < 4 ? sameMinute : undefined })));
      expect((await upload(desk.entries)).status).toBe(200);
      const paged = await allPages({ workstation: desk.id, limit: '2' });
      expect(paged.pages).toBe(4);
      expect(paged.entries.map((entry) => entry.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const times = paged.entries.map((entry) => entry.at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('shows the log only to the admin of the unit: other roles are refused, another unit’s admin sees none of it', async () => {
      const desk = new Workstation();
      await desk.actions(2);
      expect((await upload(desk.entries)).status).toBe(200);
      for (const officer of [clerk, head]) {
        const refused = await search({}, officer);
        expect(refused.status).toBe(403);
        expect(refused.body.error.code).toBe('ROLE_NOT_ALLOWED');
      }
      const elsewhere = await search({ workstation: desk.id }, otherAdmin);
      expect(elsewhere.status).toBe(200);
      expect(elsewhere.body.entries).toEqual([]);
      // A cursor naming another unit's row leads nowhere rather than into that unit's log.
      const { rows } = await t.portal.db.query<{ id: string }>('SELECT id::text AS id FROM audit_entries WHERE workstation_id = $1 LIMIT 1', [desk.id]);
      const borrowed = await search({ cursor: rows[0]!.id }, otherAdmin);
      expect(borrowed.status).toBe(200);
      expect(borrowed.body.entries).toEqual([]);
      expect((await t.call(syncPaths.audit)).status).toBe(401);
    });

    it('continues the chain batch by batch, and answers a batch sent again (whole or overlapping) without storing it twice', async () => {
      const desk = new Workstation();
      await desk.actions(6);
      expect((await upload(desk.entries.slice(0, 3))).body.stored).toBe(3);
      const again = await upload(desk.entries.slice(0, 3));
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ workstationId: desk.id, lastSeq: 3, lastHash: desk.entries[2]!.hash, stored: 0 });
      const overlapping = await upload(desk.entries.slice(1, 6));
      expect(overlapping.status).toBe(200);
      expect(overlapping.body).toMatchObject({ lastSeq: 6, stored: 3 });
      expect(await held(desk.id)).toEqual(desk.entries.map(({ seq, hash }) => ({ seq, hash })));
    });

    it('refuses an edited entry, a gap and a fork with the seq where the chain breaks, storing nothing of the batch', async () => {
      const desk = new Workstation();
      await desk.actions(3);
      expect((await upload(desk.entries)).status).toBe(200);
      const more = await desk.actions(4);
      const before = await rowCount();

      const refusedAt = async (entries: AuditEntry[], seq: number, words: RegExp) => {
        const answer = await upload(entries);
        expect(answer.status, JSON.stringify(answer.body)).toBe(409);
        expect(answer.body.error.code).toBe('AUDIT_CHAIN_BROKEN');
        expect(answer.body.error.message).toContain(`mục ${seq}:`);
        expect(answer.body.error.message).toMatch(words);
        expect(await rowCount()).toBe(before);
      };

      // Edited after it was written: its own hash no longer matches.
      const edited = more.map((entry) => (entry.seq === 5 ? { ...entry, details: { ...entry.details, command: 'approve' } } : entry));
      await refusedAt(edited, 5, /bị sửa/);
      // Edited and re-hashed: the next entry's link gives it away.
      const rehashed = { ...more[1]!, officerId: 'someone.else' };
      await refusedAt([more[0]!, { ...rehashed, hash: await hashOf(rehashed) }, ...more.slice(2)], 6, /không nối tiếp/);
      // Deleted in the middle of the batch.
      await refusedAt([more[0]!, more[2]!, more[3]!], 6, /không liền nhau/);
      // The portal holds up to 3: a batch starting at 5 leaves a gap at 4.
      await refusedAt(more.slice(1), 4, /chưa nhận/);
      // A chain grown again from 1 on the same workstation (a database restored from an old copy).
      const restored = new Workstation();
      Object.assign(restored, { id: desk.id });
      await restored.write({ officer: clerk, action: 'signIn' });
      await refusedAt(restored.entries, 1, /tách nhánh/);
      // The true continuation still goes through afterwards.
      expect((await upload(more)).body).toMatchObject({ lastSeq: 7, stored: 4 });
      expect((await held(desk.id)).map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it("refuses another unit's entries, and a workstation's chain from another unit's officer", async () => {
      const desk = new Workstation();
      await desk.actions(2);
      const before = await rowCount();
      const foreign = await upload(desk.entries, otherClerk);
      expect(foreign.status).toBe(403);
      expect(foreign.body.error.code).toBe('WRONG_UNIT');
      expect(await rowCount()).toBe(before);

      expect((await upload(desk.entries)).status).toBe(200);
      const [anonymous] = await desk.write({ officer: null, action: 'signInFailed', details: { username: 'x' } });
      const claimed = await upload([anonymous!], otherClerk);
      expect(claimed.status).toBe(403);
      expect(claimed.body.error.code).toBe('WRONG_UNIT');
      expect(await held(desk.id)).toHaveLength(2);
    });

    it('refuses malformed and oversized batches before reading the chain', async () => {
      const desk = new Workstation();
      await desk.actions(2);
      const other = new Workstation();
      await other.actions(1);
      const before = await rowCount();
      const mixed = await upload([desk.entries[0]!, other.entries[0]!]);
      expect(mixed.status).toBe(400);
      const extraField = await t.call(syncPaths.audit, { token: await t.token(clerk.id), json: { entries: [{ ...desk.entries[0], note: 'x' }] } });
      expect(extraField.status).toBe(400);
      const tooMany = await t.call(syncPaths.audit, { token: await t.token(clerk.id), json: { entries: Array.from({ length: AUDIT_LIMITS.uploadMaxEntries + 1 }, () => ({})) } });
      expect(tooMany.status).toBe(413);
      expect(tooMany.body.error.code).toBe('TOO_MANY_ENTRIES');
      const tooBig = await t.call(syncPaths.audit, { token: await t.token(clerk.id), json: { entries: [], pad: 'x'.repeat(AUDIT_LIMITS.uploadMaxBytes) } });
      expect(tooBig.status).toBe(413);
      expect(await rowCount()).toBe(before);
      expect((await search({ limit: String(AUDIT_LIMITS.searchMaxLimit + 1) })).status).toBe(400);
      expect((await search({ action: 'dropTables' })).status).toBe(400);
    });
  });
}
