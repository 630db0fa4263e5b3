// Officers sharing a desk, against the real portal (PGlite, and PostgreSQL when configured): each
// officer's queued actions go up with that officer's own session, in outbox order; an officer
// without a session holds back their actions and everything queued after them; and a desk the
// unit's administrator revoked loses every session and stops syncing, its local work kept.
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBrowserSecretStore } from '../../renderer/src/host/browser-secret-store';
import { DeskStore } from '../../renderer/src/store/desk-store';
import { officer } from '../../renderer/src/store/test-support';
import { DeskSync } from '../../renderer/src/sync/desk-sync';
import { OFFICER_SIGN_IN_NEEDED } from '../../renderer/src/sync/engine/push';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { syncState } from '../../renderer/src/sync/local/sync-state';
import { sessionKey } from '../../renderer/src/sync/session/session-secret';
import { DESK_CLIENT_HEADER, syncPaths, type Mutation } from '../../shared/sync/contract';
import { announceSkips } from '../../portal/test/support/harness';
import { assignCommand, localData, newDesk, perform, portalDossier, portalEvents, readyDesk, receive, startPortal, sync, tokenFor, variants, type RunningPortal } from './support';

const clerk = officer('CUDCN', 'clerk');
const head = officer('CUDCN', 'head');

/** Every push the desk made: whose token it carried and whose actions it held. */
function recordingPushes(owners: Map<string, string>) {
  const pushes: { tokenOf: string | undefined; actors: string[] }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    if (new URL(String(input)).pathname === syncPaths.push) {
      const bearer = String((init?.headers as Record<string, string>).authorization).slice('Bearer '.length);
      const body = JSON.parse(String(init?.body)) as { mutations: Mutation[] };
      pushes.push({ tokenOf: owners.get(bearer), actors: body.mutations.map((m) => m.actor.id) });
    }
    return fetch(input, init);
  };
  return { pushes, fetch: fetchImpl };
}

announceSkips();

for (const variant of variants) {
  describe.skipIf(variant.skip)(`officers sharing a desk (${variant.name})`, () => {
    let running: RunningPortal;
    beforeAll(async () => {
      running = await startPortal(() => new Date(), variant);
    });
    afterAll(() => running?.close());

    it('pushes each officer’s queued actions with that officer’s own token, in outbox order, and the portal applies them all', async () => {
      const { desk, token } = await readyDesk(running, 'CUDCN', clerk.id);
      const headToken = await tokenFor(running, head.id);
      const first = await receive(desk);
      await perform(desk, first.id, assignCommand('CUDCN'), 'head');
      const second = await receive(desk);
      const { pushes, fetch } = recordingPushes(new Map([[token, clerk.id], [headToken, head.id]]));

      const outcome = await sync(desk, running.base, token, { fetch });

      expect(outcome).toMatchObject({ pushed: 3, rejected: 0, failure: null, waiting: null });
      expect(pushes).toEqual([
        { tokenOf: clerk.id, actors: [clerk.id] },
        { tokenOf: head.id, actors: [head.id] },
        { tokenOf: clerk.id, actors: [clerk.id] },
      ]);
      expect((await portalEvents(running, first.id)).map((e) => [e.type, e.actor.id])).toEqual([
        ['received', clerk.id],
        ['assigned', head.id],
      ]);
      expect(await portalDossier(running, second.id)).toMatchObject({ version: 1 });
      expect(await desk.db.outbox.count()).toBe(0);
    });

    it('stops at the first action whose officer has no session: it and everything queued after it wait, the pull still runs, and the run says who must sign in', async () => {
      const { desk, token } = await readyDesk(running, 'CUDCN', clerk.id);
      const first = await receive(desk);
      await perform(desk, first.id, assignCommand('CUDCN'), 'head');
      const second = await receive(desk);
      const { pushes, fetch } = recordingPushes(new Map([[token, clerk.id]]));
      const clerkClient = new PortalClient({ baseUrl: running.base, token, fetch });
      const pullsBefore = (await syncState(desk.db)).cursor;

      const waiting = await sync(desk, running.base, token, { fetch, clientFor: (id) => (id === clerk.id ? clerkClient : null) });

      expect(waiting).toMatchObject({ pushed: 1, waiting: { officer: { id: head.id, name: head.name }, count: 1 } });
      expect(waiting.failure).toEqual({ kind: 'refused', code: OFFICER_SIGN_IN_NEEDED, message: `1 thay đổi của ${head.name} đang chờ cán bộ này đăng nhập.` });
      expect(pushes).toEqual([{ tokenOf: clerk.id, actors: [clerk.id] }]);
      // The clerk's second intake comes after the head's action: it waits too, in its place.
      expect((await desk.db.outbox.orderBy('seq').toArray()).map((e) => [e.dossierId, e.actor.id])).toEqual([
        [first.id, head.id],
        [second.id, clerk.id],
      ]);
      expect(await portalDossier(running, second.id)).toBeUndefined();
      expect((await syncState(desk.db)).cursor).not.toBe(pullsBefore);

      // The head signs in: the rest goes, in order, each with its own officer's token.
      const done = await sync(desk, running.base, token);
      expect(done).toMatchObject({ pushed: 2, failure: null, waiting: null });
      expect(await desk.db.outbox.count()).toBe(0);
      expect(await portalDossier(running, first.id)).toMatchObject({ version: 2 });
    });

    describe('the desk’s sync service', () => {
      const services: DeskSync[] = [];
      afterEach(() => services.splice(0).forEach((s) => s.stop()));

      async function deskApp() {
        const desk = newDesk('CUDCN');
        const secrets = createBrowserSecretStore({ indexedDB: new IDBFactory() });
        const host = { getSecret: ({ key }: { key: string }) => secrets.get(key), setSecret: ({ key, value }: { key: string; value: string }) => secrets.set(key, value), deleteSecret: ({ key }: { key: string }) => secrets.delete(key) };
        const store = new DeskStore({ db: desk.db });
        await store.load();
        const onDeviceRevoked = vi.fn();
        const service = new DeskSync({ store, host, portalUrl: () => running.base, onDeviceRevoked });
        services.push(service);
        await service.start();
        return { desk, store, service, secrets, onDeviceRevoked };
      }

      it('keeps one session per officer: signing in another keeps the first, the active officer chooses the screen’s session, signing out forgets only one', async () => {
        const { service, secrets } = await deskApp();
        expect(await service.signIn(clerk.id, 'demo')).toMatchObject({ ok: true, session: { officer: { id: clerk.id } } });
        expect(await service.signIn(head.id, 'demo')).toMatchObject({ ok: true, session: { officer: { id: head.id } } });
        expect(service.status.getState().sessions.map((s) => [s.officer.id, s.expired])).toEqual([
          [clerk.id, false],
          [head.id, false],
        ]);
        expect(service.status.getState().session?.officer.id).toBe(head.id);
        service.activate(clerk.id);
        expect(service.status.getState()).toMatchObject({ activeOfficerId: clerk.id, session: { officer: { id: clerk.id } } });
        service.activate('cudcn.cv1');
        expect(service.status.getState()).toMatchObject({ session: null, sessionExpired: false });
        expect(service.portalClient()).toBeNull();

        await service.signOut(clerk.id);
        expect(service.status.getState().sessions.map((s) => s.officer.id)).toEqual([head.id]);
        expect(await secrets.get(await sessionKey(clerk.id))).toEqual({ ok: true, value: null });
        expect((await secrets.get(await sessionKey(head.id))).ok).toBe(true);
        // The head's session still syncs, for the unit, while the officer at the desk has none.
        expect((await service.syncNow())?.failure).toBeNull();
      });

      it('tells the Đồng bộ screen whose changes wait, and sends them once that officer signs in', async () => {
        const { desk, service } = await deskApp();
        await service.signIn(clerk.id, 'demo');
        await service.syncNow();
        const dossier = await receive(desk);
        await perform(desk, dossier.id, assignCommand('CUDCN'), 'head');
        await service.syncNow();
        expect(service.status.getState().waiting).toEqual({ officer: { id: head.id, name: head.name }, count: 1 });
        expect(await desk.db.outbox.count()).toBe(1);
        await service.signIn(head.id, 'demo');
        await vi.waitFor(async () => expect(await desk.db.outbox.count()).toBe(0));
        await vi.waitFor(() => expect(service.status.getState()).toMatchObject({ waiting: null, failure: null }));
        expect(await portalDossier(running, dossier.id)).toMatchObject({ version: 2 });
      });

      it('once the portal revokes the desk: the next sync is refused with DEVICE_REVOKED, every session leaves the secret store, sync stops, local work stays', async () => {
        const { desk, service, secrets, onDeviceRevoked } = await deskApp();
        await service.signIn(clerk.id, 'demo');
        await service.signIn(head.id, 'demo');
        expect((await service.syncNow())?.failure).toBeNull();
        await receive(desk);
        const { clientId } = await syncState(desk.db);
        const saved = await secrets.get(await sessionKey(clerk.id));
        const clerkToken = (JSON.parse((saved as { value: string }).value) as { token: string }).token;

        // A head cannot revoke it; the unit's administrator can.
        const revokeAs = async (username: string) =>
          fetch(running.base + syncPaths.adminRevokeDesk(clientId), { method: 'POST', headers: { authorization: `Bearer ${await tokenFor(running, username)}` } });
        const refused = await revokeAs(head.id);
        expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
        expect((await revokeAs(officer('CUDCN', 'admin').id)).status).toBe(200);

        const before = await localData(desk);
        await service.syncNow();
        await vi.waitFor(() => expect(onDeviceRevoked).toHaveBeenCalledTimes(1));
        expect(service.status.getState()).toMatchObject({ revoked: true, session: null, sessions: [], failure: { code: 'DEVICE_REVOKED' } });
        expect(service.status.getState().scheduler).toMatchObject({ running: false, nextRunAt: null });
        for (const id of [clerk.id, head.id]) expect(await secrets.get(await sessionKey(id))).toEqual({ ok: true, value: null });
        expect(await secrets.get('portal.sessions')).toEqual({ ok: true, value: '[]' });
        // Dossiers and the unsent intake are still here.
        expect(await localData(desk)).toEqual(before);
        expect(before.outbox).toHaveLength(1);
        expect(await service.syncNow()).toBeNull();

        // The portal ended the desk's sessions, and refuses it a new one.
        const ended = await fetch(running.base + syncPaths.pull, { headers: { authorization: `Bearer ${clerkToken}` } });
        expect(ended.status).toBe(401);
        expect(await service.signIn(clerk.id, 'demo')).toMatchObject({ ok: false, failure: { kind: 'unauthorized', code: 'DEVICE_REVOKED' } });
        const fresh = await fetch(running.base + syncPaths.session, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [DESK_CLIENT_HEADER]: clientId },
          body: JSON.stringify({ username: clerk.id, password: 'demo' }),
        });
        expect(fresh.status).toBe(401);
      });
    });
  });
}
