// The Văn bản card of a dossier: its documents with their number and status, buttons to draft
// what the dossier's state calls for (a decision while processing, the one-stop slips its events
// produced), and the open document's editor or signed copy below.
import { useEffect, useRef, useState } from 'react';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import type { DocumentRecord, DocumentRecordKind } from '../store/document-records';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import { DocumentEditor } from './DocumentEditor';
import { blocksNewDraft, draftableKinds } from './document-kinds';
import { createLabel, kindName, statusName } from './document-labels';
import { newDraft } from './new-draft';
import { useDocumentStore } from './use-document-store';
import './documents.css';

export function DocumentsCard({ dossier, events }: { dossier: Dossier; events: readonly ProcessingEvent[] }) {
  const t = useT();
  const desk = useDeskStore();
  const documents = useDocumentStore();
  const revision = useStoreRevision();
  const officer = useProfile((state) => state.officer);
  const [list, setList] = useState<DocumentRecord[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let wanted = true;
    documents.documentsOf(dossier.id).then((rows) => wanted && setList(rows));
    return () => {
      wanted = false;
    };
  }, [documents, dossier.id, revision]);

  const ofMyUnit = officer?.unitCode === dossier.unitCode;
  // A kind with a draft already open is edited there, and a dossier has one result document.
  const offered = draftableKinds(dossier, desk.catalogueIndex.procedure(dossier.procedureCode), events).filter((kind) => !list?.some((d) => blocksNewDraft(d, kind)));
  const opened = list?.find((d) => d.id === openId) ?? null;

  const create = async (kind: DocumentRecordKind) => {
    if (!officer) return;
    setProblem('');
    setDone('');
    setCreating(true);
    const draft = newDraft(kind, dossier, { catalogue: desk.catalogue, catalogueIndex: desk.catalogueIndex, today: vietnamDateOf(desk.now()), officer, events });
    const created = draft.ok ? await documents.createDraft({ dossierId: dossier.id, draft: draft.value, actor: officer }) : draft;
    setCreating(false);
    if (!created.ok) return setProblem(created.error.message);
    setOpenId(created.value.id);
  };

  return (
    <section className="card detail-card documents-card" aria-labelledby="dossier-documents">
      <h3 id="dossier-documents" className="card__title" tabIndex={-1} ref={heading}>
        {t('documents.title')}
      </h3>
      {list === null ? (
        <p className="card__muted">{t('documents.loading')}</p>
      ) : list.length === 0 ? (
        <p className="card__muted">{t('documents.none')}</p>
      ) : (
        <ul className="document-list" aria-label={t('documents.listLabel')}>
          {list.map((document) => (
            <li key={document.id} className="document-row">
              <span className="document-row__kind">{kindName(t, document.kind)}</span>
              <span className="document-row__number">{document.number ? t('documents.number', { number: document.number }) : t('documents.noNumber')}</span>
              <span className={`document-status document-status--${document.status}`}>{statusName(t, document.status)}</span>
              <button type="button" className="button button--small" aria-expanded={openId === document.id} onClick={() => setOpenId(openId === document.id ? null : document.id)}>
                {openId === document.id ? t('documents.close') : t('documents.open')}
                <span className="visually-hidden"> {kindName(t, document.kind)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!officer ? (
        <p className="card__muted">{t('documents.create.needProfile')}</p>
      ) : (
        ofMyUnit &&
        offered.length > 0 && (
          <div className="documents-card__create">
            {offered.map((kind) => (
              <button key={kind} type="button" className={kind === 'decision' || kind === 'certificate' ? 'button button--primary' : 'button'} disabled={creating} onClick={() => void create(kind)}>
                {creating ? t('documents.create.working') : createLabel(t, kind)}
              </button>
            ))}
          </div>
        )
      )}
      {problem && (
        <p className="card__error" role="alert">
          {problem}
        </p>
      )}
      <p className="documents-card__done" role="status" aria-live="polite">
        {done}
      </p>
      {opened && (
        <DocumentEditor
          key={opened.id}
          document={opened}
          dossierCode={dossier.code}
          onClose={() => {
            setOpenId(null);
            heading.current?.focus();
          }}
          onSubmitted={setDone}
        />
      )}
    </section>
  );
}
