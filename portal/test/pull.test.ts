// Pull: the unit's feed after a cursor, in server order and in pages; a desk that resumes from any
// cursor it was given gets exactly the rest, and never another unit's changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterIntake } from '../../shared/domain/workflow/testing';
import { pullResponseSchema, syncPaths, type Change } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { Desk, freshCode, ref, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');
const head = officerOf('CUDCN', 'head');

for (const variant of variants) {
  describe.skipIf(variant.skip)(`pull (${variant.name})`, () => {
    let t: TestPortal;
    let token: string;
    beforeAll(async () => {
      t = await startPortal(variant);
      token = await t.token(clerk.id);
      // 12 dossiers received and assigned: 24 events of CUDCN, and one CSHTT dossier in between.
      const desk = new Desk();
      const mutations = [];
      for (let i = 0; i < 12; i++) {
        const intake = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
        mutations.push(intake, desk.act(head, { type: 'assign', assignee: ref(officerOf('CUDCN', 'specialist', 1 + (i % 4))) }, vn('2026-03-09 10:00'), intake.dossierId));
      }
      expect((await t.pushAsDesk(desk.clientId, mutations)).every((r) => r.status === 'applied')).toBe(true);
      const other = new Desk();
      const otherClerk = officerOf('CSHTT', 'clerk');
      const foreign = other.act(
        otherClerk,
        {
          type: 'refuseToReceive',
          dossierId: 'cshtt-dossier-1',
          intake: counterIntake({ code: freshCode('CSHTT'), procedureCode: '1.005157', documents: [] }),
          reason: 'Người nộp chưa mang theo tờ khai',
        },
        vn('2026-03-09 09:30'),
      );
      await t.call(syncPaths.push, { token: await t.token(otherClerk.id), json: { clientId: other.clientId, mutations: [foreign] } });
    }, 60_000);
    afterAll(() => t?.close());

    async function pull(query: string, as = token) {
      const answer = await t.call(`${syncPaths.pull}${query}`, { token: as });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return pullResponseSchema.parse(answer.body);
    }

    async function pullAll(from: string, limit: number): Promise<{ changes: Change[]; pages: number; cursors: string[] }> {
      const changes: Change[] = [];
      const cursors: string[] = [];
      let cursor = from;
      let pages = 0;
      for (;;) {
        const page = await pull(`?cursor=${cursor}&limit=${limit}`);
        pages++;
        changes.push(...page.changes);
        cursor = page.cursor;
        cursors.push(cursor);
        if (!page.more) return { changes, pages, cursors };
      }
    }

    it('pages through the unit feed in server order, each change once, with `more` until the end', async () => {
      const { changes, pages } = await pullAll('0', 10);
      expect(changes).toHaveLength(24);
      expect(pages).toBe(3);
      const seqs = changes.map((c) => BigInt(c.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(seqs).size).toBe(24);
      expect(changes.every((c) => c.kind === 'event' && c.event.dossierId !== 'cshtt-dossier-1')).toBe(true);
    });

    it('resumes from a cursor in the middle with exactly the rest', async () => {
      const { changes, cursors } = await pullAll('0', 7);
      const middle = cursors[1]!;
      const rest = await pull(`?cursor=${middle}&limit=1000`);
      expect(rest.changes).toEqual(changes.slice(14));
      expect(rest.more).toBe(false);
      expect(rest.cursor).toBe(changes.at(-1)!.seq);
    });

    it('reads an empty or absent cursor as the start, and answers the same cursor when nothing is new', async () => {
      const fromEmpty = await pull('?cursor=&limit=5');
      const fromAbsent = await pull('?limit=5');
      expect(fromEmpty).toEqual(fromAbsent);
      const end = (await pullAll('0', 1000)).changes.at(-1)!.seq;
      expect(await pull(`?cursor=${end}`)).toEqual({ changes: [], cursor: end, more: false });
    });

    it("shows each unit only its own changes", async () => {
      const theirs = await pull('?limit=1000', await t.token(officerOf('CSHTT', 'clerk').id));
      expect(theirs.changes).toHaveLength(1);
      expect(theirs.changes[0]).toMatchObject({ kind: 'event', event: { dossierId: 'cshtt-dossier-1' } });
    });

    it('refuses a cursor from the future with 400 and a clear message', async () => {
      const answer = await t.call(`${syncPaths.pull}?cursor=999999`, { token });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('CURSOR_FROM_FUTURE');
      expect(answer.body.error.message).toMatch(/tương lai/);
    });
  });
}
