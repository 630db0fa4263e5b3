// One document component of the checklist: what the procedure asks for (originals, copies,
// required) and its attached scans, added with the file button or by dropping files on the row.
// Refused files are named with the reason, right here.
import { useRef, useState, type DragEvent } from 'react';
import type { DocumentComponent } from '../../../shared/domain/catalogue/catalogue-schema';
import { ACCEPTED_EXTENSIONS } from '../attachments/attachment-rules';
import { formatBytes } from '../device-storage/storage-report';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import type { PreparedAttachment } from '../store/attachment-store';

type Props = {
  component: DocumentComponent;
  files: readonly PreparedAttachment[];
  problems: readonly string[];
  reading: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (sha256: string) => void;
};

const KIND_LABEL: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

export function ComponentRow({ component, files, problems, reading, onAdd, onRemove }: Props) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const id = `intake-component-${component.code}`;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onAdd([...event.dataTransfer.files]);
  };

  return (
    <li
      className={`component-row${dragging ? ' component-row--dragging' : ''}`}
      data-component={component.code}
      data-testid={id}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="component-row__head">
        <div className="component-row__what">
          <p id={`${id}-name`} className="component-row__name">
            {component.name}
          </p>
          <p className="component-row__facts">
            <span className={component.required ? 'component-row__required' : 'component-row__optional'}>
              {t(component.required ? 'intake.components.required' : 'intake.components.optional')}
            </span>
            <span>{t('intake.components.counts', { originals: component.originals, copies: component.copies })}</span>
            <span className={files.length > 0 ? 'component-row__status--ok' : undefined}>
              {files.length > 0 ? t('intake.components.attached', { count: files.length }) : t('intake.components.none')}
            </span>
          </p>
        </div>
        <div className="component-row__pick">
          <button
            type="button"
            className="button button--small"
            aria-label={t('intake.files.chooseFor', { component: component.name })}
            onClick={() => input.current?.click()}
          >
            {t('intake.files.choose')}
          </button>
          <span className="component-row__drop-hint">{t('intake.files.dropHint')}</span>
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept={ACCEPTED_EXTENSIONS}
            data-testid={`${id}-input`}
            onChange={(event) => {
              const picked = [...(event.target.files ?? [])];
              event.target.value = '';
              onAdd(picked);
            }}
          />
        </div>
      </div>
      {(files.length > 0 || reading) && (
        <ul className="file-list" aria-label={t('intake.files.listLabel', { component: component.name })}>
          {files.map((file) => (
            <li key={file.sha256} className="file-list__item">
              <span className="file-list__kind">{KIND_LABEL[file.mimeType] ?? '?'}</span>
              <span className="file-list__name">{file.name}</span>
              <span className="file-list__size">{formatBytes(file.size, locale)}</span>
              <button type="button" className="button button--small button--quiet" aria-label={t('intake.files.removeLabel', { name: file.name })} onClick={() => onRemove(file.sha256)}>
                {t('intake.files.remove')}
              </button>
            </li>
          ))}
          {reading && <li className="file-list__reading">{t('intake.files.reading')}</li>}
        </ul>
      )}
      <div role="alert" className="component-row__problems">
        {problems.map((problem) => (
          <p key={problem} className="field__error">
            {problem}
          </p>
        ))}
      </div>
    </li>
  );
}
