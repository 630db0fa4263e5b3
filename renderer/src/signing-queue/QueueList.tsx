// The leader's queue as a multi-select list a keyboard drives: arrows move, Space selects, Enter
// opens the document, Home/End jump; one row is in the tab order at a time (roving tabindex).
import { useRef, type KeyboardEvent } from 'react';
import { formatVietnamDateTime } from '../dossiers/format';
import { useT } from '../i18n/language-store';
import type { Translate } from '../i18n/translate';
import type { DocumentRecord } from '../store/document-records';
import { errorText } from './error-text';
import type { RowOutcome } from './sign-selected';

export type QueueRow = { document: DocumentRecord; dossierCode: string | null };

/** "Quyết định 15/QĐ-UDCN", as the list and the buttons' labels name a document. */
export function documentName(t: Translate, document: DocumentRecord): string {
  const kind = document.kind.startsWith('form-') ? t('signing.queue.kind.form', { form: document.kind.slice(5) }) : t(document.kind === 'decision' ? 'signing.queue.kind.decision' : 'signing.queue.kind.certificate');
  return document.number ? `${kind} ${t('signing.queue.number', { number: document.number })}` : kind;
}

function subjectOf(document: DocumentRecord): string {
  const draft = document.draft as { summary?: string; title?: string };
  return draft.summary ?? draft.title ?? '';
}

type Props = {
  rows: QueueRow[];
  selected: ReadonlySet<string>;
  active: number;
  outcomes: ReadonlyMap<string, RowOutcome>;
  onActive(index: number): void;
  onToggle(documentId: string): void;
  onOpen(documentId: string): void;
};

export function QueueList({ rows, selected, active, outcomes, onActive, onToggle, onOpen }: Props) {
  const t = useT();
  const items = useRef<(HTMLLIElement | null)[]>([]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    onActive(next);
    items.current[next]?.focus();
  };

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number, documentId: string) {
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === ' ') onToggle(documentId);
    else if (event.key === 'Enter') onOpen(documentId);
    else return;
    event.preventDefault();
  }

  return (
    <ul className="signing-list" role="listbox" aria-multiselectable="true" aria-label={t('signing.queue.listLabel')} aria-describedby="signing-keyboard-hint">
      {rows.map(({ document, dossierCode }, index) => {
        const name = documentName(t, document);
        const outcome = outcomes.get(document.id);
        const isSelected = selected.has(document.id);
        return (
          <li
            key={document.id}
            ref={(element) => {
              items.current[index] = element;
            }}
            role="option"
            aria-selected={isSelected}
            tabIndex={index === active ? 0 : -1}
            className={`signing-row${isSelected ? ' signing-row--selected' : ''}${index === active ? ' signing-row--active' : ''}`}
            data-testid="signing-row"
            onKeyDown={(event) => onKeyDown(event, index, document.id)}
            onFocus={() => onActive(index)}
          >
            {/* The mouse's ways to do what Space and Enter do; the option itself is what the keyboard reaches. */}
            <span
              className="signing-row__check"
              aria-hidden="true"
              onClick={(event) => {
                event.stopPropagation();
                onToggle(document.id);
              }}
            >
              {isSelected ? '☑' : '☐'}
            </span>
            <span className="signing-row__body" onClick={() => onToggle(document.id)}>
              <span className="signing-row__name">{name}</span>
              <span className="signing-row__subject">{subjectOf(document)}</span>
              <span className="signing-row__meta">
                {dossierCode ? t('signing.queue.dossier', { code: dossierCode }) : ''}
                {dossierCode ? ' · ' : ''}
                {t('signing.queue.submittedAt', { time: formatVietnamDateTime(document.updatedAt) })}
              </span>
              {document.signatures.length > 0 && (
                <span className="signing-row__meta">{t('signing.queue.initialled', { names: document.signatures.map((s) => s.signerName).join(', ') })}</span>
              )}
              {outcome?.state === 'failed' && <span className="signing-row__failure">{t('signing.outcome.failed', { message: errorText(t, outcome) })}</span>}
            </span>
            <span
              className="button button--small signing-row__open"
              aria-hidden="true"
              onClick={(event) => {
                event.stopPropagation();
                onOpen(document.id);
              }}
            >
              {t('signing.queue.open')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
