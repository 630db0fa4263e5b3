// The Tổng quan charts' figures from one share of the dossier rows, in a report worker.
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import { DashboardCounter, type DashboardFigures } from '../../../shared/reports/dashboard';
import type { DeskDatabase } from '../store/database';
import { CHUNK, rangeQuery } from './count-dossiers';
import type { DashboardRequest } from './report-protocol';

export async function countDashboard(db: DeskDatabase, request: Pick<DashboardRequest, 'today' | 'unitCode' | 'range'>): Promise<DashboardFigures> {
  const counter = new DashboardCounter(request.today, request.unitCode);
  const { from, to } = request.range;
  let after: string | null = null;
  for (;;) {
    const query = after === null ? rangeQuery(db, from, to) : rangeQuery(db, after, to, true);
    const rows: Dossier[] = await query.limit(CHUNK).toArray();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) counter.add(row);
  }
  return counter.figures();
}
