// The figures behind the Tổng quan charts, from the stored rows alone: when a dossier was received
// and when its processing ended never change once recorded, and the promised date does not move
// after the end, so no history needs folding. Deadline judgements are the shared ones.
import { addDays, dayOfWeek, type LocalDate } from '../domain/calendar/local-date';
import { vietnamDateOf } from '../domain/calendar/vietnam-time';
import { classifyCompletion, isOverdue } from '../domain/deadlines/timeliness';
import type { Dossier } from '../domain/dossiers/dossier';
import { resolvedAt } from './dossier-facts';

export type WeekBar = { weekStart: LocalDate; received: number; resolved: number };
export type ProcedureRate = { procedureCode: string; resolved: number; onTime: number };
export type AssigneeCount = { assigneeId: string | null; overdue: number };
export type MonthShare = { month: string; received: number; online: number };

export type DashboardFigures = {
  today: LocalDate;
  weeks: WeekBar[];
  /** Resolved within the last twelve months; "on time" counts early and on-time together. */
  procedures: ProcedureRate[];
  overdue: AssigneeCount[];
  months: MonthShare[];
};

export type DashboardRow = Pick<Dossier, 'procedureCode' | 'unitCode' | 'channel' | 'status' | 'receivedAt' | 'dueDate' | 'pausedSince' | 'finishedAt' | 'updatedAt' | 'assigneeId'>;

/** The Monday of the week holding `date`. */
export const mondayOf = (date: LocalDate): LocalDate => addDays(date, -((dayOfWeek(date) + 6) % 7));

export class DashboardCounter {
  private readonly weeks = new Map<LocalDate, WeekBar>();
  private readonly months = new Map<string, MonthShare>();
  private readonly procedures = new Map<string, ProcedureRate>();
  private readonly overdue = new Map<string | null, number>();
  private readonly firstWeek: LocalDate;
  private readonly firstMonth: string;
  private readonly yearAgo: LocalDate;

  constructor(
    readonly today: LocalDate,
    readonly unitCode: string | null,
    weekCount = 12,
    monthCount = 6,
  ) {
    this.firstWeek = addDays(mondayOf(today), -7 * (weekCount - 1));
    for (let w = 0; w < weekCount; w++) {
      const weekStart = addDays(this.firstWeek, 7 * w);
      this.weeks.set(weekStart, { weekStart, received: 0, resolved: 0 });
    }
    const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    for (let m = monthCount - 1; m >= 0; m--) {
      const index = year * 12 + (month - 1) - m;
      const key = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      this.months.set(key, { month: key, received: 0, online: 0 });
    }
    this.firstMonth = [...this.months.keys()][0]!;
    this.yearAgo = addDays(today, -365);
  }

  add(row: DashboardRow): void {
    if (this.unitCode !== null && row.unitCode !== this.unitCode) return;
    if (row.receivedAt !== null) {
      const day = vietnamDateOf(row.receivedAt);
      if (day >= this.firstWeek) {
        const week = this.weeks.get(mondayOf(day));
        if (week) week.received++;
      }
      if (day.slice(0, 7) >= this.firstMonth) {
        const month = this.months.get(day.slice(0, 7));
        if (month) {
          month.received++;
          if (row.channel === 'online') month.online++;
        }
      }
    }
    const ended = resolvedAt(row);
    if (ended !== null && row.receivedAt !== null) {
      const day = vietnamDateOf(ended);
      const week = day >= this.firstWeek ? this.weeks.get(mondayOf(day)) : undefined;
      if (week) week.resolved++;
      if (day > this.yearAgo && (row.status === 9 || row.status === 10)) {
        let rate = this.procedures.get(row.procedureCode);
        if (!rate) this.procedures.set(row.procedureCode, (rate = { procedureCode: row.procedureCode, resolved: 0, onTime: 0 }));
        rate.resolved++;
        if (classifyCompletion(ended, row.dueDate) !== 'late') rate.onTime++;
      }
    }
    if (isOverdue(row, this.today)) this.overdue.set(row.assigneeId, (this.overdue.get(row.assigneeId) ?? 0) + 1);
  }

  /** Another counter's share (a second worker's dossiers). */
  merge(other: DashboardFigures): void {
    for (const w of other.weeks) {
      const mine = this.weeks.get(w.weekStart);
      if (!mine) continue;
      mine.received += w.received;
      mine.resolved += w.resolved;
    }
    for (const m of other.months) {
      const mine = this.months.get(m.month);
      if (!mine) continue;
      mine.received += m.received;
      mine.online += m.online;
    }
    for (const p of other.procedures) {
      const mine = this.procedures.get(p.procedureCode);
      if (!mine) {
        this.procedures.set(p.procedureCode, { ...p });
        continue;
      }
      mine.resolved += p.resolved;
      mine.onTime += p.onTime;
    }
    for (const a of other.overdue) this.overdue.set(a.assigneeId, (this.overdue.get(a.assigneeId) ?? 0) + a.overdue);
  }

  figures(): DashboardFigures {
    return {
      today: this.today,
      weeks: [...this.weeks.values()],
      procedures: [...this.procedures.values()].sort((a, b) => b.resolved - a.resolved),
      overdue: [...this.overdue].map(([assigneeId, overdue]) => ({ assigneeId, overdue })).sort((a, b) => b.overdue - a.overdue),
      months: [...this.months.values()],
    };
  }
}
