// One document of the dossier, open: while a draft, the boxes an officer edits (summary, legal
// bases, articles, recipients; for certificates and forms their text parts) beside the live
// preview, saved by "Lưu bản nháp" and on its own a moment after typing stops (and when the editor
// closes), then "Trình ký". Once submitted, the stored PDF, the signatures and the verification.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import { useLanguage, useT } from '../i18n/language-store';
import { useDeskStore } from '../store/store-context';
import { intlLocale } from '../i18n/translate';
import { TextField } from '../forms/TextField';
import type { DocumentRecord } from '../store/document-records';
import { DocumentPreview, type PreviewSource } from './DocumentPreview';
import { kindName, pdfFileName } from './document-labels';
import { draftWith, fieldsOf, type DraftFields } from './draft-fields';
import { useDocumentStore } from './use-document-store';
import { VerificationResult } from './VerificationResult';

/** After typing stops, the draft saves itself: nothing is lost to a closed window or a crash. */
const AUTOSAVE_DELAY_MS = 2000;

type Props = { document: DocumentRecord; dossierCode: string; onClose: () => void; onSubmitted: (message: string) => void };

export function DocumentEditor({ document, dossierCode, onClose, onSubmitted }: Props) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const documents = useDocumentStore();
  const editable = document.status === 'draft';
  // Only a draft is edited; a submitted document is shown from its stored PDF.
  const [fields, setFields] = useState<DraftFields | null>(() => (editable ? fieldsOf(document.draft) : null));
  const [dirty, setDirty] = useState(false);
  const [working, setWorking] = useState<'saving' | 'submitting' | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const draft = useMemo(() => (fields ? draftWith(document.draft, fields) : document.draft), [document.draft, fields]);
  const kind = kindName(t, document.kind);
  const prefix = `document-${document.id}`;

  // Opening a document takes the keyboard to it, as the dossier's heading does for the dossier.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  // The latest unsaved draft, for the save on close (after the component's state is gone).
  const pending = useRef<{ id: string; draft: unknown } | null>(null);
  useEffect(() => {
    pending.current = dirty && editable ? { id: document.id, draft } : null;
  });

  const save = useCallback(async (): Promise<boolean> => {
    setWorking('saving');
    const saved = await documents.updateDraft(document.id, draft);
    setWorking(null);
    if (!saved.ok) {
      setProblem(saved.error.message);
      return false;
    }
    setProblem('');
    setDirty(false);
    setSavedAt(new Date().toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
    return true;
  }, [documents, document.id, draft, locale]);

  useEffect(() => {
    if (!dirty || !editable) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, editable, save]);

  useEffect(
    () => () => {
      if (pending.current) void documents.updateDraft(pending.current.id, pending.current.draft);
    },
    [documents],
  );

  const edit = (change: Partial<DraftFields>) => {
    setFields((current) => (current ? ({ ...current, ...change } as DraftFields) : current));
    setDirty(true);
  };

  const desk = useDeskStore();
  const submit = async () => {
    if (dirty && !(await save())) return;
    setWorking('submitting');
    const submitted = await documents.submitForSignature(document.id);
    setWorking(null);
    if (!submitted.ok) return setProblem(submitted.error.message);
    setProblem('');
    const { number } = submitted.value;
    void recordByCurrentOfficer(desk.audit, 'documentGenerated', { documentId: document.id, dossierId: document.dossierId, kind: document.kind, ...(number ? { number } : {}) });
    onSubmitted(number ? t('documents.editor.submitted', { kind, number }) : t('documents.editor.submittedNoNumber', { kind }));
  };

  const source: PreviewSource = editable || !document.pdfSha256 ? { kind: 'draft', draft } : { kind: 'stored', documentId: document.id, sha256: document.pdfSha256 };
  return (
    <section className="document-editor" aria-labelledby={`${prefix}-title`}>
      <header className="document-editor__header">
        <h4 id={`${prefix}-title`} className="document-editor__title" tabIndex={-1} ref={title}>
          {editable ? t('documents.editor.title', { kind }) : t('documents.editor.view', { kind })}
        </h4>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('documents.close')}
        </button>
      </header>
      <div className="document-editor__body">
        <div className="document-editor__fields">
          {editable && fields ? <DraftBoxes prefix={prefix} fields={fields} edit={edit} /> : <p className="card__muted">{t('documents.editor.readOnly')}</p>}
          {problem && (
            <p className="card__error" role="alert">
              {problem}
            </p>
          )}
          {editable && (
            <div className="document-editor__actions">
              <button type="button" className="button" onClick={() => void save()} disabled={working !== null}>
                {working === 'saving' ? t('documents.editor.saving') : t('documents.editor.save')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void submit()} disabled={working !== null}>
                {working === 'submitting' ? t('documents.editor.submitting') : t('documents.editor.submit')}
              </button>
              <span className="card__muted" role="status" aria-live="polite">
                {dirty ? t('documents.editor.unsaved') : savedAt ? t('documents.editor.saved', { time: savedAt }) : ''}
              </span>
            </div>
          )}
          {(document.status === 'signed' || document.status === 'issued' || document.verification) && <VerificationResult document={document} />}
        </div>
        <DocumentPreview source={source} title={t('documents.preview.title', { kind })} fileName={pdfFileName(t, document, dossierCode)} />
      </div>
    </section>
  );
}

function DraftBoxes({ prefix, fields, edit }: { prefix: string; fields: DraftFields; edit: (change: Partial<DraftFields>) => void }) {
  const t = useT();
  if (fields.kind === 'decision') {
    const setArticle = (i: number, text: string) => edit({ articles: fields.articles.map((a, j) => (j === i ? text : a)) });
    return (
      <>
        <TextField id={`${prefix}-summary`} label={t('documents.editor.summary')} value={fields.summary} onChange={(summary) => edit({ summary })} multiline required />
        <TextField id={`${prefix}-bases`} label={t('documents.editor.legalBases')} hint={t('documents.editor.legalBasesHint')} value={fields.legalBases} onChange={(legalBases) => edit({ legalBases })} multiline required />
        {fields.articles.map((text, i) => (
          <div key={i} className="document-editor__article">
            <TextField id={`${prefix}-article-${i + 1}`} label={t('documents.editor.article', { n: i + 1 })} hint={i === 0 ? t('documents.editor.articleHint') : undefined} value={text} onChange={(value) => setArticle(i, value)} multiline required />
            {fields.articles.length > 1 && (
              <button type="button" className="button button--small button--quiet" onClick={() => edit({ articles: fields.articles.filter((_, j) => j !== i) })}>
                {t('documents.editor.removeArticle', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="button button--small" onClick={() => edit({ articles: [...fields.articles, ''] })}>
          {t('documents.editor.addArticle')}
        </button>
        <TextField id={`${prefix}-recipients`} label={t('documents.editor.recipients')} hint={t('documents.editor.recipientsHint')} value={fields.recipients} onChange={(recipients) => edit({ recipients })} multiline required />
      </>
    );
  }
  if (fields.kind === 'certificate') {
    return (
      <>
        <TextField id={`${prefix}-bases`} label={t('documents.editor.legalBases')} hint={t('documents.editor.legalBasesHint')} value={fields.legalBases} onChange={(legalBases) => edit({ legalBases })} multiline />
        {fields.entries.map((value, i) => (
          <TextField key={i} id={`${prefix}-entry-${i + 1}`} label={t('documents.editor.section', { n: i + 1 })} value={value} onChange={(v) => edit({ entries: fields.entries.map((e, j) => (j === i ? v : e)) })} multiline />
        ))}
        <TextField id={`${prefix}-notes`} label={t('documents.editor.notes')} value={fields.notes} onChange={(notes) => edit({ notes })} multiline />
      </>
    );
  }
  return (
    <>
      {fields.sections.map((text, i) =>
        text === null ? null : (
          <TextField key={i} id={`${prefix}-section-${i + 1}`} label={t('documents.editor.section', { n: i + 1 })} value={text} onChange={(v) => edit({ sections: fields.sections.map((s, j) => (j === i ? v : s)) })} multiline />
        ),
      )}
      <TextField id={`${prefix}-recipients`} label={t('documents.editor.recipients')} hint={t('documents.editor.recipientsHint')} value={fields.recipients} onChange={(recipients) => edit({ recipients })} multiline />
    </>
  );
}
