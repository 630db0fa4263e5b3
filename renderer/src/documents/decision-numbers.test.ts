import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeaseRequest, LeaseResponse } from '../../../shared/sync/contract';
import type { DeskDatabase } from '../store/database';
import { calendar, freshDatabase } from '../store/test-support';
import type { PortalClient } from '../sync/http/portal-client';
import { answered } from '../sync/http/portal-failure';
import { topUpDecisionNumbers } from '../sync/engine/leases';
import { DECISION_LEASE_SIZE, decisionNumbersLeft, needsDecisionLease, takeDecisionNumber, withNumber } from './decision-numbers';
import { decisionDraftFor, documentStore, dossierInProcessing, leaseDecisionBlock, specialist } from './test-support';

let db: DeskDatabase;
afterEach(() => db?.close());
const clock = { now: '2026-03-10T02:00:00.000Z' };

/** The portal's counter for one unit: blocks come off it in order and never overlap. */
function fakePortal(unitCode = 'CUDCN') {
  const counters = new Map<string, number>();
  const requests: LeaseRequest[] = [];
  const client = {
    async lease(request: LeaseRequest) {
      requests.push(request);
      const key = `${request.kind}:${request.kind === 'decision' ? request.day.slice(0, 4) : request.day}`;
      const from = counters.get(key) ?? 1;
      counters.set(key, from + request.size);
      const response: LeaseResponse = { kind: request.kind, block: { unitCode, day: request.day, from, to: from + request.size - 1, next: from } };
      return answered(response);
    },
  } as unknown as PortalClient;
  return { client, requests };
}

describe('decision numbers from leased blocks', () => {
  it('writes the number before the symbol', () => {
    expect(withNumber('…/QĐ-UDCN', 15)).toBe('15/QĐ-UDCN');
    expect(withNumber('', 15)).toBe('');
  });

  it('moves to the next block when one is used up, then refuses when all are', async () => {
    db = freshDatabase();
    await leaseDecisionBlock(db, 2026, 1, 2);
    await leaseDecisionBlock(db, 2026, 41, 41);
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push(await db.transaction('rw', db.decisionBlocks, () => takeDecisionNumber(db, 'CUDCN', 2026)));
    expect(taken.map((t) => t.ok && t.value)).toEqual([1, 2, 41]);
    expect(await decisionNumbersLeft(db, 'CUDCN', 2026)).toBe(0);
    expect(await takeDecisionNumber(db, 'CUDCN', 2026)).toMatchObject({ ok: false, error: { code: 'DECISION_NUMBERS_EXHAUSTED' } });
  });

  it('decisions submitted at the same time on one desk, from one window or two, never share a number', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }), fc.boolean(), async (documents, blockSize, twoWindows) => {
        db = freshDatabase();
        const windows = twoWindows ? [documentStore(db, clock), documentStore(db, clock)] : [documentStore(db, clock)];
        await leaseDecisionBlock(db, 2026, 100, 100 + blockSize - 1);
        const submissions: [number, string][] = [];
        for (let i = 0; i < documents; i++) {
          // One dossier holds one open decision draft: each draft goes to its own dossier.
          const dossier = await dossierInProcessing(db, clock);
          const created = await windows[0]!.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist });
          if (!created.ok) throw new Error(created.error.message);
          submissions.push([i % windows.length, created.value.id]);
        }
        const outcomes = await Promise.all(submissions.map(([w, id]) => windows[w]!.submitForSignature(id)));
        const numbers = outcomes.flatMap((o) => (o.ok ? [o.value.number] : []));
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers.every((n) => Number(n!.split('/')[0]) >= 100 && Number(n!.split('/')[0]) < 100 + blockSize)).toBe(true);
        // One window takes its turns: all are numbered while the block lasts. Two windows race; a
        // loser is told to try again (or that numbers ran out), never given a number twice.
        if (!twoWindows) expect(numbers.length).toBe(Math.min(documents, blockSize));
        for (const o of outcomes) if (!o.ok) expect(o.error.code).toMatch(/DECISION_NUMBERS_EXHAUSTED|DOCUMENT_BUSY/);
        db.close();
      }),
      { numRuns: 20 },
    );
  });

  it('two desks with blocks leased from one portal never issue the same number in a year', async () => {
    const portal = fakePortal();
    const desks = [freshDatabase(), freshDatabase()];
    const issued: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const desk of desks) {
        const topped = await topUpDecisionNumbers({ db: desk, client: portal.client, clientId: crypto.randomUUID(), unitCode: 'CUDCN', now: () => clock.now });
        expect(topped.ok).toBe(true);
        // Use the block down to the threshold, so the next round leases another.
        while (!(await needsDecisionLease(desk, 'CUDCN', 2026))) {
          const taken = await desk.transaction('rw', desk.decisionBlocks, () => takeDecisionNumber(desk, 'CUDCN', 2026));
          if (taken.ok) issued.push(taken.value);
        }
      }
    }
    expect(issued.length).toBeGreaterThan(DECISION_LEASE_SIZE * 3);
    expect(new Set(issued).size).toBe(issued.length);
    for (const desk of desks) desk.close();
  });
});

describe('keeping decision numbers topped up while online', () => {
  it('leases a block when the desk holds none, and not again while it has enough', async () => {
    db = freshDatabase();
    const portal = fakePortal();
    const deps = { db, client: portal.client, clientId: crypto.randomUUID(), unitCode: 'CUDCN', now: () => clock.now, calendar };
    expect(await topUpDecisionNumbers(deps)).toEqual({ ok: true, value: 1 });
    expect(portal.requests).toEqual([expect.objectContaining({ kind: 'decision', day: '2026-03-10', size: DECISION_LEASE_SIZE })]);
    expect(await decisionNumbersLeft(db, 'CUDCN', 2026)).toBe(DECISION_LEASE_SIZE);
    expect(await topUpDecisionNumbers(deps)).toEqual({ ok: true, value: 0 });
  });

  it("at the year's end also leases for the new year, whose numbers start again", async () => {
    db = freshDatabase();
    const portal = fakePortal();
    const newYearsEve = '2026-12-31T02:00:00.000Z';
    const topped = await topUpDecisionNumbers({ db, client: portal.client, clientId: crypto.randomUUID(), unitCode: 'CUDCN', now: () => newYearsEve, calendar });
    expect(topped).toEqual({ ok: true, value: 2 });
    expect(portal.requests.map((r) => r.day.slice(0, 4))).toEqual(['2026', '2027']);
    expect((await db.decisionBlocks.where('[unitCode+year]').equals(['CUDCN', 2027]).first())?.from).toBe(1);
  });

  it('refuses a block for another unit and stores nothing', async () => {
    db = freshDatabase();
    const portal = fakePortal('CSHTT');
    const topped = await topUpDecisionNumbers({ db, client: portal.client, clientId: crypto.randomUUID(), unitCode: 'CUDCN', now: () => clock.now });
    expect(topped).toMatchObject({ ok: false, failure: { kind: 'malformed' } });
    expect(await db.decisionBlocks.count()).toBe(0);
  });
});
