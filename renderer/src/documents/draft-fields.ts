// The parts of a draft an officer edits, as the text in the editor's boxes: lists one item per line,
// an article's paragraphs one per line. Kept as typed (blank lines and all) so the caret never
// jumps; the draft is derived from them for the preview and for saving.
import type { DocumentDraft } from '../../../shared/documents/draft-schema';

export type DraftFields =
  | { kind: 'decision'; summary: string; legalBases: string; articles: string[]; recipients: string }
  | { kind: 'certificate'; legalBases: string; entries: string[]; notes: string }
  /** null for the parts that are tables (filled from the dossier, not edited here). */
  | { kind: 'form'; sections: (string | null)[]; recipients: string };

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const joined = (items: readonly string[]) => items.join('\n');

export function fieldsOf(draft: DocumentDraft): DraftFields {
  if (draft.kind === 'decision') {
    return { kind: 'decision', summary: draft.summary, legalBases: joined(draft.legalBases), articles: draft.articles.map((a) => joined(a.paragraphs)), recipients: joined(draft.recipients) };
  }
  if (draft.kind === 'certificate') return { kind: 'certificate', legalBases: joined(draft.legalBases), entries: draft.entries.map((e) => e.value), notes: joined(draft.notes) };
  return { kind: 'form', sections: draft.sections.map((s) => (s.type === 'text' ? s.text : null)), recipients: joined(draft.recipients) };
}

/**
 * The draft with the officer's edits; not validated here (the store and the renderer check it and
 * say what is wrong). An emptied article stays as an empty article, so the schema names it.
 */
export function draftWith(base: DocumentDraft, fields: DraftFields): DocumentDraft {
  if (base.kind === 'decision' && fields.kind === 'decision') {
    return {
      ...base,
      summary: fields.summary,
      legalBases: lines(fields.legalBases),
      articles: fields.articles.map((text) => ({ paragraphs: lines(text).length > 0 ? lines(text) : [''] })),
      recipients: lines(fields.recipients),
    };
  }
  if (base.kind === 'certificate' && fields.kind === 'certificate') {
    return { ...base, legalBases: lines(fields.legalBases), entries: base.entries.map((e, i) => ({ ...e, value: fields.entries[i] ?? e.value })), notes: lines(fields.notes) };
  }
  if (base.kind === 'form' && fields.kind === 'form') {
    return { ...base, sections: base.sections.map((s, i) => (s.type === 'text' ? { ...s, text: fields.sections[i] ?? s.text } : s)), recipients: lines(fields.recipients) };
  }
  return base;
}
