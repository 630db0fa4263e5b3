// Shows one attached file from the local attachment store (or, for a file that came by sync, from
// the portal on first opening): a PDF in a frame, an image as an image, from a blob: URL that is
// revoked as soon as the preview closes.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/language-store';
import type { DossierFile } from '../../store/records';
import { useDeskStore } from '../../store/store-context';

type Preview = { phase: 'loading' } | { phase: 'missing' } | { phase: 'ready'; url: string; mimeType: string };

export function FilePreview({ file, onClose }: { file: DossierFile; onClose: () => void }) {
  const t = useT();
  const store = useDeskStore();
  const [preview, setPreview] = useState<Preview>({ phase: 'loading' });

  useEffect(() => {
    let wanted = true;
    let url: string | null = null;
    store.attachment(file).then(
      (stored) => {
        if (!wanted) return;
        if (!stored) return setPreview({ phase: 'missing' });
        url = URL.createObjectURL(stored.blob);
        setPreview({ phase: 'ready', url, mimeType: stored.mimeType });
      },
      () => wanted && setPreview({ phase: 'missing' }),
    );
    return () => {
      wanted = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [store, file]);

  const title = t('dossiers.detail.file.previewTitle', { name: file.name });
  return (
    <figure className="file-preview" aria-label={title}>
      <figcaption className="file-preview__bar">
        <span className="file-preview__name">{file.name}</span>
        <button type="button" className="button" onClick={onClose}>
          {t('dossiers.detail.file.close')}
        </button>
      </figcaption>
      {preview.phase === 'loading' && <p className="card__muted">{t('dossiers.detail.file.loading')}</p>}
      {preview.phase === 'missing' && <p className="card__error">{t('dossiers.detail.file.missing')}</p>}
      {preview.phase === 'ready' &&
        (preview.mimeType === 'application/pdf' ? (
          <iframe className="file-preview__frame" src={preview.url} title={title} />
        ) : preview.mimeType.startsWith('image/') ? (
          <img className="file-preview__image" src={preview.url} alt={title} />
        ) : (
          <p className="card__muted">{t('dossiers.detail.file.noPreview')}</p>
        ))}
    </figure>
  );
}
