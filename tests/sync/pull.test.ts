// Pull against the real portal: a unit's feed in pages until desks and portal hold the same events
// for every dossier, a cut between pages resumed without duplicates, and a counter intake refused
// because another desk numbered the same day offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFactsOf } from '../../shared/reports/report-facts';
import { syncPaths } from '../../shared/sync/contract';
import { assignCommand, deskEvents, newDesk, perform, portalDossier, portalEvents, readyDesk, receive, recordingFetch, signIn, startPortal, sync, type Desk, type RunningPortal } from './support';

let running: RunningPortal;
beforeAll(async () => {
  running = await startPortal();
});
afterAll(() => running?.close());

async function unitDossierIds(unit: string): Promise<string[]> {
  const { rows } = await running.portal.db.query<{ id: string }>('SELECT id FROM dossiers WHERE unit_code = $1 ORDER BY id', [unit]);
  return rows.map((r) => r.id);
}

/** Every dossier of the unit: the desk holds the portal's events (ids, versions, content), row and report facts. */
async function expectConverged(desk: Desk, unit: string): Promise<void> {
  const ids = await unitDossierIds(unit);
  expect((await desk.db.dossiers.toArray()).map((d) => d.id).sort()).toEqual(ids);
  for (const id of ids) {
    expect(await deskEvents(desk, id)).toEqual(await portalEvents(running, id));
    expect(await desk.db.dossiers.get(id)).toEqual(await portalDossier(running, id));
    expect((await desk.db.reportFacts.get(id)) ?? null).toEqual(reportFactsOf(await portalEvents(running, id)));
  }
  expect(await desk.db.reportFacts.count()).toBeGreaterThan(0);
}

describe('pulling from the real portal', () => {
  it('brings the unit’s feed down in pages until two desks and the portal agree on every dossier', async () => {
    const { desk: first, token: tokenA } = await readyDesk(running, 'CSHTT', 'cshtt.mc1');
    const received = [];
    for (let i = 0; i < 5; i++) received.push(await receive(first));
    await perform(first, received[0]!.id, assignCommand('CSHTT'));
    await perform(first, received[1]!.id, assignCommand('CSHTT', 2));
    expect(await sync(first, running.base, tokenA)).toMatchObject({ pushed: 7, failure: null });

    const second = newDesk('CSHTT');
    const tokenB = await signIn(running.base, 'cshtt.tp1');
    const paged = recordingFetch();
    const pulled = await sync(second, running.base, tokenB, { fetch: paged.fetch, pageSize: 3 });
    expect(pulled).toMatchObject({ pulled: 7, failure: null });
    expect(paged.calls.filter((c) => c.path === syncPaths.pull).length).toBeGreaterThanOrEqual(3);
    await expectConverged(second, 'CSHTT');

    // The second desk acts; the first learns of it on its next run. Its own events came back too, once.
    await perform(second, received[2]!.id, { type: 'stop', reason: 'Người nộp đề nghị dừng giải quyết' });
    expect((await sync(second, running.base, tokenB)).failure).toBeNull();
    expect((await sync(first, running.base, tokenA)).failure).toBeNull();
    await expectConverged(first, 'CSHTT');
    await expectConverged(second, 'CSHTT');
    expect(await first.db.events.count()).toBe(8);
  });

  it('after a cut between pages, the next run goes on from the last page written, and nothing is doubled', async () => {
    const { desk: source, token } = await readyDesk(running, 'CUDCN', 'cudcn.mc1');
    for (let i = 0; i < 4; i++) await receive(source);
    expect((await sync(source, running.base, token)).failure).toBeNull();

    const desk = newDesk('CUDCN');
    let pulls = 0;
    const cut = recordingFetch(async (call, respond) => {
      if (call.path === syncPaths.pull && ++pulls === 2) throw new TypeError('fetch failed');
      return respond();
    });
    const broken = await sync(desk, running.base, token, { fetch: cut.fetch, pageSize: 2 });
    expect(broken).toMatchObject({ pulled: 2, failure: { kind: 'offline' } });
    const [state] = await desk.db.syncState.toArray();
    expect(state!.cursor).not.toBe('');

    const resumed = recordingFetch();
    expect(await sync(desk, running.base, token, { fetch: resumed.fetch, pageSize: 2 })).toMatchObject({ pulled: 2, failure: null });
    expect(resumed.calls.find((c) => c.path === syncPaths.pull)!.query.get('cursor')).toBe(state!.cursor);
    await expectConverged(desk, 'CUDCN');
    expect(await desk.db.events.count()).toBe(4);
  });

  it('a cursor the portal never issued (restored from a backup) starts the feed over, with nothing doubled', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.tp2');
    const before = await desk.db.events.count();
    const [state] = await desk.db.syncState.toArray();
    await desk.db.syncState.put({ ...state!, cursor: '999999' });
    expect((await sync(desk, running.base, token)).failure).toBeNull();
    expect((await desk.db.syncState.toArray())[0]!.cursor).toBe(state!.cursor);
    expect(await desk.db.events.count()).toBe(before);
    await expectConverged(desk, 'CUDCN');
  });

  it('a counter intake numbered offline with a code another desk sent first is refused; the desk keeps the refusal and takes the portal’s dossier', async () => {
    const first = newDesk('VDTGD');
    const second = newDesk('VDTGD');
    const [tokenA, tokenB] = await Promise.all([signIn(running.base, 'vdtgd.mc1'), signIn(running.base, 'vdtgd.mc2')]);
    const mine = await receive(first);
    const theirs = await receive(second);
    expect(theirs.code).toBe(mine.code);
    expect((await sync(first, running.base, tokenA)).failure).toBeNull();

    const outcome = await sync(second, running.base, tokenB);
    expect(outcome).toMatchObject({ pushed: 0, rejected: 1, failure: null });
    const [issue] = await second.db.syncIssues.toArray();
    expect(issue).toMatchObject({ kind: 'rejected', code: 'CODE_TAKEN', dossierId: theirs.id, desk: { code: theirs.code }, portal: null });
    expect(await second.db.dossiers.get(theirs.id)).toBeUndefined();
    await expectConverged(second, 'VDTGD');
  });
});
