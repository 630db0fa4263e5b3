// The officers' sessions in the web-mode secret store (real encrypted IndexedDB entries on
// fake-indexeddb): one entry per officer under a key the store accepts, an index naming them, and
// the single session of earlier versions moved over once.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserSecretStore } from '../../host/browser-secret-store';
import { forgetAllSessions, forgetSession, loadSessions, saveSession, sessionKey, type StoredSession } from './session-secret';

function secretHost() {
  const secrets = createBrowserSecretStore({ indexedDB: new IDBFactory() });
  return {
    secrets,
    host: {
      getSecret: ({ key }: { key: string }) => secrets.get(key),
      setSecret: ({ key, value }: { key: string; value: string }) => secrets.set(key, value),
      deleteSecret: ({ key }: { key: string }) => secrets.delete(key),
    },
  };
}

const session = (id: string, name: string): StoredSession => ({
  token: `token-of-${id}-${'x'.repeat(30)}`,
  expiresAt: '2026-03-10T11:00:00.000Z',
  officer: { id, name, role: 'clerk', unitCode: 'CUDCN' },
  unit: { code: 'CUDCN', name: 'Cục Ứng dụng và Phát triển công nghệ' },
  roles: ['clerk'],
  portalOrigin: 'http://127.0.0.1:8787',
});

const STORE_KEY = /^[a-z0-9][a-z0-9._-]{0,63}$/;

describe('per-officer portal sessions', () => {
  it('keeps each officer’s session under its own valid key, lists them in sign-in order, and forgets one without the others', async () => {
    const { host, secrets } = secretHost();
    const linh = session('cudcn.mc1', 'Trần Kim Linh');
    const trung = session('CUDCN/Phạm Mạnh Trung', 'Phạm Mạnh Trung');
    expect(await saveSession(host, linh)).toBe(true);
    expect(await saveSession(host, trung)).toBe(true);
    // An id the store could not take as a key (capitals, slash, Vietnamese letters) still gets a valid one.
    for (const id of [linh.officer.id, trung.officer.id]) expect(await sessionKey(id)).toMatch(STORE_KEY);
    expect(await sessionKey(linh.officer.id)).not.toBe(await sessionKey(trung.officer.id));
    expect(await loadSessions(host)).toEqual([linh, trung]);

    // Signing in again replaces that officer's session in place.
    const renewed = { ...linh, token: `renewed-${'y'.repeat(30)}` };
    await saveSession(host, renewed);
    expect(await loadSessions(host)).toEqual([renewed, trung]);

    await forgetSession(host, linh.officer.id);
    expect(await loadSessions(host)).toEqual([trung]);
    expect(await secrets.get(await sessionKey(linh.officer.id))).toEqual({ ok: true, value: null });
  });

  it('moves the single session of an earlier version into the new layout once, and deletes the old entry', async () => {
    const { host, secrets } = secretHost();
    const old = session('cudcn.tp1', 'Phạm Mạnh Trung');
    await secrets.set('portal.session', JSON.stringify(old));
    expect(await loadSessions(host)).toEqual([old]);
    expect(await secrets.get('portal.session')).toEqual({ ok: true, value: null });
    expect(await secrets.get('portal.sessions')).toEqual({ ok: true, value: JSON.stringify([old.officer.id]) });
    expect(await secrets.get(await sessionKey(old.officer.id))).toEqual({ ok: true, value: JSON.stringify(old) });
    // Read again: the index is there, nothing is migrated twice.
    expect(await loadSessions(host)).toEqual([old]);
  });

  it('starts empty when the old entry is damaged, and leaves out a damaged officer entry', async () => {
    const { host, secrets } = secretHost();
    await secrets.set('portal.session', '{"token": "cắt ngang');
    expect(await loadSessions(host)).toEqual([]);
    const linh = session('cudcn.mc1', 'Trần Kim Linh');
    const trung = session('cudcn.tp1', 'Phạm Mạnh Trung');
    await saveSession(host, linh);
    await saveSession(host, trung);
    await secrets.set(await sessionKey(trung.officer.id), JSON.stringify({ ...trung, token: 'ngắn' }));
    expect(await loadSessions(host)).toEqual([linh]);
  });

  it('forgets every officer’s session at once (the portal revoked the desk)', async () => {
    const { host, secrets } = secretHost();
    const sessions = [session('cudcn.mc1', 'Trần Kim Linh'), session('cudcn.tp1', 'Phạm Mạnh Trung')];
    // Saved concurrently, as two sign-ins finishing together: the index loses neither.
    await Promise.all(sessions.map((s) => saveSession(host, s)));
    expect((await loadSessions(host)).map((s) => s.officer.id).sort()).toEqual(['cudcn.mc1', 'cudcn.tp1']);
    await forgetAllSessions(host);
    expect(await loadSessions(host)).toEqual([]);
    for (const s of sessions) expect(await secrets.get(await sessionKey(s.officer.id))).toEqual({ ok: true, value: null });
  });
});
