// The whole path with the real pieces: Biểu 06 laid out by the documents engine, signed by a
// signing session unlocked with a .p12 (the signing worker run in-process), uploaded to the real
// portal and submitted; the bytes the portal keeps are a PDF whose signature verifies.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { err } from '../../shared/result';
import { emptyCounts, type Bieu06Report } from '../../shared/reports';
import { bieu06Pdf } from '../../shared/reports/pdf';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { syncPaths } from '../../shared/sync/contract';
import { signReportPdf } from '../../renderer/src/reports/submission/sign-report';
import { submitReport } from '../../renderer/src/reports/submission/submit-report';
import { createSigningSession } from '../../renderer/src/signing/signing-session';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { inProcessWorker } from '../signing-queue/in-process-worker';
import { createTestPki, type TestPki } from '../support/test-pki';
import { newDesk, startPortal, tokenFor, type RunningPortal } from './support';

const unavailableToken = async () => err<never>('HOST_UNAVAILABLE', 'không có token');
const host = { signingTokens: unavailableToken, tokenLogin: unavailableToken, tokenSign: unavailableToken, tokenLogout: unavailableToken };

let pki: TestPki;
let running: RunningPortal;
beforeAll(async () => {
  pki = createTestPki(path.join(mkdtempSync(path.join(os.tmpdir(), 'bao-cao-ky-')), 'pki'));
  running = await startPortal();
}, 60_000);
afterAll(() => running?.close());

const counts = { ...emptyCounts(), receivedTotal: 2, receivedOnline: 1, receivedDirect: 1, resolvedTotal: 1, onTime: 1, inProgressTotal: 1, overdue: 1 };
const report: Bieu06Report & { unitCode: string } = {
  period: { kind: 'quarter', from: '2026-01-01', to: '2026-03-31' },
  unitCode: 'CUDCN',
  fields: [{ fieldCode: 'KHCN', fieldName: 'Khoa học và công nghệ', counts, procedures: [{ procedureCode: '1.004512', procedureName: 'Đăng ký chuyển giao công nghệ', counts }] }],
  totals: counts,
};

describe('a signed Biểu 06 from the desk to the portal', () => {
  it('keeps on the portal a PDF whose signature verifies', async () => {
    const session = createSigningSession({ host, createPort: () => inProcessWorker() });
    const unlocked = await session.unlockWithP12({ name: 'lanh-dao.p12', bytes: new Uint8Array(readFileSync(pki.agency.p12File)) }, pki.passphrase);
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    const desk = newDesk('CUDCN');
    const token = await tokenFor(running, 'cudcn.ld1');
    const fonts = await loadDocumentFonts();
    const outcome = await submitReport(report, {
      db: desk.db,
      client: new PortalClient({ baseUrl: running.base, token }),
      officerId: 'cudcn.ld1',
      now: () => new Date().toISOString(),
      buildPdf: async () => {
        const pdf = await bieu06Pdf(
          {
            report,
            issuer: { parentName: 'Sở Khoa học và Công nghệ', name: 'Trung tâm Ứng dụng Công nghệ' },
            number: null,
            place: 'Hà Nội',
            date: '2026-04-02',
            signer: { authority: null, authorityTitle: null, position: 'Thủ trưởng đơn vị', name: 'Trần Văn Đức' },
            preparedBy: 'Nguyễn Thị Lan',
          },
          fonts,
        );
        if (!pdf.ok) throw new Error(pdf.error.message);
        return pdf.value;
      },
      sign: (pdf) => signReportPdf(session, pdf),
    });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    const stored = await fetch(running.base + syncPaths.blob(outcome.report.pdfSha256), { headers: { authorization: `Bearer ${token}` } });
    const verified = await verifyPdf(new Uint8Array(await stored.arrayBuffer()), { trustAnchors: [pki.root.certDer] });
    expect(verified.ok && verified.value.status).toBe('valid');
    session.lock();
  }, 60_000);
});
