// Báo cáo: Biểu số 06/VPCP/KSTT for a chosen period and unit, counted off the UI thread, with its
// exports; and the six-monthly report on online public services (Decision 572) in a second tab.
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import { SectionFrame } from '../shell/SectionFrame';
import { TabList } from '../shell/TabList';
import { useLoadStatus } from '../store/load-status';
import { useDeskStore } from '../store/store-context';
import { Bieu06Table } from './Bieu06Table';
import { DeploymentTable } from './DeploymentTable';
import { ExportBar } from './ExportBar';
import { PeriodPicker } from './PeriodPicker';
import { initialChoice, periodOf, useReportView, type ReportTab } from './report-view-store';
import { useReport } from './use-report';
import './reports.css';

const TABS: { id: ReportTab; label: 'reports.tab.bieu06' | 'reports.tab.deployment' }[] = [
  { id: 'bieu06', label: 'reports.tab.bieu06' },
  { id: 'deployment', label: 'reports.tab.deployment' },
];

export function ReportsSection() {
  const t = useT();
  const store = useDeskStore();
  const today = vietnamDateOf(store.now());
  const tab = useReportView((state) => state.tab);
  const setTab = useReportView((state) => state.setTab);
  const choice = useReportView((state) => state.choice) ?? initialChoice(today);
  const chosenUnit = useReportView((state) => state.unitCode);
  const officerUnit = useProfile((state) => state.officer?.unitCode ?? null);
  const unitCode = chosenUnit === undefined ? officerUnit : chosenUnit;
  const period = periodOf(choice);
  const state = useReport(tab, period, unitCode);
  const loading = useLoadStatus((status) => status.phase !== 'ready');
  // An empty desk gets a sentence, not a form of zeros that looks like a report.
  const empty = !loading && store.list.size === 0;

  return (
    <SectionFrame section="reports" description={t('reports.description')} className="section--wide">
      <div className="reports">
        <PeriodPicker choice={choice} today={today} invalid={period === null} />
        <TabList idPrefix="report" label={t('reports.tabs.label')} tabs={TABS.map((entry) => ({ id: entry.id, label: t(entry.label) }))} current={tab} onChoose={setTab} />
        <div role="tabpanel" id={`report-panel-${tab}`} aria-labelledby={`report-tab-${tab}`} className="report-panel" aria-busy={state.phase === 'computing'}>
          {state.phase === 'computing' && (
            <p className="report-progress" role="status">
              <span className="spinner" aria-hidden="true" /> {t('reports.computing', { done: state.done, total: state.total })}
              <progress max={Math.max(1, state.total)} value={state.done} aria-hidden="true" />
            </p>
          )}
          {state.phase === 'failed' && (
            <p className="report-progress report-progress--error" role="alert">
              {t('reports.failed', { message: state.message })}
            </p>
          )}
          {empty && <p className="dossier-empty">{t('reports.empty')}</p>}
          {!empty && state.phase === 'ready' && state.bieu06 && tab === 'bieu06' && (
            <>
              <ExportBar report={state.bieu06} today={today} />
              <Bieu06Table report={state.bieu06} />
            </>
          )}
          {!empty && state.phase === 'ready' && state.deployment && tab === 'deployment' && <DeploymentTable report={state.deployment} />}
          {!empty && state.phase === 'ready' && (
            <p className="report-progress report-progress--done">{t('reports.computed', { dossiers: state.dossiers, seconds: (state.ms / 1000).toFixed(1) })}</p>
          )}
        </div>
      </div>
    </SectionFrame>
  );
}
