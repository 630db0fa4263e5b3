// Signing the leader's selection: documents go to the worker in groups, each signed file is
// recorded as it comes back, and a document that cannot be read, signed or recorded fails alone.
import { describe, expect, it } from 'vitest';
import type { SignatureArea } from '../../../shared/documents/render-document';
import { err, ok } from '../../../shared/result';
import type { SignatureAppearance } from '../../../shared/signing/appearance';
import type { SigningSession, UnlockedKey } from '../signing/signing-session';
import type { DocumentProgress } from '../signing/worker/signing-worker-client';
import type { BatchRequest } from '../signing/worker/batch-runner';
import type { DocumentSignature } from '../store/document-records';
import { INITIAL_BOX, SIGNATURE_BOXES, signSelected, type RowOutcome, type SignableDocuments, type SignatureKind } from './sign-selected';

const key: UnlockedKey = {
  source: 'pkcs12',
  label: 'lanh-dao.p12',
  certificate: { subject: { commonName: 'Trần Văn Đức', organization: null, text: 'CN=Trần Văn Đức' }, issuer: { commonName: 'CA', organization: null, text: 'CN=CA' }, serialNumber: '01', validFrom: '2026-01-01T00:00:00Z', validTo: '2028-01-01T00:00:00Z', problem: null },
};
const pdf = (id: string) => new TextEncoder().encode(`%PDF-1.7 ${id}`);

/** A session whose worker "signs" by appending a mark, and refuses documents named in `refuse`. */
function fakeSession(refuse: string[] = [], stopAfterGroups = Infinity) {
  const groups: string[][] = [];
  const requests: BatchRequest[] = [];
  const session: Pick<SigningSession, 'signBatch'> = {
    signBatch(request: BatchRequest, onDocument: (progress: DocumentProgress) => void) {
      groups.push(request.documents.map((d) => d.documentId));
      requests.push(request);
      const done = (async () => {
        if (groups.length > stopAfterGroups) throw new Error('Phiên ký đã khoá.');
        request.documents.forEach(({ documentId, pdf: bytes }, index) =>
          onDocument({
            documentId,
            done: index + 1,
            total: request.documents.length,
            result: refuse.includes(documentId) ? err('corrupt-pdf', 'Tệp PDF bị hỏng hoặc không đọc được.') : ok({ pdf: new Uint8Array([...bytes, 0x21]), fieldName: 'Signature1', signingTime: '2026-11-27T08:00:00.000Z' }),
          }),
        );
        return { signed: 0, failed: 0, cancelled: false };
      })();
      return { done, cancel: () => {} };
    },
  };
  return { session, groups, requests };
}

function fakeDocuments(missing: string[] = [], unrecordable: string[] = [], areas: Record<string, SignatureArea> = {}) {
  const recorded: { id: string; pdf: Uint8Array; signature: DocumentSignature }[] = [];
  const documents: SignableDocuments = {
    pdfOf: async (id) => (missing.includes(id) ? err('PDF_MISSING', 'Không tìm thấy tệp PDF của văn bản trên máy này.') : ok(pdf(id))),
    get: async (id) => (areas[id] ? { signatureArea: areas[id] } : {}),
    recordSigned: async (id, bytes, signature) => {
      if (unrecordable.includes(id)) return err('NOT_AWAITING_SIGNATURE', 'Văn bản chưa được trình ký hoặc đã ban hành.');
      recorded.push({ id, pdf: bytes, signature });
      return ok({} as never);
    },
  };
  return { documents, recorded };
}

type RunOptions = {
  refuse?: string[];
  missing?: string[];
  unrecordable?: string[];
  groupSize?: number;
  stopAfterGroups?: number;
  areas?: Record<string, SignatureArea>;
  kind?: SignatureKind;
  appearance?: SignatureAppearance | null;
  timestampUrl?: string | null;
};

async function run(ids: string[], options: RunOptions = {}) {
  const { session, groups, requests } = fakeSession(options.refuse, options.stopAfterGroups);
  const { documents, recorded } = fakeDocuments(options.missing, options.unrecordable, options.areas);
  const outcomes = new Map<string, RowOutcome>();
  const progress: number[] = [];
  const summary = await signSelected({
    documentIds: ids,
    documents,
    session,
    key,
    kind: options.kind ?? 'agency',
    appearance: options.appearance ?? null,
    groupSize: options.groupSize ?? 20,
    timestampUrl: options.timestampUrl ?? null,
    onOutcome: (id, outcome) => outcomes.set(id, outcome),
    onProgress: (done) => progress.push(done),
  });
  return { summary, outcomes, progress, groups, recorded, requests };
}

describe('signing the selected documents', () => {
  it('records every signed PDF with the signer from the certificate and the kind of signature', async () => {
    const { summary, recorded, progress } = await run(['a', 'b']);
    expect(summary).toEqual({ signed: 2, failed: 0 });
    expect(recorded.map((r) => [r.id, r.signature.signerName, r.signature.role, r.signature.at])).toEqual([
      ['a', 'Trần Văn Đức', 'agency', '2026-11-27T08:00:00.000Z'],
      ['b', 'Trần Văn Đức', 'agency', '2026-11-27T08:00:00.000Z'],
    ]);
    expect(recorded[0]!.pdf.at(-1)).toBe(0x21);
    expect(progress).toEqual([1, 2]);
  });

  it('asks the configured timestamp authority for every group, and none when there is none', async () => {
    const stamped = await run(['a', 'b', 'c'], { groupSize: 2, timestampUrl: 'http://tsa.example/' });
    expect(stamped.requests.map((r) => r.timestampUrl)).toEqual(['http://tsa.example/', 'http://tsa.example/']);
    const plain = await run(['a']);
    expect(plain.requests[0]).not.toHaveProperty('timestampUrl');
  });

  it('fails a document that cannot be read, signed or recorded, and signs the rest', async () => {
    const { summary, outcomes, recorded } = await run(['a', 'missing', 'refused', 'taken', 'e'], { missing: ['missing'], refuse: ['refused'], unrecordable: ['taken'] });
    expect(summary).toEqual({ signed: 2, failed: 3 });
    expect(recorded.map((r) => r.id)).toEqual(['a', 'e']);
    expect(outcomes.get('missing')).toMatchObject({ state: 'failed', code: 'PDF_MISSING' });
    expect(outcomes.get('refused')).toMatchObject({ state: 'failed', code: 'corrupt-pdf', message: 'Tệp PDF bị hỏng hoặc không đọc được.' });
    expect(outcomes.get('taken')).toMatchObject({ state: 'failed', code: 'NOT_AWAITING_SIGNATURE' });
  });

  it('sends the documents in groups, so a large batch never holds every PDF at once', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `d${i}`);
    const { groups, summary, progress } = await run(ids, { groupSize: 3 });
    expect(groups).toEqual([['d0', 'd1', 'd2'], ['d3', 'd4', 'd5'], ['d6']]);
    expect(summary.signed).toBe(7);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fails what was not yet answered when the worker stops, with its reason', async () => {
    const { summary, outcomes } = await run(['a', 'b', 'c', 'd'], { groupSize: 2, stopAfterGroups: 1 });
    expect(summary).toEqual({ signed: 2, failed: 2 });
    expect(outcomes.get('c')).toMatchObject({ state: 'failed', code: 'worker-failed', message: 'Phiên ký đã khoá.' });
  });
});

describe('where each signature lands', () => {
  // The blank of a decision's signature block on its third page, as locateSignature finds it.
  const area: SignatureArea = { page: 2, x: 295.5, y: 615.8, width: 257.2, height: 64 };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const agency: SignatureAppearance = { kind: 'agency', sealImage: png, agencyName: 'Cục Ứng dụng và Phát triển công nghệ', signerName: 'Trần Văn Đức', font: png };
  const initial: SignatureAppearance = { kind: 'individual', signatureImage: png, signerName: 'Lê Thu Hà', font: png };

  it("puts the agency's signature and seal on the document's signature block", async () => {
    const { requests } = await run(['located', 'older'], { areas: { located: area }, appearance: agency });
    const [located, older] = requests[0]!.documents;
    expect(located!.placement).toEqual({ page: 2, box: { x: 295.5, y: 615.8, width: 257.2, height: 64 } });
    // A document submitted before areas were kept signs at the batch's default place.
    expect(older!.placement).toBeUndefined();
    expect(requests[0]!.visible?.placement).toEqual({ page: 'last', box: SIGNATURE_BOXES.agency });
  });

  it("puts the officer's initial just above the top left of the signature blank", async () => {
    const { requests } = await run(['located'], { areas: { located: area }, kind: 'individual', appearance: initial });
    expect(requests[0]!.documents[0]!.placement).toEqual({ page: 2, box: { x: 295.5, y: 615.8 + 64, ...INITIAL_BOX } });
  });

  it('sends no placement for an invisible signature', async () => {
    const { requests } = await run(['located'], { areas: { located: area } });
    expect(requests[0]!.documents[0]!.placement).toBeUndefined();
    expect(requests[0]!.visible).toBeUndefined();
  });
});
