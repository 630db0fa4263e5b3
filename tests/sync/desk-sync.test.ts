// The desk's sync service as the app wires it, against the real portal: sign-in keeps the token in
// the web-mode secret store, runs keep the DeskStore's list index in step, files that came by pull
// are fetched when opened, and an expired session asks the officer to sign in again.
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserSecretStore } from '../../renderer/src/host/browser-secret-store';
import { DeskStore } from '../../renderer/src/store/desk-store';
import { freshDatabase } from '../../renderer/src/store/test-support';
import { DeskSync } from '../../renderer/src/sync/desk-sync';
import { sessionKey } from '../../renderer/src/sync/session/session-secret';
import { pdfFile, readyDesk, receive, startPortal, sync, type RunningPortal } from './support';

/** The portal's clock runs `skewMs` ahead of the real one, so a test can let sessions expire. */
let skewMs = 0;
let running: RunningPortal;
beforeAll(async () => {
  running = await startPortal(() => new Date(Date.now() + skewMs));
});
afterAll(() => running?.close());

const services: DeskSync[] = [];
afterEach(() => {
  services.splice(0).forEach((s) => s.stop());
  skewMs = 0;
});

function deskApp() {
  const secrets = createBrowserSecretStore({ indexedDB: new IDBFactory() });
  const host = { getSecret: ({ key }: { key: string }) => secrets.get(key), setSecret: ({ key, value }: { key: string; value: string }) => secrets.set(key, value), deleteSecret: ({ key }: { key: string }) => secrets.delete(key) };
  const store = new DeskStore({ db: freshDatabase() });
  const service = new DeskSync({ store, host, portalUrl: () => running.base });
  services.push(service);
  return { store, service, secrets };
}

describe('the desk’s sync service', () => {
  it('signs in, keeps the token only in the secret store, and brings the unit’s dossiers into the list', async () => {
    const { desk: other, token } = await readyDesk(running, 'CSHTT', 'cshtt.mc1');
    const file = await pdfFile('don-dang-ky.pdf', 30_000, 7);
    const filed = await receive(other, [{ componentCode: 'TK', file }]);
    expect((await sync(other, running.base, token)).failure).toBeNull();

    const { store, service, secrets } = deskApp();
    await store.load();
    await service.start();
    expect(service.status.getState()).toMatchObject({ ready: true, session: null });
    expect(await service.signIn('cshtt.mc2', 'demo')).toMatchObject({ ok: true, session: { officer: { id: 'cshtt.mc2' } } });
    const saved = await secrets.get(await sessionKey('cshtt.mc2'));
    expect(saved.ok && JSON.parse(saved.value!)).toMatchObject({ officer: { id: 'cshtt.mc2' }, portalOrigin: running.base });
    expect(JSON.stringify(service.status.getState())).not.toContain(JSON.parse((saved as { value: string }).value).token);

    await service.syncNow();
    expect(store.list.get(filed.id)).toMatchObject({ code: filed.code });
    expect(service.status.getState()).toMatchObject({ failure: null, sessionExpired: false });

    // The file came as a record only; its bytes arrive when the officer opens it, checked by hash.
    const [record] = await store.db.dossierFiles.where('dossierId').equals(filed.id).toArray();
    expect(await store.db.attachments.get(file.sha256)).toBeUndefined();
    const opened = await store.attachment(record!);
    expect(new Uint8Array(await opened!.blob.arrayBuffer())).toEqual(new Uint8Array(await file.blob.arrayBuffer()));
    expect(await store.db.attachments.get(file.sha256)).toBeDefined();
  });

  it('refuses a wrong password with the portal’s reason and saves nothing', async () => {
    const { service, secrets } = deskApp();
    await service.start();
    const outcome = await service.signIn('cshtt.mc1', 'không-đúng');
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'unauthorized', code: 'BAD_CREDENTIALS' } });
    expect(await secrets.get(await sessionKey('cshtt.mc1'))).toEqual({ ok: true, value: null });
  });

  it('asks for a new sign-in once the portal says the session expired, and signs out cleanly', async () => {
    const { service, secrets } = deskApp();
    await service.start();
    expect(await service.signIn('cshtt.tp1', 'demo')).toMatchObject({ ok: true });
    await service.syncNow();
    skewMs = 9 * 3_600_000;
    const outcome = await service.syncNow();
    expect(outcome?.failure).toMatchObject({ kind: 'unauthorized', code: 'SESSION_EXPIRED' });
    expect(service.status.getState().sessionExpired).toBe(true);
    expect(await service.syncNow()).toBeNull();
    await service.signOut('cshtt.tp1');
    expect(service.status.getState()).toMatchObject({ session: null, sessionExpired: false, sessions: [] });
    expect(await secrets.get(await sessionKey('cshtt.tp1'))).toEqual({ ok: true, value: null });
  });
});
