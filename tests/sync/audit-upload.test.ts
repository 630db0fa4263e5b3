// The desk's audit log reaching the real portal: processing actions' entries go up with the sync
// run and the unit's admin finds them there; an upload cut after the portal stored a batch resumes
// without a gap or a second copy; a chain the portal refuses stops audit uploads (shown as an
// issue on the Đồng bộ screen) while the dossiers keep syncing, until an officer has read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_CHAIN_BROKEN, auditSearchResponseSchema } from '../../shared/audit/audit-api';
import { syncPaths } from '../../shared/sync/contract';
import { AuditLog } from '../../renderer/src/audit/audit-log';
import { officer } from '../../renderer/src/store/test-support';
import { uploadAudit } from '../../renderer/src/sync/engine/audit-upload';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { auditUploadState, auditUploadStateFor, dismissAuditStop } from '../../renderer/src/sync/local/audit-upload-state';
import { announceSkips } from '../../portal/test/support/harness';
import { assignCommand, newDesk, perform, portalDossier, readyDesk, receive, recordingFetch, startPortal, sync, tokenFor, variants, type Desk, type RunningPortal } from './support';

announceSkips();

const UNIT = 'CUDCN';

for (const variant of variants) {
  describe.skipIf(variant.skip)(`the audit log synced to the portal (${variant.name})`, () => {
    let running: RunningPortal;
    beforeAll(async () => {
      running = await startPortal(undefined, variant);
    }, 60_000);
    afterAll(() => running?.close());

    /** The portal's copy of a desk's chain, as (seq, hash) in order. */
    async function onPortal(desk: Desk): Promise<{ seq: number; hash: string }[]> {
      const workstation = (await desk.db.audit.limit(1).first())?.workstationId;
      const { rows } = await running.portal.db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_entries WHERE workstation_id = $1 ORDER BY seq', [workstation]);
      return rows;
    }
    const onDesk = async (desk: Desk) => (await desk.db.audit.orderBy('seq').toArray()).map(({ seq, hash }) => ({ seq, hash }));

    it("sends the entries of the officers' actions with the sync run, and the unit's admin finds them on the portal", async () => {
      const { desk, token } = await readyDesk(running, UNIT, 'cudcn.mc1');
      const dossier = await receive(desk);
      await perform(desk, dossier.id, assignCommand(UNIT));
      expect(await desk.db.audit.count()).toBe(2);

      const outcome = await sync(desk, running.base, token);

      expect(outcome.failure).toBeNull();
      expect(await portalDossier(running, dossier.id)).toBeDefined();
      expect(await onPortal(desk)).toEqual(await onDesk(desk));
      expect(await auditUploadState(desk.db)).toEqual({ portalOrigin: running.base, confirmedSeq: 2, stopped: null });
      const admin = await tokenFor(running, 'cudcn.qt1');
      const found = await fetch(`${running.base}${syncPaths.audit}?${new URLSearchParams({ action: 'dossierAction', q: dossier.code })}`, { headers: { authorization: `Bearer ${admin}` } });
      const page = auditSearchResponseSchema.parse(await found.json());
      expect(page.entries.map((entry) => [entry.seq, entry.officerId, entry.details.command])).toEqual([
        [2, officer(UNIT, 'head').id, 'assign'],
        [1, officer(UNIT, 'clerk').id, 'receive'],
      ]);

      // Nothing new: the next run makes no audit call at all.
      const { calls, fetch: recording } = recordingFetch();
      await sync(desk, running.base, token, { fetch: recording });
      expect(calls.filter((call) => call.path === syncPaths.audit)).toEqual([]);
    });

    it('resumes an upload cut after the portal stored a batch: no gap, no duplicate', async () => {
      const desk = newDesk(UNIT);
      const log = new AuditLog(desk.db);
      const clerk = officer(UNIT, 'clerk');
      for (let n = 1; n <= 10; n++) await log.record({ action: 'documentPrinted', officer: clerk, details: { n } });
      const token = await tokenFor(running, 'cudcn.mc1');
      const limits = { entries: 3, bytes: 1024 * 1024 };

      // The second batch reaches the portal, which stores it; then the connection is cut before the answer arrives.
      const cut = new AbortController();
      let posts = 0;
      const { calls, fetch: cutting } = recordingFetch(async (call, respond) => {
        if (call.path !== syncPaths.audit || ++posts !== 2) return respond();
        const answer = await respond();
        cut.abort();
        await answer.body?.cancel();
        throw new DOMException('The connection was cut.', 'AbortError');
      });
      const first = await uploadAudit({ db: desk.db, client: new PortalClient({ baseUrl: running.base, token, fetch: cutting, signal: cut.signal }), portalOrigin: running.base, now: () => new Date().toISOString(), limits });
      expect(first).toMatchObject({ uploaded: 3, stopped: false, failure: { kind: 'aborted' } });
      expect(calls.map((call) => call.status)).toEqual([200, 'failed']);
      expect((await auditUploadState(desk.db)).confirmedSeq).toBe(3);
      expect((await onPortal(desk)).map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6]);

      const resumed = await uploadAudit({ db: desk.db, client: new PortalClient({ baseUrl: running.base, token }), portalOrigin: running.base, now: () => new Date().toISOString(), limits });
      expect(resumed).toEqual({ uploaded: 7, stopped: false, failure: null });
      expect(await auditUploadState(desk.db)).toEqual({ portalOrigin: running.base, confirmedSeq: 10, stopped: null });
      expect(await onPortal(desk)).toEqual(await onDesk(desk));
      // What this portal confirmed says nothing about another one: a desk pointed elsewhere sends from the first entry.
      expect(await auditUploadStateFor(desk.db, 'http://127.0.0.1:9')).toEqual({ portalOrigin: 'http://127.0.0.1:9', confirmedSeq: 0, stopped: null });
    });

    it('stops sending a chain the portal refuses, shows why, keeps the dossiers syncing, and tries again once read', async () => {
      const { desk, token } = await readyDesk(running, UNIT, 'cudcn.mc1');
      const first = await receive(desk);
      const tampered = (await desk.db.audit.get(1))!;
      // An entry edited behind the app's back (the app itself has no way to).
      await desk.db.audit.put({ ...tampered, details: { ...tampered.details, command: 'refuseToReceive' } });
      const second = await receive(desk);

      const { calls, fetch: recording } = recordingFetch();
      const outcome = await sync(desk, running.base, token, { fetch: recording });

      expect(outcome.failure).toBeNull();
      expect(await portalDossier(running, first.id)).toBeDefined();
      expect(await portalDossier(running, second.id)).toBeDefined();
      expect(calls.filter((call) => call.path === syncPaths.audit).map((call) => call.status)).toEqual([409]);
      const { confirmedSeq, stopped } = await auditUploadState(desk.db);
      expect(confirmedSeq).toBe(0);
      expect(stopped?.code).toBe(AUDIT_CHAIN_BROKEN);
      expect(stopped?.message).toContain('mục 1:');
      expect(await onPortal(desk)).toEqual([]);

      const { calls: quiet, fetch: quietFetch } = recordingFetch();
      await perform(desk, first.id, assignCommand(UNIT));
      expect((await sync(desk, running.base, token, { fetch: quietFetch })).failure).toBeNull();
      expect(quiet.filter((call) => call.path === syncPaths.audit)).toEqual([]);
      expect(quiet.filter((call) => call.path === syncPaths.push)).toHaveLength(1);

      await dismissAuditStop(desk.db);
      const { calls: again, fetch: againFetch } = recordingFetch();
      await sync(desk, running.base, token, { fetch: againFetch });
      expect(again.filter((call) => call.path === syncPaths.audit).map((call) => call.status)).toEqual([409]);
      expect((await auditUploadState(desk.db)).stopped?.code).toBe(AUDIT_CHAIN_BROKEN);
    });
  });
}
