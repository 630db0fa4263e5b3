// The portal's numbering: one counter per kind, unit and period (a day for dossier codes, a year
// for decision numbers). Blocks come off the counter and are never handed out twice; codes a desk
// used are pushed past, so the portal's own numbering (online filings) never collides with them.
import { MAX_DOSSIER_NUMBER } from '../../../shared/domain/codes/dossier-code';
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';

export type NumberKind = 'dossier' | 'decision';

/** Dossier codes count per day; decision numbers (Số: 12/QĐ-SHTT) per calendar year. */
export const periodOf = (kind: NumberKind, day: string): string => (kind === 'dossier' ? day : day.slice(0, 4));

/** Takes `size` numbers off the counter; 409 when the period's numbers would run past 9999. */
export async function allocateNumbers(tx: Queryable, kind: NumberKind, unitCode: string, day: string, size: number): Promise<{ from: number; to: number }> {
  const { rows } = await tx.query<{ next_number: number }>(
    `INSERT INTO number_counters (kind, unit_code, period, next_number) VALUES ($1, $2, $3, 1 + $4::int)
     ON CONFLICT (kind, unit_code, period) DO UPDATE SET next_number = number_counters.next_number + $4::int
     RETURNING next_number`,
    [kind, unitCode, periodOf(kind, day), size],
  );
  const to = rows[0]!.next_number - 1;
  const from = to - size + 1;
  if (to > MAX_DOSSIER_NUMBER) {
    const when = kind === 'dossier' ? `ngày ${formatVietnameseDate(day)}` : `năm ${day.slice(0, 4)}`;
    throw new HttpError(409, 'NUMBERS_EXHAUSTED', `Đơn vị ${unitCode} không còn đủ ${size} số ${kind === 'dossier' ? 'hồ sơ' : 'văn bản'} cho ${when} (tối đa ${MAX_DOSSIER_NUMBER}).`);
  }
  return { from, to };
}

/** Moves counters past numbers used elsewhere (desk codes, seeded history); never moves one back. */
export async function raiseCounters(tx: Queryable, kind: NumberKind, unitCode: string, used: readonly { day: string; number: number }[]): Promise<void> {
  if (used.length === 0) return;
  const highest = new Map<string, number>();
  for (const { day, number } of used) {
    const period = periodOf(kind, day);
    highest.set(period, Math.max(highest.get(period) ?? 0, number));
  }
  await tx.query(
    `INSERT INTO number_counters (kind, unit_code, period, next_number)
     SELECT $1, $2, r->>'period', (r->>'next')::int FROM jsonb_array_elements($3::jsonb) AS e(r)
     ON CONFLICT (kind, unit_code, period) DO UPDATE SET next_number = GREATEST(number_counters.next_number, excluded.next_number)`,
    [kind, unitCode, JSON.stringify([...highest].map(([period, number]) => ({ period, next: number + 1 })))],
  );
}

export type LeaseRecord = { kind: NumberKind; unitCode: string; day: string; from: number; to: number; clientId: string; officerId: string | null; at: Date };

export async function recordLease(tx: Queryable, lease: LeaseRecord): Promise<void> {
  await tx.query(
    `INSERT INTO leases (kind, unit_code, day, from_number, to_number, client_id, officer_id, leased_at)
     VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8::timestamptz)`,
    [lease.kind, lease.unitCode, lease.day, lease.from, lease.to, lease.clientId, lease.officerId, lease.at.toISOString()],
  );
}
