// Filling a template from a dossier: the draft that comes out is plain data the officer may edit
// (legal bases, articles, reasons) before it is rendered and signed.
import type { LocalDate } from '../domain/calendar/local-date';
import type { CatalogueIndex } from '../domain/catalogue/catalogue-index';
import type { Procedure, Unit } from '../domain/catalogue/catalogue-schema';
import type { Dossier } from '../domain/dossiers/dossier';
import type { ProcessingEvent } from '../domain/workflow/events';
import type { OneStopForm } from '../domain/workflow/forms';
import { err, ok, type Result } from '../result';
import { dossierFields, type FieldExtras } from './dossier-fields';
import type { CertificateDraft, DecisionDraft, FormDraft, FormSection, Issuer, Signer } from './draft-schema';
import { documentsTable, historyTable, registerTable } from './form-tables';
import { certificateTemplates, decisionTemplates } from './templates/decision-templates';
import { formTemplates } from './templates/form-templates';
import { fill, fillAll, pickVersion, type TemplateFields } from './templates/template-text';

/** Who signs: a full signer, or an officer's name and title ('Phó Cục trưởng' signs KT. Cục trưởng). */
export type SignerInput = Signer | { name: string; title: string };

export type DocumentContext = {
  catalogue: CatalogueIndex;
  /** The document's date (ngày ban hành); also picks the template version in force. */
  issuedOn: LocalDate;
  /** Địa danh, 'Hà Nội' by default. */
  place?: string;
  /** The number taken from the unit's leased number block for this year. */
  number?: number;
  signer?: SignerInput;
  /** The counter officer who receives or hands over (forms 01-03). */
  officer?: { name: string };
  /** The dossier's history, for the submitted documents (form 01) and the control sheet (form 06). */
  events?: readonly ProcessingEvent[];
  /** Why a supplement, refusal, delay or stop (forms 02-05). */
  reason?: string;
  previousDueDate?: LocalDate | null;
  /** The promised return date to print when it is not the dossier's own (form 04's new date). */
  dueDate?: LocalDate;
  /** Dossiers of the register (form 07) and the period it covers. */
  register?: readonly Dossier[];
  registerPeriod?: string;
};

export function toSigner(input: SignerInput): Signer {
  if ('position' in input) return input;
  const deputy = /^Phó\s+/u.exec(input.title);
  return deputy
    ? { authority: 'KT.', authorityTitle: input.title.slice(deputy[0].length), position: input.title, name: input.name }
    : { authority: null, authorityTitle: null, position: input.title, name: input.name };
}

type Resolved = { procedure: Procedure; unit: Unit; issuer: Issuer; signer: Signer | undefined; fields: TemplateFields };

function resolve(dossier: Dossier, context: DocumentContext): Result<Resolved> {
  const procedure = context.catalogue.procedure(dossier.procedureCode);
  const unit = context.catalogue.unit(dossier.unitCode);
  if (!procedure || !unit) return err('PROCEDURE_UNKNOWN', `Danh mục không có thủ tục ${dossier.procedureCode} hoặc đơn vị ${dossier.unitCode}; hãy cập nhật danh mục thủ tục.`);
  const signer = context.signer ? toSigner(context.signer) : undefined;
  const extras: FieldExtras = { officer: context.officer?.name, signer, reason: context.reason, previousDueDate: context.previousDueDate, registerPeriod: context.registerPeriod };
  const printed = context.dueDate ? { ...dossier, dueDate: context.dueDate } : dossier;
  return ok({ procedure, unit, issuer: { parentName: unit.parentName, name: unit.name }, signer, fields: dossierFields(printed, procedure, unit, extras) });
}

const serves = (procedures: readonly string[] | '*', code: string) => procedures === '*' || procedures.includes(code);

function numberOf(context: DocumentContext, symbol: string, unit: Unit): string {
  return `${context.number ?? '…'}/${symbol}-${unit.documentSymbol}`;
}

/** The competent title over the text ("CỤC TRƯỞNG CỤC …"): the head's, whoever signs for them. */
function authorityLine(signer: Signer, unit: Unit): string {
  if (signer.authority === 'TM.') return signer.authorityTitle ?? unit.name;
  return `${signer.authority ? (signer.authorityTitle ?? signer.position) : signer.position} ${unit.name}`;
}

function noSigner(): Result<never> {
  return err('SIGNER_MISSING', 'Chưa chọn người ký văn bản.');
}

export function buildDecisionDraft(dossier: Dossier, context: DocumentContext): Result<DecisionDraft> {
  const resolved = resolve(dossier, context);
  if (!resolved.ok) return resolved;
  const { procedure, unit, issuer, signer, fields } = resolved.value;
  if (!signer) return noSigner();
  // A procedure-specific template wins over the generic one.
  const template =
    pickVersion(decisionTemplates, context.issuedOn, (t) => t.procedures !== '*' && serves(t.procedures, procedure.code)) ??
    pickVersion(decisionTemplates, context.issuedOn, (t) => t.procedures === '*');
  if (!template) return err('TEMPLATE_MISSING', `Chưa có mẫu quyết định có hiệu lực ngày ${context.issuedOn}.`);
  const summary = fill(template.summary, fields);
  const bases = fillAll([...template.bases, ...procedure.legalBasis.map((law) => `Căn cứ ${law};`), template.proposal], fields);
  const recipients = fillAll(template.recipients, fields);
  const articles: string[][] = [];
  for (const paragraphs of template.articles) {
    const filled = fillAll(paragraphs, fields);
    if (!filled.ok) return filled;
    articles.push(filled.value);
  }
  if (!summary.ok) return summary;
  if (!bases.ok) return bases;
  if (!recipients.ok) return recipients;
  return ok({
    kind: 'decision',
    templateId: `${template.id}@${template.version}`,
    issuer,
    number: numberOf(context, 'QĐ', unit),
    place: context.place ?? 'Hà Nội',
    date: context.issuedOn,
    summary: summary.value,
    authority: authorityLine(signer, unit),
    legalBases: bases.value,
    articles: articles.map((paragraphs) => ({ paragraphs })),
    recipients: recipients.value,
    signer,
  });
}

export function buildCertificateDraft(dossier: Dossier, context: DocumentContext): Result<CertificateDraft> {
  const resolved = resolve(dossier, context);
  if (!resolved.ok) return resolved;
  const { procedure, unit, issuer, signer, fields } = resolved.value;
  if (!signer) return noSigner();
  const template =
    pickVersion(certificateTemplates, context.issuedOn, (t) => t.procedures !== '*' && serves(t.procedures, procedure.code)) ??
    pickVersion(certificateTemplates, context.issuedOn, (t) => t.procedures === '*');
  if (!template) return err('TEMPLATE_MISSING', `Chưa có mẫu giấy chứng nhận có hiệu lực ngày ${context.issuedOn}.`);
  const bases = fillAll([...template.bases, ...procedure.legalBasis.map((law) => `Căn cứ ${law};`), ...(template.proposal ? [template.proposal] : [])], fields);
  const values = fillAll(template.entries.map((e) => e.value), fields);
  const notes = fillAll(template.notes, fields);
  if (!bases.ok) return bases;
  if (!values.ok) return values;
  if (!notes.ok) return notes;
  const licence = procedure.result.kind === 'licence';
  return ok({
    kind: 'certificate',
    templateId: `${template.id}@${template.version}`,
    issuer,
    number: numberOf(context, licence ? 'GP' : 'GCN', unit),
    place: context.place ?? 'Hà Nội',
    date: context.issuedOn,
    title: procedure.result.name,
    authority: authorityLine(signer, unit),
    legalBases: bases.value,
    certifies: licence ? 'CHO PHÉP:' : template.certifies,
    entries: template.entries.map((entry, i) => ({ label: entry.label, value: values.value[i]! })),
    notes: notes.value,
    signer,
  });
}

/**
 * What the slip for `form` says, taken from the event that called for it (the last supplement
 * request, refusal, extension or stop); the context overrides any of it.
 */
function fromHistory(form: OneStopForm, events: readonly ProcessingEvent[], procedure: Procedure | undefined): Partial<DocumentContext> {
  const last = <T extends ProcessingEvent['type']>(type: T) => events.filter((e): e is Extract<ProcessingEvent, { type: T }> => e.type === type).at(-1);
  if (form === '02') {
    const request = last('supplementRequested');
    if (!request) return {};
    const names = request.payload.missingComponents.map((code) => procedure?.components.find((c) => c.code === code)?.name ?? code);
    return { reason: [request.payload.reason, ...names.map((name) => `- ${name};`)].join('\n') };
  }
  if (form === '03') return { reason: last('refusedToReceive')?.payload.reason };
  if (form === '04') {
    const extension = last('extended');
    return extension ? { reason: extension.payload.reason, previousDueDate: extension.payload.previousDueDate, dueDate: extension.payload.dueDate } : {};
  }
  if (form === '05') return { reason: last('stopped')?.payload.reason };
  return {};
}

export function buildFormDraft(form: OneStopForm, dossier: Dossier, given: DocumentContext): Result<FormDraft> {
  const history = fromHistory(form, given.events ?? [], given.catalogue.procedure(dossier.procedureCode));
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const context: DocumentContext = { ...history, ...defined } as DocumentContext;
  const resolved = resolve(dossier, context);
  if (!resolved.ok) return resolved;
  const { procedure, unit, issuer, signer, fields } = resolved.value;
  const template = pickVersion(formTemplates, context.issuedOn, (t) => t.form === form);
  if (!template) return err('TEMPLATE_MISSING', `Chưa có mẫu số ${form} có hiệu lực ngày ${context.issuedOn}.`);
  if (template.signatures.some((s) => s.name === '{signer}') && !signer) return noSigner();
  const sections: FormSection[] = [];
  for (const section of template.sections) {
    if (section.type === 'documents') sections.push(documentsTable(procedure, context.events ?? []));
    else if (section.type === 'history') sections.push(historyTable(context.events ?? []));
    else if (section.type === 'register') sections.push(registerTable(context.register ?? [dossier], context.catalogue));
    else {
      const texts = fillAll([section.label ?? '', section.text], fields);
      if (!texts.ok) return texts;
      sections.push({ type: 'text', ...(texts.value[0] ? { label: texts.value[0] } : {}), text: texts.value[1]!, ...(section.italic ? { italic: true } : {}) });
    }
  }
  const captions = fillAll(template.signatures.flatMap((s) => [s.title, s.note ?? '', s.name ?? '']), fields);
  const heads = fillAll([template.title, template.subtitle ?? '', ...template.recipients], fields);
  if (!captions.ok) return captions;
  if (!heads.ok) return heads;
  return ok({
    kind: 'form',
    form,
    templateId: `${template.id}@${template.version}`,
    issuer,
    number: template.symbol ? numberOf(context, template.symbol, unit) : '',
    place: context.place ?? 'Hà Nội',
    date: context.issuedOn,
    title: heads.value[0]!,
    ...(heads.value[1] ? { subtitle: heads.value[1] } : {}),
    sections,
    signatures: template.signatures.map((_, i) => ({ title: captions.value[i * 3]!, note: captions.value[i * 3 + 1]!, name: captions.value[i * 3 + 2]! })),
    recipients: heads.value.slice(2),
    ...(template.landscape ? { landscape: true } : {}),
  });
}
