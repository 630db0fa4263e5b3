// Sending the signed Biểu 06 from a desk to the real portal on loopback: the signed PDF goes up
// through the blob protocol, the report names it, the desk remembers what the portal accepted, and
// an answer lost on the way is sent again as the same report (same id, same PDF), stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { ok } from '../../shared/result';
import { emptyCounts, type Bieu06Report } from '../../shared/reports';
import { syncPaths } from '../../shared/sync/contract';
import { signReportPdf } from '../../renderer/src/reports/submission/sign-report';
import { pendingSubmission, submittedReports } from '../../renderer/src/reports/submission/submission-records';
import { submitReport, type SubmitStep } from '../../renderer/src/reports/submission/submit-report';
import type { SessionState, SigningSession } from '../../renderer/src/signing/signing-session';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { newDesk, recordingFetch, startPortal, tokenFor, type RunningPortal } from './support';

const UNIT = 'CUDCN';
let running: RunningPortal;
beforeAll(async () => {
  running = await startPortal();
});
afterAll(() => running?.close());

function figures(from: string, to: string): Bieu06Report & { unitCode: string } {
  const counts = { ...emptyCounts(), receivedTotal: 4, receivedDirect: 4, resolvedTotal: 3, early: 1, onTime: 2, inProgressTotal: 1, withinDeadline: 1 };
  return {
    period: { kind: 'six-month', from, to },
    unitCode: UNIT,
    fields: [{ fieldCode: 'KHCN', fieldName: 'Khoa học và công nghệ', counts, procedures: [{ procedureCode: '1.004512', procedureName: 'Đăng ký chuyển giao công nghệ', counts }] }],
    totals: counts,
  };
}

/** Stand-ins for the export worker and the signing worker, counting their calls: the portal only sees bytes. */
function pdfMaker(seed: string) {
  const calls = { built: 0, signed: 0 };
  return {
    calls,
    buildPdf: async () => {
      calls.built++;
      return new TextEncoder().encode(`%PDF-1.7 Biểu 06 ${seed} ${'x'.repeat(70_000)}`);
    },
    sign: async (pdf: Uint8Array) => {
      calls.signed++;
      return ok(new Uint8Array([...pdf, ...new TextEncoder().encode(`\n%chữ ký ${calls.signed}`)]));
    },
  };
}

async function reportRows() {
  return (await running.portal.db.query<{ id: string; pdf_sha256: string; submitted_by: string }>('SELECT id, pdf_sha256, submitted_by FROM reports WHERE unit_code = $1 ORDER BY submitted_at', [UNIT])).rows;
}

describe('submitting the signed report from a desk', () => {
  it('uploads the signed PDF, posts the report and keeps the portal’s answer on the desk', async () => {
    const desk = newDesk(UNIT);
    const token = await tokenFor(running, 'cudcn.ld1');
    const maker = pdfMaker('first-half');
    const steps: SubmitStep['step'][] = [];
    const outcome = await submitReport(figures('2026-01-01', '2026-06-30'), {
      db: desk.db,
      client: new PortalClient({ baseUrl: running.base, token }),
      officerId: 'cudcn.ld1',
      now: () => new Date().toISOString(),
      buildPdf: maker.buildPdf,
      sign: maker.sign,
      chunkBytes: 32 * 1024,
      onStep: (step) => steps.push(step.step),
    });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    expect([...new Set(steps)]).toEqual(['building', 'signing', 'uploading', 'sending']);
    const rows = await reportRows();
    expect(rows).toContainEqual({ id: outcome.report.reportId, pdf_sha256: outcome.report.pdfSha256, submitted_by: 'cudcn.ld1' });
    // The portal holds the signed bytes, not the unsigned ones.
    const stored = await fetch(running.base + syncPaths.blob(outcome.report.pdfSha256), { headers: { authorization: `Bearer ${token}` } });
    expect(new TextDecoder().decode(await stored.arrayBuffer())).toMatch(/%chữ ký 1$/);
    expect(await submittedReports(desk.db)).toEqual([outcome.report]);
    expect(await pendingSubmission(desk.db)).toBeNull();
  });

  it('sends the same report again after its answer was lost, and the portal stores it once', async () => {
    const desk = newDesk(UNIT);
    const token = await tokenFor(running, 'cudcn.ld1');
    const maker = pdfMaker('second-half');
    const before = (await reportRows()).length;
    // The portal records the report, then the connection drops before the desk reads the answer.
    const cut = recordingFetch(async (call, respond) => {
      const response = await respond();
      if (call.path === syncPaths.reports) throw new TypeError('connection reset');
      return response;
    });
    const deps = { db: desk.db, officerId: 'cudcn.ld1', now: () => new Date().toISOString(), buildPdf: maker.buildPdf, sign: maker.sign };
    const lost = await submitReport(figures('2026-07-01', '2026-12-31'), { ...deps, client: new PortalClient({ baseUrl: running.base, token, fetch: cut.fetch }) });
    expect(lost).toMatchObject({ ok: false, stage: 'send', failure: { kind: 'offline' } });
    expect(await submittedReports(desk.db)).toEqual([]);
    const pending = await pendingSubmission(desk.db);
    expect(pending).not.toBeNull();

    const again = recordingFetch();
    const retried = await submitReport(figures('2026-07-01', '2026-12-31'), { ...deps, client: new PortalClient({ baseUrl: running.base, token, fetch: again.fetch }) });
    expect(retried.ok, JSON.stringify(retried)).toBe(true);
    if (!retried.ok) return;
    // Neither written nor signed again; the PDF is not uploaded again, only asked about.
    expect(maker.calls).toEqual({ built: 1, signed: 1 });
    expect(again.calls.map((call) => `${call.method} ${call.status}`)).toEqual(['HEAD 200', 'POST 200']);
    expect(retried.report.reportId).toBe(pending!.reportId);
    expect(await reportRows()).toHaveLength(before + 1);
    expect(await submittedReports(desk.db)).toEqual([retried.report]);
    expect(await pendingSubmission(desk.db)).toBeNull();
  });

  it('asks for the signing key to be unlocked on Ký duyệt and signs nothing while it is locked', async () => {
    let batches = 0;
    const locked: Pick<SigningSession, 'state' | 'signBatch'> = {
      state: create<SessionState>(() => ({ key: null, batchRunning: false })),
      signBatch: () => {
        batches++;
        return { done: Promise.resolve({ signed: 0, failed: 0, cancelled: false }), cancel: () => {} };
      },
    };
    const answer = await signReportPdf(locked, new Uint8Array([1, 2, 3]));
    expect(answer).toEqual({ ok: false, error: { code: 'signing-locked', message: 'Hãy mở khóa chữ ký số ở mục Ký duyệt trước khi gửi.' } });
    expect(batches).toBe(0);
  });
});
