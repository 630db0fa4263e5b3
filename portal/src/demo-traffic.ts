// `npm run portal:demo -- --count 50`: plays the national public-service portal against a running
// portal — uploads each filing's documents through the resumable blob protocol, files realistic
// online dossiers, repeats one filing to show it is recorded once, and withdraws a few.
//   Options: --count N (50) · --url http://127.0.0.1:8787 · --key <x-portal-key> · --withdraw 0.1 · --seed N
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import type { Procedure } from '../../shared/domain/catalogue/catalogue-schema';
import { demoApplicant } from '../../shared/domain/demo/applicants';
import { SeededRandom } from '../../shared/domain/demo/random';
import { demoSummary } from '../../shared/domain/demo/summaries';
import { foldVietnamese } from '../../shared/domain/text/fold';
import {
  BLOB_CONTENT_TYPE,
  PORTAL_KEY_HEADER,
  publicFilingResponseSchema,
  syncPaths,
  type PublicFiling,
} from '../../shared/sync/contract';
import { DEFAULT_PUBLIC_KEY } from './app';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '50' },
    url: { type: 'string', default: process.env.PORTAL_URL ?? 'http://127.0.0.1:8787' },
    key: { type: 'string', default: process.env.PORTAL_PUBLIC_KEY ?? DEFAULT_PUBLIC_KEY },
    withdraw: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const count = Number(values.count);
const base = values.url.replace(/\/$/, '');
const keyHeader = { [PORTAL_KEY_HEADER]: values.key };
const rng = new SeededRandom(Number(values.seed));
/** Small chunks, so even a short demo document goes up in several resumable pieces. */
const CHUNK = 16 * 1024;

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(base + path, { ...init, headers: { ...keyHeader, ...(init.headers as Record<string, string>) } });
  } catch {
    console.error(`Cannot reach the portal at ${base}: start it with \`npm run portal\` (or pass --url).`);
    process.exit(1);
  }
}

/** A one-page PDF standing for a scanned document (the standard font has no Vietnamese marks, so the text is folded). */
async function documentPdf(title: string, applicant: string, filler: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [foldVietnamese(title).toUpperCase(), `Nguoi nop: ${foldVietnamese(applicant)}`, 'Ban scan - du lieu minh hoa cua Dossier Desk'];
  lines.forEach((line, i) => page.drawText(line.slice(0, 90), { x: 50, y: 780 - i * 22, size: 12, font }));
  // Some weight, so uploads take more than one chunk.
  for (let i = 0; i < filler; i++) page.drawText(`${i} `.repeat(40), { x: 50, y: 700 - (i % 30) * 20, size: 6, font });
  return pdf.save();
}

/** HEAD for how far the portal got, then PUT the rest chunk by chunk. */
async function upload(bytes: Uint8Array): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const status = await call(syncPaths.blob(sha256), { method: 'HEAD' });
  let offset = status.status === 200 ? Number(status.headers.get('upload-offset')) : 0;
  while (offset < bytes.length || (offset === 0 && bytes.length === 0)) {
    const chunk = new Uint8Array(bytes.subarray(offset, offset + CHUNK));
    const answer = await call(syncPaths.blob(sha256), {
      method: 'PUT',
      headers: { 'content-type': BLOB_CONTENT_TYPE, 'upload-offset': String(offset), 'upload-length': String(bytes.length) },
      body: chunk,
    });
    if (answer.status !== 204 && answer.status !== 409) throw new Error(`Upload refused: ${answer.status} ${await answer.text()}`);
    offset = Number(answer.headers.get('upload-offset'));
    if (bytes.length === 0) break;
  }
  return sha256;
}

async function makeFiling(procedure: Procedure, index: number): Promise<PublicFiling> {
  const applicant = demoApplicant(rng, procedure);
  const components = procedure.components.filter((c) => c.required || rng.chance(0.5));
  const files = [];
  for (const component of components) {
    const bytes = await documentPdf(component.name, applicant.name, rng.int(5, 60));
    files.push({ componentCode: component.code, name: `${foldVietnamese(component.name).replace(/[^a-z0-9]+/g, '-').slice(0, 60)}.pdf`, mimeType: 'application/pdf', sha256: await upload(bytes), size: bytes.length });
  }
  return {
    externalId: `DVCQG-DEMO-${values.seed}-${index}`,
    intake: {
      procedureCode: procedure.code,
      applicant,
      summary: demoSummary(rng, procedure, applicant),
      documents: components.map((c) => ({ componentCode: c.code, originals: c.originals, copies: c.copies })),
    },
    submittedAt: new Date(Date.now() - rng.int(0, 180) * 60_000).toISOString(),
    files,
  };
}

const health = await call(syncPaths.health);
if (!health.ok) throw new Error(`Portal not healthy: ${health.status}`);
// Applicants file online mostly for the fully online services.
const weighted = shippedCatalogue.procedures.map((p) => [p, p.onlineClass === 'toan-trinh' ? 3 : 1] as const);
const created: { code: string; filing: PublicFiling }[] = [];
for (let i = 0; i < count; i++) {
  const filing = await makeFiling(rng.weighted(weighted), i);
  const answer = await call(syncPaths.publicDossiers, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(filing) });
  const body = await answer.json();
  if (answer.status === 201) {
    const { code } = publicFilingResponseSchema.parse(body);
    created.push({ code, filing });
    console.log(`nộp  ${code}  ${filing.intake.applicant.name} — ${filing.files.length} tệp`);
  } else {
    console.log(`từ chối (${answer.status}) ${JSON.stringify(body)}`);
  }
}
if (created[0]) {
  const again = await call(syncPaths.publicDossiers, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(created[0].filing) });
  console.log(`gửi lại ${created[0].filing.externalId}: ${again.status} ${JSON.stringify(await again.json())} (không tạo hồ sơ mới)`);
}
let withdrawn = 0;
for (const { code } of created.filter(() => rng.chance(Number(values.withdraw)))) {
  const answer = await call(syncPaths.publicWithdraw(code), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'Công dân đề nghị rút hồ sơ trên Cổng Dịch vụ công quốc gia', at: new Date().toISOString() }),
  });
  const body = await answer.json();
  if (answer.ok) withdrawn++;
  console.log(`rút  ${code}: ${answer.status} ${answer.ok ? 'đã ghi nhận' : body.error.message}`);
}
console.log(`Xong: ${created.length}/${count} hồ sơ nộp trực tuyến, ${withdrawn} hồ sơ rút.`);
