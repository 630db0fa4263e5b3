// The opened document, in the browser's own PDF viewer, from a blob: URL (the CSP's frame-src
// allows blob:) that is revoked as soon as the preview closes or shows another document.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/language-store';
import { useDocumentStore } from '../documents/use-document-store';

type Preview = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; url: string };

export function DocumentPreview({ documentId, name, onClose }: { documentId: string; name: string; onClose(): void }) {
  const t = useT();
  const documents = useDocumentStore();
  const [preview, setPreview] = useState<Preview>({ phase: 'loading' });

  useEffect(() => {
    let wanted = true;
    let url: string | null = null;
    void documents.pdfOf(documentId).then((pdf) => {
      if (!wanted) return;
      if (!pdf.ok) return setPreview({ phase: 'failed', message: pdf.error.message });
      url = URL.createObjectURL(new Blob([pdf.value as BlobPart], { type: 'application/pdf' }));
      setPreview({ phase: 'ready', url });
    });
    return () => {
      wanted = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [documents, documentId]);

  const title = t('signing.preview.title', { name });
  return (
    <figure className="card signing-preview" aria-label={title}>
      <figcaption className="signing-preview__bar">
        <span className="signing-preview__name">{name}</span>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('signing.preview.close')}
        </button>
      </figcaption>
      {preview.phase === 'loading' && <p className="card__muted">{t('signing.preview.loading')}</p>}
      {preview.phase === 'failed' && <p className="card__error">{preview.message}</p>}
      {preview.phase === 'ready' && <iframe className="signing-preview__frame" src={preview.url} title={title} />}
    </figure>
  );
}
