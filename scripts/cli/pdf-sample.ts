// `npm run cli -- pdf sample --out FILE [--kind KIND] [--draft FILE]`: writes a filled sample
// document from the demo catalogue (a decision by default), or renders a draft given as JSON (for
// example one exported from the app and edited). Nothing is written when the document cannot be made.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCertificateDraft, buildDecisionDraft, buildFormDraft, renderDocument, type DocumentDraft } from '../../shared/documents';
import { sampleContext, sampleDossier } from '../../shared/documents/sample-documents';
import type { OneStopForm } from '../../shared/domain/workflow/forms';
import type { Result } from '../../shared/result';
import { loadDocumentFonts } from '../documents/node-fonts';

const KINDS = ['decision', 'certificate', 'form-01', 'form-02', 'form-03', 'form-04', 'form-05', 'form-06', 'form-07'] as const;
const USAGE = `Cách dùng: npm run cli -- pdf sample --out FILE [--kind ${KINDS.join('|')}] [--draft DRAFT.json]`;

function sampleDraft(kind: (typeof KINDS)[number]): Result<DocumentDraft> {
  const sample = sampleDossier(kind === 'certificate' ? 'certificate' : 'decision');
  const context = sampleContext(sample, { reason: 'Hồ sơ cần bổ sung bản sao giấy tờ pháp lý của tổ chức.' });
  if (kind === 'decision') return buildDecisionDraft(sample.dossier, context);
  if (kind === 'certificate') return buildCertificateDraft(sample.dossier, context);
  return buildFormDraft(kind.slice(5) as OneStopForm, sample.dossier, context);
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { out: { type: 'string' }, kind: { type: 'string', default: 'decision' }, draft: { type: 'string' } } }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const kind = values.kind as (typeof KINDS)[number];
  if (!values.out || !KINDS.includes(kind)) {
    console.error(USAGE);
    return 2;
  }
  let draft: unknown;
  if (values.draft) {
    try {
      draft = JSON.parse(readFileSync(values.draft, 'utf8'));
    } catch (error) {
      console.error(`Không đọc được dự thảo ${values.draft}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  } else {
    const built = sampleDraft(kind);
    if (!built.ok) {
      console.error(built.error.message);
      return 1;
    }
    draft = built.value;
  }
  const pdf = await renderDocument(draft, await loadDocumentFonts());
  if (!pdf.ok) {
    console.error(`${pdf.error.message} (${pdf.error.code})`);
    return 1;
  }
  // Written beside the target and renamed, so a reader never sees half a file.
  const partial = `${values.out}.partial`;
  writeFileSync(partial, pdf.value);
  renameSync(partial, values.out);
  console.log(`Đã ghi ${values.out} (${pdf.value.length.toLocaleString('vi-VN')} byte).`);
  return 0;
}
