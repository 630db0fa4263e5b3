// Tops up the desk's dossier numbers while it is online: for today and the next working day (so an
// offline morning still has numbers), when the desk holds no block leased from the portal for the
// day, or the ones it holds run low, it leases another. Likewise document ('decision') numbers, which
// count per calendar year: for this year, and for the next one when the next working day is in it.
import { vietnamDateOf } from '../../../../shared/domain/calendar/vietnam-time';
import type { WorkingCalendar } from '../../../../shared/domain/calendar/working-calendar';
import { DECISION_LEASE_SIZE, needsDecisionLease, storeDecisionBlock } from '../../documents/decision-numbers';
import type { DeskDatabase } from '../../store/database';
import type { PortalClient } from '../http/portal-client';
import { answered, failed, type PortalAnswer } from '../http/portal-failure';
import { LEASE_SIZE, needsLease, storeLeasedBlock } from '../local/number-leases';

export type LeaseDeps = {
  db: DeskDatabase;
  client: PortalClient;
  clientId: string;
  unitCode: string;
  now: () => string;
  /** Without one, only today is topped up. */
  calendar?: Pick<WorkingCalendar, 'addWorkingDays'>;
};

/** The days a desk keeps numbers for. */
export function leaseDays(today: string, calendar?: Pick<WorkingCalendar, 'addWorkingDays'>): string[] {
  return calendar ? [today, calendar.addWorkingDays(today, 1)] : [today];
}

/** Answers how many blocks were leased. */
export async function topUpNumbers(deps: LeaseDeps): Promise<PortalAnswer<number>> {
  let leased = 0;
  for (const day of leaseDays(vietnamDateOf(deps.now()), deps.calendar)) {
    if (!(await needsLease(deps.db, deps.unitCode, day))) continue;
    const answer = await deps.client.lease({ clientId: deps.clientId, kind: 'dossier', day, size: LEASE_SIZE });
    if (!answer.ok) return answer;
    const { block } = answer.value;
    if (answer.value.kind !== 'dossier' || block.unitCode !== deps.unitCode || block.day !== day) {
      return failed({ kind: 'malformed', code: 'MALFORMED_ANSWER', message: 'Cổng cấp khối số hồ sơ không đúng đơn vị hoặc ngày đã xin.' });
    }
    await storeLeasedBlock(deps.db, block);
    leased++;
  }
  const decisions = await topUpDecisionNumbers(deps);
  return decisions.ok ? answered(leased + decisions.value) : decisions;
}

/** Decision numbers for the years the lease days fall in; the block's day names its year. */
export async function topUpDecisionNumbers(deps: LeaseDeps): Promise<PortalAnswer<number>> {
  let leased = 0;
  const firstDayOfYear = new Map<string, string>();
  for (const day of leaseDays(vietnamDateOf(deps.now()), deps.calendar)) if (!firstDayOfYear.has(day.slice(0, 4))) firstDayOfYear.set(day.slice(0, 4), day);
  for (const [year, day] of firstDayOfYear) {
    if (!(await needsDecisionLease(deps.db, deps.unitCode, Number(year)))) continue;
    const answer = await deps.client.lease({ clientId: deps.clientId, kind: 'decision', day, size: DECISION_LEASE_SIZE });
    if (!answer.ok) return answer;
    const { block } = answer.value;
    if (answer.value.kind !== 'decision' || block.unitCode !== deps.unitCode || block.day.slice(0, 4) !== year) {
      return failed({ kind: 'malformed', code: 'MALFORMED_ANSWER', message: 'Cổng cấp khối số quyết định không đúng đơn vị hoặc năm đã xin.' });
    }
    await storeDecisionBlock(deps.db, block, deps.now());
    leased++;
  }
  return answered(leased);
}
