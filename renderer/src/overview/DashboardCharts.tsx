// Tổng quan charts: received and resolved per week, on-time rate per procedure, overdue dossiers
// per officer, online share per month. Counted in the report workers from the stored rows; every
// bar opens the dossier list filtered to exactly what it counts: the same Vietnamese days, the
// same received / resolved reading (shared/reports dashboard), so the list's count is the bar's.
import { useEffect, useState } from 'react';
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import type { DashboardFigures } from '../../../shared/reports/dashboard';
import { officerDirectory } from '../dossiers/officer-directory';
import type { ListFilter } from '../dossiers/list-view-store';
import { useListView } from '../dossiers/list-view-store';
import { useT } from '../i18n/language-store';
import { countDashboardFigures } from '../reports/report-client';
import { useViewStore } from '../shell/view-store';
import { useDeskStore } from '../store/store-context';
import { useSettledRevision } from '../reports/use-settled-revision';
import { monthOnlineFilter, overdueFilter, procedureOnTimeFilter, weekBarFilter } from './chart-filters';
import { BarList, ColumnChart, type BarRow, type ColumnGroup } from './ColumnChart';
import './charts.css';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export function DashboardCharts({ today, unitCode }: { today: string; unitCode: string | null }) {
  const t = useT();
  const store = useDeskStore();
  const revision = useSettledRevision();
  const goTo = useViewStore((state) => state.goTo);
  const [figures, setFigures] = useState<{ key: string; value: DashboardFigures } | null>(null);
  const key = `${today}|${unitCode}|${revision}`;

  useEffect(() => {
    let current = true;
    countDashboardFigures(store.db, today, unitCode).then(
      (value) => current && setFigures({ key, value }),
      () => undefined, // the cards above still work; the charts simply stay away
    );
    return () => {
      current = false;
    };
  }, [store, today, unitCode, key]);

  if (!figures)
    return (
      <p className="chart__empty" role="status">
        {t('charts.loading')}
      </p>
    );
  const { weeks, procedures, overdue, months } = figures.value;
  const open = (filter: ListFilter) => {
    useListView.getState().show({ ...filter, ...(unitCode ? { unitCode } : {}) }, { key: 'updatedAt', direction: 'desc' });
    goTo('dossiers');
  };
  const series = [
    { name: t('charts.weekly.received'), className: 'chart__series--received' },
    { name: t('charts.weekly.resolved'), className: 'chart__series--resolved' },
  ];
  const weekGroups: ColumnGroup[] = weeks.map((w) => ({
    key: w.weekStart,
    tick: formatVietnameseDate(w.weekStart).slice(0, 5),
    values: [w.received, w.resolved],
    labels: [w.received, w.resolved].map((count, i) => t('charts.weekly.bar', { week: formatVietnameseDate(w.weekStart), series: series[i]!.name, count })),
  }));
  const monthGroups: ColumnGroup[] = months.map((m) => {
    const rate = percent(m.online, m.received);
    return { key: m.month, tick: `${m.month.slice(5)}/${m.month.slice(2, 4)}`, values: [rate], labels: [t('charts.online.bar', { month: `${m.month.slice(5)}/${m.month.slice(0, 4)}`, rate, online: m.online, count: m.received })] };
  });
  const procedureRows: BarRow[] = procedures.slice(0, 8).map((p) => {
    const rate = percent(p.onTime, p.resolved);
    const name = store.catalogueIndex.procedure(p.procedureCode)?.name ?? p.procedureCode;
    return { key: p.procedureCode, label: name, value: rate, display: `${rate}%`, ariaLabel: t('charts.onTime.bar', { procedure: name, rate, count: p.resolved }) };
  });
  const directory = officerDirectory(store.catalogue);
  const overdueRows: BarRow[] = overdue.slice(0, 8).map((a) => {
    const name = a.assigneeId === null ? t('charts.overdue.unassigned') : (directory.byId(a.assigneeId)?.name ?? a.assigneeId);
    return { key: a.assigneeId ?? 'unassigned', label: name, value: a.overdue, display: String(a.overdue), ariaLabel: t('charts.overdue.bar', { name, count: a.overdue }) };
  });

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="charts__heading">
        {t('charts.title')}
      </h2>
      <div className="charts__grid">
        <ColumnChart
          title={t('charts.weekly.title')}
          series={series}
          groups={weekGroups}
          onOpen={(group, s) => open(weekBarFilter(group.key, s))}
        />
        <BarList title={t('charts.onTime.title')} rows={procedureRows} max={100} onOpen={(row) => open(procedureOnTimeFilter(row.key, today))} />
        <BarList
          title={t('charts.overdue.title')}
          rows={overdueRows}
          max={Math.max(1, ...overdueRows.map((r) => r.value))}
          empty={t('charts.overdue.none')}
          onOpen={(row) => open(overdueFilter(row.key))}
        />
        <ColumnChart
          title={t('charts.online.title')}
          series={[{ name: t('charts.online.title'), className: 'chart__series--online' }]}
          groups={monthGroups}
          max={100}
          unit="%"
          onOpen={(group) => open(monthOnlineFilter(group.key))}
        />
      </div>
    </section>
  );
}
