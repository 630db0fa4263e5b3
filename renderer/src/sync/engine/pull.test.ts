// The pull engine against a scripted portal: a generated unit's history served as its feed (events
// in the order they happened, so a dossier's history spans many pages), read ahead of the writes
// and written in batches; whatever the pages and batches, the desk ends with the generated rows.
import { afterEach, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../../../shared/domain/catalogue/shipped-catalogue';
import { generateDemoDossiers } from '../../../../shared/domain/demo/generate';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { Change, PullResponse } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import { calendar, freshDatabase } from '../../store/test-support';
import type { PortalClient } from '../http/portal-client';
import { answered, failed, type PortalAnswer } from '../http/portal-failure';
import { syncState, writeCursor } from '../local/sync-state';
import { pull } from './pull';

const feed = { portalOrigin: 'http://127.0.0.1:8787', unitCode: 'CSHTT' };
const databases: DeskDatabase[] = [];
afterEach(() => databases.splice(0).forEach((db) => db.close()));

function newDatabase(): DeskDatabase {
  const db = freshDatabase();
  databases.push(db);
  return db;
}

/** A unit's history as the portal's feed: every event of `count` generated dossiers in time order. */
function history(count: number): { dossiers: Dossier[]; changes: Change[] } {
  const demo = generateDemoDossiers(7, count, { catalogue: shippedCatalogue, calendar, now: '2026-11-20T03:00:00.000Z' });
  const events = [...demo.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.version - b.version));
  return { dossiers: demo.dossiers, changes: events.map((event, i) => ({ seq: String(i + 1), kind: 'event' as const, event })) };
}

/** Serves `changes` like the portal's pull; the `failOn`-th call fails as a cut connection would. */
function scriptedPortal(changes: readonly Change[], failOn?: number) {
  let calls = 0;
  const client = {
    async pull(cursor: string, limit: number): Promise<PortalAnswer<PullResponse>> {
      if (++calls === failOn) return failed({ kind: 'offline', code: 'OFFLINE', message: 'cut' });
      const after = cursor === '' ? 0 : Number(cursor);
      const page = changes.filter((c) => Number(c.seq) > after).slice(0, limit);
      return answered({ changes: page, cursor: page.at(-1)?.seq ?? cursor, more: Number(page.at(-1)?.seq ?? after) < changes.length });
    },
  };
  return { client: client as unknown as PortalClient, calls: () => calls };
}

async function expectRows(db: DeskDatabase, dossiers: readonly Dossier[]): Promise<void> {
  expect(await db.dossiers.count()).toBe(dossiers.length);
  expect(await db.dossiers.bulkGet(dossiers.map((d) => d.id))).toEqual(dossiers);
}

describe('pulling the unit’s feed', () => {
  it('reads ahead while it writes, writes what arrived meanwhile in one batch, and ends with every generated row', async () => {
    const { dossiers, changes } = history(40);
    const db = newDatabase();
    const portal = scriptedPortal(changes);
    const written: number[] = [];
    const listed = new Map<string, Dossier | null>();
    const report = await pull({
      db,
      client: portal.client,
      feed,
      pageSize: 7,
      onPulled: (n) => written.push(n),
      onDossiersChanged: (_ids, rows) => rows?.forEach((row, id) => listed.set(id, row)),
    });
    expect(report).toEqual({ pulled: changes.length, pages: Math.ceil(changes.length / 7), failure: null });
    // Fewer writes than pages: the pages read during a write went down together.
    expect(written.length).toBeLessThan(report.pages);
    expect(written.at(-1)).toBe(changes.length);
    await expectRows(db, dossiers);
    expect(await db.events.count()).toBe(changes.length);
    expect((await syncState(db)).cursor).toBe(String(changes.length));
    // The list was handed every row as written, without reading them back.
    expect(new Map(dossiers.map((d) => [d.id, d]))).toEqual(listed);
  });

  it('writes the pages read before a cut, and the next run goes on after them', async () => {
    const { dossiers, changes } = history(25);
    const db = newDatabase();
    const cut = await pull({ db, client: scriptedPortal(changes, 4).client, feed, pageSize: 10 });
    expect(cut).toMatchObject({ pulled: 30, pages: 3, failure: { code: 'OFFLINE' } });
    expect((await syncState(db)).cursor).toBe('30');
    expect(await db.events.count()).toBe(30);

    const resumed = scriptedPortal(changes);
    expect(await pull({ db, client: resumed.client, feed, pageSize: 10 })).toMatchObject({ pulled: changes.length - 30, failure: null });
    await expectRows(db, dossiers);
    expect(await db.events.count()).toBe(changes.length);
  });

  it('reading the whole feed again (a portal restored from a backup) changes nothing', async () => {
    const { dossiers, changes } = history(20);
    const db = newDatabase();
    await pull({ db, client: scriptedPortal(changes).client, feed, pageSize: 9 });
    await writeCursor(db, feed, '');
    expect(await pull({ db, client: scriptedPortal(changes).client, feed, pageSize: 4 })).toMatchObject({ pulled: changes.length, failure: null });
    await expectRows(db, dossiers);
    expect(await db.events.count()).toBe(changes.length);
  });
});
