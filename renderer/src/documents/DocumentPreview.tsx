// The PDF of a document in the browser's own PDF viewer (a frame on a blob: URL): a draft is
// re-rendered (in the worker) a moment after the officer stops typing, a submitted or signed one
// shows its stored bytes. Print prints the frame; "Lưu tệp PDF" goes through the DesktopHost.
import { useEffect, useRef, useState } from 'react';
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import type { Result } from '../../../shared/result';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/language-store';
import { useDeskStore } from '../store/store-context';
import { useDocumentStore } from './use-document-store';

/** Long enough to skip the renders of a word being typed, short enough to feel live. */
export const PREVIEW_DELAY_MS = 400;

/** Chromium's PDF viewer: no thumbnail pane (it would halve a side-by-side preview), page width. */
const VIEWER_OPTIONS = '#navpanes=0&view=FitH';

export type PreviewSource = { kind: 'draft'; draft: DocumentDraft } | { kind: 'stored'; documentId: string; sha256: string };

type Rendered = { url: string; bytes: Uint8Array };

export function DocumentPreview({ source, title, fileName }: { source: PreviewSource; title: string; fileName: string }) {
  const t = useT();
  const host = useHost();
  const documents = useDocumentStore();
  const frame = useRef<HTMLIFrameElement>(null);
  const shown = useRef<string | null>(null);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  // The content the frame (or the problem shown) belongs to; anything else means a render is due.
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  // Said about one file: a message about the draft's copy must not stay beside the submitted one.
  const [saved, setSaved] = useState<{ key: string; text: string } | null>(null);
  // What the effect depends on: the draft's content, or the stored file's hash.
  const key = source.kind === 'draft' ? JSON.stringify(source.draft) : `${source.documentId}:${source.sha256}`;

  useEffect(() => {
    let wanted = true;
    const load = (): Promise<Result<Uint8Array>> => (source.kind === 'draft' ? documents.preview(source.draft) : documents.pdfOf(source.documentId));
    const timer = setTimeout(
      () => {
        load().then((result) => {
          if (!wanted) return;
          setDoneFor(key);
          if (!result.ok) return setProblem(result.error.message);
          setProblem('');
          const url = URL.createObjectURL(new Blob([result.value as BlobPart], { type: 'application/pdf' }));
          // The old frame stays on screen until the new PDF is there: no blank flash while typing.
          if (shown.current) URL.revokeObjectURL(shown.current);
          shown.current = url;
          setRendered({ url, bytes: result.value });
        });
      },
      source.kind === 'draft' ? PREVIEW_DELAY_MS : 0,
    );
    return () => {
      wanted = false;
      clearTimeout(timer);
    };
    // `key` stands for `source`'s content; a new object with the same content must not re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documents, key]);

  useEffect(
    () => () => {
      if (shown.current) URL.revokeObjectURL(shown.current);
    },
    [],
  );

  const busy = doneFor !== key;
  const desk = useDeskStore();
  const print = () => {
    frame.current?.contentWindow?.print();
    void recordByCurrentOfficer(desk.audit, 'documentPrinted', { file: fileName });
  };
  const save = async () => {
    if (!rendered) return;
    setSaved(null);
    const outcome = await host.saveFile({ suggestedName: fileName, bytes: rendered.bytes as Uint8Array<ArrayBuffer>, mimeType: 'application/pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (outcome.ok && outcome.value.saved) void recordByCurrentOfficer(desk.audit, 'documentExported', { file: outcome.value.fileName ?? fileName });
    const text = !outcome.ok ? outcome.error.message : outcome.value.saved ? t('documents.preview.savedAs', { name: outcome.value.fileName ?? fileName }) : t('documents.preview.saveCancelled');
    setSaved({ key, text });
  };

  return (
    <figure className="document-preview" aria-label={title}>
      <figcaption className="document-preview__bar">
        <span className="document-preview__state" role="status" aria-live="polite">
          {busy ? t('documents.preview.rendering') : problem ? '' : t('documents.preview.ready')}
        </span>
        <span className="document-preview__buttons">
          <button type="button" className="button button--small" onClick={print} disabled={!rendered}>
            {t('documents.preview.print')}
          </button>
          <button type="button" className="button button--small" onClick={() => void save()} disabled={!rendered}>
            {t('documents.preview.save')}
          </button>
        </span>
      </figcaption>
      {source.kind === 'draft' && <p className="document-preview__mark">{t('documents.preview.draftMark')}</p>}
      {problem && (
        <p className="card__error" role="alert">
          {problem}
        </p>
      )}
      {saved?.key === key && (
        <p className="document-preview__saved" role="status">
          {saved.text}
        </p>
      )}
      {rendered && <iframe ref={frame} className="document-preview__frame" src={`${rendered.url}${VIEWER_OPTIONS}`} title={title} />}
    </figure>
  );
}
