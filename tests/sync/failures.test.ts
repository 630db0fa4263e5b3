// What the desk does when the portal cannot be used: garbled answers are refused before anything
// local changes, and each failure is sorted into what the officer can act on (no network, the
// portal's fault, an expired session, a refused sign-in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPaths } from '../../shared/sync/contract';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { isRetryable } from '../../renderer/src/sync/http/portal-failure';
import { assignCommand, localData, newDesk, pdfFile, perform, readyDesk, receive, recordingFetch, startPortal, sync, type RunningPortal } from './support';

let running: RunningPortal;
beforeAll(async () => {
  running = await startPortal();
});
afterAll(() => running?.close());

let seed = 100;
const json = (body: unknown, status = 200) => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Lets the portal answer, then hands the desk `garble(answer)` instead for requests to `path`. */
function garbling(path: string, garble: (answer: unknown) => unknown) {
  return recordingFetch(async (call, respond) => {
    const response = await respond();
    if (call.path !== path) return response;
    return json(garble(await response.json()));
  });
}

describe('answers that do not follow the contract', () => {
  it.each([
    ['a push answer without the events', syncPaths.push, (a: any) => ({ results: a.results.map((r: any) => ({ mutationId: r.mutationId, status: r.status })) })],
    ['a push answer with an extra field', syncPaths.push, (a: any) => ({ ...a, note: 'đã nhận' })],
    ['a pull page whose event has version 0', syncPaths.pull, (a: any) => ({ ...a, changes: a.changes.map((c: any) => (c.kind === 'event' ? { ...c, event: { ...c.event, version: 0 } } : c)) })],
    ['a pull page with a cursor that is not a number', syncPaths.pull, (a: any) => ({ ...a, cursor: 'tiếp theo' })],
    ['a "missing blobs" answer with a bad hash', syncPaths.blobsMissing, () => ({ missing: ['không-phải-sha'] })],
    ['a lease for another unit', syncPaths.leases, (a: any) => ({ ...a, block: { ...a.block, unitCode: 'CSHTT' } })],
  ])('%s is refused and nothing local changes', async (_what, path, garble) => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.tp1');
    if (path === syncPaths.pull) {
      // Something new in the feed: another desk's intake.
      const other = await readyDesk(running, 'CUDCN', 'cudcn.mc1');
      await receive(other.desk);
      expect((await sync(other.desk, running.base, other.token)).failure).toBeNull();
    } else if (path === syncPaths.leases) {
      await desk.db.numberBlocks.clear();
    } else {
      const dossier = await receive(desk, [{ componentCode: 'TK', file: await pdfFile('to-khai.pdf', 2_000, ++seed) }]);
      await perform(desk, dossier.id, assignCommand('CUDCN'));
    }
    const before = await localData(desk);

    const outcome = await sync(desk, running.base, token, { fetch: garbling(path, garble).fetch });

    expect(outcome.failure).toMatchObject({ kind: 'malformed', code: 'MALFORMED_ANSWER' });
    expect(await localData(desk)).toEqual(before);
    const [lastRun] = await desk.db.syncRuns.orderBy('id').reverse().limit(1).toArray();
    expect(lastRun).toMatchObject({ result: 'failed', error: { code: 'MALFORMED_ANSWER' } });
    // The real answer, next time, is taken as usual.
    expect((await sync(desk, running.base, token)).failure).toBeNull();
  });

  it('an HTML page where JSON was due (a captive portal, a proxy) is refused too', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.tp2');
    await receive(desk);
    const before = await localData(desk);
    const proxy = recordingFetch(async () => new Response('<html><body>Đăng nhập Wi-Fi</body></html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect((await sync(desk, running.base, token, { fetch: proxy.fetch })).failure).toMatchObject({ kind: 'malformed' });
    expect(await localData(desk)).toEqual(before);
  });
});

describe('failures sorted by what to do next', () => {
  it('no portal listening: offline, worth retrying', async () => {
    const answer = await new PortalClient({ baseUrl: 'http://127.0.0.1:9' }).pull('', 10);
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'offline', code: 'OFFLINE' } });
    expect(!answer.ok && isRetryable(answer.failure)).toBe(true);
  });

  it('a portal that does not answer in time: timeout', async () => {
    const slow = recordingFetch((_call, respond) => new Promise((resolve) => setTimeout(() => resolve(respond()), 500)));
    const answer = await new PortalClient({ baseUrl: running.base, fetch: slow.fetch, timeoutMs: 50 }).pull('', 10);
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  it('a 503 from the portal: its fault, retried later, local data untouched', async () => {
    const { desk, token } = await readyDesk(running, 'CUDCN', 'cudcn.cv1');
    await receive(desk);
    const before = await localData(desk);
    const down = recordingFetch(async () => json({ error: { code: 'MAINTENANCE', message: 'Cổng đang bảo trì.' } }, 503));
    const outcome = await sync(desk, running.base, token, { fetch: down.fetch });
    expect(outcome.failure).toMatchObject({ kind: 'server', status: 503, code: 'MAINTENANCE', message: 'Cổng đang bảo trì.' });
    expect(isRetryable(outcome.failure!)).toBe(true);
    expect(await localData(desk)).toEqual(before);
  });

  it('a wrong password or an unknown session: unauthorized, with the portal’s sentence', async () => {
    const signIn = await new PortalClient({ baseUrl: running.base }).signIn({ username: 'cudcn.mc1', password: 'sai-mat-khau' });
    expect(signIn).toMatchObject({ ok: false, failure: { kind: 'unauthorized', status: 401, code: 'BAD_CREDENTIALS' } });
    const desk = newDesk('CUDCN');
    const outcome = await sync(desk, running.base, 'x'.repeat(43));
    expect(outcome.failure).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(isRetryable(outcome.failure!)).toBe(false);
  });
});
