// Runs the count for what the screen shows, in the report workers, with progress; a newer request
// makes the answer of an older one irrelevant, so only the latest is kept.
import { useEffect, useState } from 'react';
import type { Bieu06Report } from '../../../shared/reports/bieu06';
import type { DeploymentReport } from '../../../shared/reports/deployment';
import type { ReportPeriod } from '../../../shared/reports/period';
import { useDeskStore } from '../store/store-context';
import { useSettledRevision } from './use-settled-revision';
import { countDeployment, countReports } from './report-client';
import type { ReportTab } from './report-view-store';

export type ReportState =
  | { phase: 'idle' }
  | { phase: 'computing'; done: number; total: number }
  | { phase: 'ready'; bieu06?: Bieu06Report; deployment?: DeploymentReport; dossiers: number; ms: number }
  | { phase: 'failed'; message: string };

export function useReport(tab: ReportTab, period: ReportPeriod | null, unitCode: string | null): ReportState {
  const store = useDeskStore();
  const revision = useSettledRevision();
  const from = period?.from;
  const to = period?.to;
  const kind = period?.kind;
  const key = `${tab}|${kind}|${from}|${to}|${unitCode}|${revision}`;
  const [state, setState] = useState<{ key: string; value: ReportState }>({ key: '', value: { phase: 'idle' } });

  useEffect(() => {
    if (!from || !to || !kind) return;
    let current = true;
    const chosen: ReportPeriod = { kind, from, to };
    const started = performance.now();
    const settle = (value: ReportState) => current && setState({ key, value });
    const onProgress = (done: number, total: number) => settle({ phase: 'computing', done, total });
    const work =
      tab === 'bieu06'
        ? countReports(store.db, [chosen], unitCode, store.catalogue, onProgress).then(({ reports, stats }) => ({ bieu06: reports[0]!, dossiers: stats.dossiers }))
        : countDeployment(store.db, chosen, unitCode, store.catalogue, onProgress).then((deployment) => ({ deployment, dossiers: store.list.size }));
    work.then(
      (answer) => settle({ phase: 'ready', ...answer, ms: performance.now() - started }),
      (error: unknown) => settle({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // `key` names every input (revision included: count again after writes while the screen is open).
  }, [store, key, tab, from, to, kind, unitCode]);

  if (!period) return { phase: 'idle' };
  // Until the worker answers for what is asked now, show progress rather than the previous figures.
  return state.key === key ? state.value : { phase: 'computing', done: 0, total: store.list.size };
}
