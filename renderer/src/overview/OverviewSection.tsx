// Tổng quan: the officer's day at a glance — their work, what falls due within two working days,
// what is late, what was returned this week — as counts that open the list filtered to them, and
// the five most urgent dossiers. Without a profile, the same for the whole desk.
import { useMemo } from 'react';
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import type { DossierListRow } from '../dossiers/list-index';
import { resolveFilter, useListView } from '../dossiers/list-view-store';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import { SectionFrame } from '../shell/SectionFrame';
import { useViewStore } from '../shell/view-store';
import { useLoadStatus } from '../store/load-status';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import { DashboardCharts } from './DashboardCharts';
import { UrgentList } from './UrgentList';
import { WorkCardLink } from './WorkCardLink';
import { myWork, urgentSources, workCards, type WorkCard } from './work-scope';

const URGENT_COUNT = 5;

/** Nearest promised date first; dossiers without one (or with the clock stopped) last. */
const byDueDate = (a: DossierListRow, b: DossierListRow) => (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff');
import '../dossiers/dossiers.css';
import './overview.css';

export function OverviewSection() {
  const t = useT();
  const store = useDeskStore();
  const revision = useStoreRevision();
  const loading = useLoadStatus((state) => state.phase !== 'ready');
  const officer = useProfile((state) => state.officer);
  const goTo = useViewStore((state) => state.goTo);
  const today = vietnamDateOf(store.now());
  const officerId = officer?.id ?? null;

  const cards = useMemo(() => workCards(officer, today), [officer, today]);
  const counts = useMemo(() => {
    void revision; // recount after every write
    return cards.map((card) => store.query(resolveFilter(card.filter, '', officerId), card.sort, 0, 0).total);
  }, [store, cards, officerId, revision]);
  const own = useMemo(() => myWork(officer), [officer]);
  const urgent = useMemo(() => {
    void revision;
    const rows = urgentSources(officer, today).flatMap((card) => store.query(resolveFilter(card.filter, '', officerId), card.sort, 0, URGENT_COUNT).rows);
    return [...new Map(rows.map((row) => [row.id, row])).values()].sort(byDueDate).slice(0, URGENT_COUNT);
  }, [store, officer, today, officerId, revision]);

  const openCard = (card: WorkCard) => {
    useListView.getState().show(card.filter, card.sort);
    goTo('dossiers');
  };
  const openDossier = (row: DossierListRow | null) => {
    useListView.getState().show(own.filter, own.sort);
    goTo('dossiers', row?.id ?? null);
  };

  return (
    <SectionFrame section="overview" description={t('overview.description')} className="section--wide">
      <div className="overview">
        <div className="overview__who">
          {officer ? (
            <>
              <p className="overview__greeting">{t('overview.greeting', { name: officer.name })}</p>
              <p className="card__muted">
                {t('overview.role', { title: officer.title, unit: store.catalogueIndex.unit(officer.unitCode)?.name ?? officer.unitCode })}
              </p>
            </>
          ) : (
            <p className="overview__no-profile">{t('overview.noProfile')}</p>
          )}
          <p className="overview__today">{t('overview.today', { date: formatVietnameseDate(today) })}</p>
        </div>
        {loading ? (
          <p className="dossier-empty" role="status">
            <span className="spinner" aria-hidden="true" /> {t('overview.loading')}
          </p>
        ) : store.list.size === 0 ? (
          <p className="dossier-empty">{t('overview.empty')}</p>
        ) : (
          <>
            <ul className="work-cards" aria-label={t('overview.cards')}>
              {cards.map((card, index) => (
                <WorkCardLink key={card.id} card={card} count={counts[index] ?? 0} onOpen={openCard} />
              ))}
            </ul>
            <UrgentList rows={urgent} today={today} hint={officer ? t('overview.urgent.hint') : t('overview.urgent.hintAll')} onOpen={openDossier} />
            <DashboardCharts today={today} unitCode={officer?.unitCode ?? null} />
          </>
        )}
      </div>
    </SectionFrame>
  );
}
