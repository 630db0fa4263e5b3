// One dossier: its header, the actions the officer may take now, its documents (Văn bản), the facts
// of the case and of the applicant, the components with their files, and the processing history.
// Re-read after every write, so the page shows what the action just did. Escape goes back to the list.
import { useEffect, useRef, useState } from 'react';
import { vietnamDateOf } from '../../../../shared/domain/calendar/vietnam-time';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { useT } from '../../i18n/language-store';
import { useViewStore } from '../../shell/view-store';
import type { OpenedDossier } from '../../store/dossier-queries';
import { useDeskStore, useStoreRevision } from '../../store/store-context';
import { daysLeftOf, daysLeftText } from '../format';
import { useListView } from '../list-view-store';
import { StatusChip } from '../StatusChip';
import { ActionsPanel } from './ActionsPanel';
import { ComponentsCard } from './ComponentsCard';
import { ApplicantFacts, ProcessingFacts } from './DossierFacts';
import { Timeline } from './Timeline';
import './detail.css';

type Loaded = { phase: 'loading' } | { phase: 'missing' } | { phase: 'ready'; opened: OpenedDossier };

export function DossierDetail({ dossierId }: { dossierId: string }) {
  const t = useT();
  const store = useDeskStore();
  const revision = useStoreRevision();
  const [loaded, setLoaded] = useState<Loaded>({ phase: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);
  const showSubPath = useViewStore((state) => state.showSubPath);

  useEffect(() => {
    let wanted = true;
    store.open(dossierId).then(
      (opened) => wanted && setLoaded(opened ? { phase: 'ready', opened } : { phase: 'missing' }),
      () => wanted && setLoaded({ phase: 'missing' }),
    );
    return () => {
      wanted = false;
    };
  }, [store, dossierId, revision]);

  // The heading takes focus once, when the dossier first shows: where a keyboard user expects to be.
  useEffect(() => {
    if (loaded.phase !== 'loading' && !focused.current) {
      focused.current = true;
      heading.current?.focus();
    }
  }, [loaded.phase]);

  const backToList = () => {
    useListView.getState().requestFocus(true);
    showSubPath(null);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open], details[open]')) return;
      event.preventDefault();
      backToList();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  const back = (
    <button type="button" className="back-button" onClick={backToList} aria-keyshortcuts="Escape">
      <span aria-hidden="true">←</span> {t('dossiers.detail.back')} <kbd className="back-button__key">{t('dossiers.detail.backShortcut')}</kbd>
    </button>
  );

  if (loaded.phase !== 'ready') {
    return (
      <div className="dossier-detail">
        {back}
        <p className="dossier-detail__state" role={loaded.phase === 'missing' ? 'alert' : 'status'}>
          <span ref={heading} tabIndex={-1}>
            {loaded.phase === 'missing' ? t('dossiers.detail.notFound') : t('dossiers.detail.loading')}
          </span>
        </p>
      </div>
    );
  }

  const { dossier, events, files } = loaded.opened;
  const procedure = store.catalogueIndex.procedure(dossier.procedureCode);
  const left = daysLeftText(daysLeftOf(dossier, vietnamDateOf(store.now()), store.calendar), t);
  return (
    <article className="dossier-detail" aria-labelledby="dossier-heading">
      {back}
      <header className="dossier-detail__header">
        <h2 id="dossier-heading" className="dossier-detail__code" tabIndex={-1} ref={heading}>
          {dossier.code}
        </h2>
        <StatusChip status={dossier.status} />
        {left && <span className="dossier-detail__left">{left}</span>}
        <p className="dossier-detail__summary">
          {dossier.applicant.name} — {procedure?.name ?? dossier.procedureCode}
        </p>
      </header>
      <ActionsPanel dossier={dossier} events={events} />
      <DocumentsCard dossier={dossier} events={events} />
      <div className="dossier-detail__grid">
        <div className="dossier-detail__column">
          <ProcessingFacts dossier={dossier} />
          <ApplicantFacts applicant={dossier.applicant} />
          <ComponentsCard dossier={dossier} events={events} files={files} />
        </div>
        <Timeline events={events} procedureCode={dossier.procedureCode} />
      </div>
    </article>
  );
}
