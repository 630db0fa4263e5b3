// How dates, times, money and the days left before the promised date read on the dossier
// screens: Vietnamese wall-clock time whatever the machine's zone, dd/MM/yyyy like the forms.
import { formatVietnameseDate, type LocalDate } from '../../../shared/domain/calendar/local-date';
import { toVietnamWallClock, type Instant } from '../../../shared/domain/calendar/vietnam-time';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { classifyCompletion, workingDaysLeft, type Timeliness } from '../../../shared/domain/deadlines/timeliness';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import { isOpen, PAUSED_STATUSES, type DossierStatus } from '../../../shared/domain/workflow/status';
import type { Translate } from '../i18n/translate';

/** Working days at or under which an open dossier counts as due soon. */
export const DUE_SOON_WORKING_DAYS = 2;

/** 'dd/MM/yyyy' of the Vietnamese day an instant falls on. */
export function formatVietnamDay(instant: Instant): string {
  return formatVietnameseDate(toVietnamWallClock(instant).date);
}

/** 'dd/MM/yyyy HH:mm' on a Vietnamese wall clock. */
export function formatVietnamDateTime(instant: Instant): string {
  const { date, minuteOfDay } = toVietnamWallClock(instant);
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');
  return `${formatVietnameseDate(date)} ${hours}:${minutes}`;
}

/** '3.000.000 đồng' style grouping in the interface locale. */
export function formatAmount(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
}

export type DaysLeft =
  /** Closed, or received without a promised date. */
  | { kind: 'none' }
  | { kind: 'no-due-date' }
  /** Waiting on the applicant (statuses 5 and 6): the clock stands still. */
  | { kind: 'paused'; days: number | null }
  | { kind: 'running'; days: number; tone: 'overdue' | 'today' | 'soon' | 'ok' }
  /** Processed (9) or returned (10): early, on time or late against the promised date (Biểu 06). */
  | { kind: 'finished'; timeliness: Timeliness };

type DeadlineFacts = Pick<Dossier, 'dueDate' | 'pausedSince' | 'remainingWorkingDays'> & { status: DossierStatus | number; finishedAt?: Instant | undefined };

/** Where a dossier stands against its promised date today: negative days are overdue. */
export function daysLeftOf(dossier: DeadlineFacts, today: LocalDate, calendar: WorkingCalendar): DaysLeft {
  const status = dossier.status as DossierStatus;
  if (PAUSED_STATUSES.has(status) || dossier.pausedSince !== undefined) return { kind: 'paused', days: dossier.remainingWorkingDays ?? null };
  if ((status === 9 || status === 10) && dossier.finishedAt) return { kind: 'finished', timeliness: classifyCompletion(dossier.finishedAt, dossier.dueDate) };
  if (!isOpen(status)) return { kind: 'none' };
  if (status === 1) return { kind: 'none' };
  const days = workingDaysLeft(dossier.dueDate, today, calendar);
  if (days === null) return { kind: 'no-due-date' };
  const tone = days < 0 ? 'overdue' : days === 0 ? 'today' : days <= DUE_SOON_WORKING_DAYS ? 'soon' : 'ok';
  return { kind: 'running', days, tone };
}

/** The short sentence for a DaysLeft, or '' when there is nothing to say. */
export function daysLeftText(left: DaysLeft, t: Translate): string {
  switch (left.kind) {
    case 'none':
      return '';
    case 'no-due-date':
      return t('dossiers.daysLeft.noDueDate');
    case 'paused':
      if (left.days === null) return t('dossiers.daysLeft.paused');
      return left.days < 0 ? t('dossiers.daysLeft.pausedLate', { days: -left.days }) : t('dossiers.daysLeft.pausedWithDays', { days: left.days });
    case 'running':
      if (left.days < 0) return t('dossiers.daysLeft.overdue', { days: -left.days });
      if (left.days === 0) return t('dossiers.daysLeft.today');
      return t('dossiers.daysLeft.left', { days: left.days });
    case 'finished':
      return t(`dossiers.daysLeft.finished.${left.timeliness}`);
  }
}
