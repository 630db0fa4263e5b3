// Push against the real portal: a counter intake with attachments (bytes in chunks, resumable), a
// push repeated after a cut connection, leases, and a permanent rejection shown with both sides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_LIMITS, syncPaths } from '../../shared/sync/contract';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { assignCommand, deskEvents, newDesk, pdfFile, perform, portalDossier, portalEvents, readyDesk, receive, recordingFetch, signIn, startPortal, sync, type RunningPortal } from './support';

let running: RunningPortal;
beforeAll(async () => {
  running = await startPortal();
});
afterAll(() => running?.close());

const chunk = SYNC_LIMITS.blobChunkBytes;

describe('pushing to the real portal', () => {
  it('sends a counter intake with its attachments, the bytes first and in chunks, then the mutation', async () => {
    const desk = newDesk('CUDCN');
    const token = await signIn(running.base, 'cudcn.mc1');
    const large = await pdfFile('ban-ve.pdf', 2 * chunk + 12_345, 1);
    const small = await pdfFile('to-khai.pdf', 40_000, 2);
    const dossier = await receive(desk, [
      { componentCode: 'TK', file: small },
      { componentCode: 'BV', file: large },
    ]);
    const { calls, fetch } = recordingFetch();

    const outcome = await sync(desk, running.base, token, { fetch });

    expect(outcome).toMatchObject({ pushed: 1, rejected: 0, failure: null });
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.bodyBytes)).toEqual([small.size, chunk, chunk, 12_345]);
    const firstPush = calls.findIndex((c) => c.path === syncPaths.push);
    expect(calls.findLastIndex((c) => c.method === 'PUT')).toBeLessThan(firstPush);
    expect(await desk.db.outbox.count()).toBe(0);
    // The desk holds exactly the portal's events, confirmed, and the same dossier row.
    expect(await deskEvents(desk, dossier.id)).toEqual(await portalEvents(running, dossier.id));
    expect(await desk.db.dossiers.get(dossier.id)).toEqual(await portalDossier(running, dossier.id));
    expect((await desk.db.dossierFiles.where('dossierId').equals(dossier.id).toArray()).map((f) => f.name).sort()).toEqual(['ban-ve.pdf', 'to-khai.pdf']);
    const head = await new PortalClient({ baseUrl: running.base, token }).blobOffset(large.sha256);
    expect(head).toEqual({ ok: true, value: { offset: large.size, length: large.size } });
    // Online, the desk leased its dossier numbers from the portal: the next intake uses them.
    const leased = (await desk.db.numberBlocks.toArray()).filter((b) => b.source === 'portal');
    expect(leased.length).toBeGreaterThanOrEqual(1);
    const next = await receive(desk);
    const block = leased.find((b) => next.code.endsWith(String(b.from).padStart(4, '0')));
    expect(block).toBeDefined();
  });

  it('after a cut in the middle of an upload, resumes where the portal’s copy ends: less than a chunk goes twice', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.mc2');
    const file = await pdfFile('ho-so-ky-thuat.pdf', 3 * chunk + 777, 3);
    await receive(desk, [{ componentCode: 'TK', file }]);
    let puts = 0;
    // The second chunk reaches the portal but its answer never comes back.
    const cut = recordingFetch(async (call, respond) => {
      if (call.method === 'PUT' && ++puts === 2) {
        await respond();
        throw new TypeError('fetch failed');
      }
      return respond();
    });
    const first = await sync(desk, running.base, token, { fetch: cut.fetch });
    expect(first.failure).toMatchObject({ kind: 'offline' });
    expect(await desk.db.outbox.count()).toBe(1);

    const resumed = recordingFetch();
    const second = await sync(desk, running.base, token, { fetch: resumed.fetch });
    expect(second).toMatchObject({ pushed: 1, failure: null });
    const sentFirst = cut.calls.filter((c) => c.method === 'PUT').reduce((sum, c) => sum + c.bodyBytes, 0);
    const sentAgain = resumed.calls.filter((c) => c.method === 'PUT').reduce((sum, c) => sum + c.bodyBytes, 0);
    expect(resumed.calls.find((c) => c.method === 'HEAD')).toBeDefined();
    expect(sentFirst + sentAgain - file.size).toBeLessThan(chunk);
    expect((await desk.db.blobUploads.get(file.sha256))!.sent).toBe(file.size);
  });

  it('a cut during the very first chunk is resumed from the portal’s offset too', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.mc2');
    const file = await pdfFile('phu-luc.pdf', chunk + 999, 4);
    await receive(desk, [{ componentCode: 'TK', file }]);
    const cut = recordingFetch(async (call, respond) => {
      if (call.method !== 'PUT') return respond();
      await respond();
      throw new TypeError('fetch failed');
    });
    expect((await sync(desk, running.base, token, { fetch: cut.fetch })).failure).toMatchObject({ kind: 'offline' });
    const resumed = recordingFetch();
    expect(await sync(desk, running.base, token, { fetch: resumed.fetch })).toMatchObject({ pushed: 1, failure: null });
    expect(resumed.calls.filter((c) => c.method === 'HEAD' || c.method === 'PUT').map((c) => [c.method, c.bodyBytes])).toEqual([
      ['HEAD', 0],
      ['PUT', 999],
    ]);
  });

  it('repeats a push whose answer was lost and gets the same answer: nothing is recorded twice', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.mc1');
    const dossier = await receive(desk);
    await perform(desk, dossier.id, assignCommand('CUDCN'));
    // The portal applies the batch, then the connection drops before the desk reads the answer.
    const cut = recordingFetch(async (call, respond) => {
      const response = await respond();
      if (call.path === syncPaths.push) throw new TypeError('fetch failed');
      return response;
    });
    expect((await sync(desk, running.base, token, { fetch: cut.fetch })).failure).toMatchObject({ kind: 'offline' });
    expect(await desk.db.outbox.count()).toBe(2);
    expect((await deskEvents(desk, dossier.id)).every((e) => e.pending)).toBe(true);

    const again = await sync(desk, running.base, token);
    expect(again).toMatchObject({ pushed: 2, rejected: 0, failure: null });
    const onPortal = await portalEvents(running, dossier.id);
    expect(onPortal.map((e) => e.type)).toEqual(['received', 'assigned']);
    expect(await deskEvents(desk, dossier.id)).toEqual(onPortal);
    expect(await desk.db.syncIssues.count()).toBe(0);
  });

  it('a permanent rejection is recorded with both sides, never retried, and the dossier returns to the portal’s state', async () => {
    const first = newDesk('CSHTT');
    const second = newDesk('CSHTT');
    const [tokenA, tokenB] = await Promise.all([signIn(running.base, 'cshtt.tp1'), signIn(running.base, 'cshtt.tp2')]);
    const dossier = await receive(first);
    expect((await sync(first, running.base, tokenA)).failure).toBeNull();
    expect((await sync(second, running.base, tokenB)).failure).toBeNull();
    expect(await second.db.dossiers.get(dossier.id)).toEqual(await portalDossier(running, dossier.id));

    // Desk 1 stops the dossier and syncs; desk 2, offline, assigns it meanwhile.
    await perform(first, dossier.id, { type: 'stop', reason: 'Người nộp đề nghị dừng giải quyết' });
    expect((await sync(first, running.base, tokenA)).failure).toBeNull();
    await perform(second, dossier.id, assignCommand('CSHTT', 2));
    expect((await second.db.dossiers.get(dossier.id))!.status).toBe(4);

    const outcome = await sync(second, running.base, tokenB);
    expect(outcome).toMatchObject({ pushed: 0, rejected: 1, failure: null });
    const [issue] = await second.db.syncIssues.toArray();
    expect(issue).toMatchObject({ kind: 'conflict', dossierId: dossier.id, command: { type: 'assign' }, desk: { status: 4 }, portal: { status: 8 } });
    expect(issue!.message.length).toBeGreaterThan(20);
    expect(await second.db.outbox.count()).toBe(0);
    expect(await second.db.dossiers.get(dossier.id)).toEqual(await portalDossier(running, dossier.id));
    expect(await deskEvents(second, dossier.id)).toEqual(await portalEvents(running, dossier.id));

    // Processed, not retried: the next run sends nothing.
    const quiet = recordingFetch();
    await sync(second, running.base, tokenB, { fetch: quiet.fetch });
    expect(quiet.calls.filter((c) => c.path === syncPaths.push)).toEqual([]);
  });

  it('one dossier waiting for its bytes does not hold back the others', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.mc1');
    const file = await pdfFile('mat-tep.pdf', 5_000, 9);
    const waiting = await receive(desk, [{ componentCode: 'TK', file }]);
    const unrelated = await receive(desk);
    // The bytes vanished from this desk (a damaged disk): the portal cannot get them.
    await desk.db.attachments.delete(file.sha256);
    const outcome = await sync(desk, running.base, token);
    expect(outcome.failure).toMatchObject({ code: 'BLOB_MISSING' });
    expect(outcome.pushed).toBe(1);
    expect(await portalDossier(running, unrelated.id)).toBeDefined();
    expect(await portalDossier(running, waiting.id)).toBeUndefined();
    expect((await desk.db.outbox.toArray()).map((e) => e.dossierId)).toEqual([waiting.id]);
  });
});
