// One dossier in the virtual list: code and channel, applicant and procedure, status and assignee,
// received date, due date with the working days left (red when overdue).
import { memo } from 'react';
import type { LocalDate } from '../../../shared/domain/calendar/local-date';
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { Translate } from '../i18n/translate';
import { channelName } from './domain-labels';
import { daysLeftOf, daysLeftText, formatVietnamDay } from './format';
import type { DossierListRow } from './list-index';
import { StatusChip } from './StatusChip';

export const ROW_HEIGHT = 52;

export type RowContext = {
  t: Translate;
  today: LocalDate;
  calendar: WorkingCalendar;
  procedureName: (code: string) => string;
  assigneeName: (id: string) => string;
};

type Props = {
  row: DossierListRow;
  index: number;
  total: number;
  selected: boolean;
  context: RowContext;
  onPick: (index: number) => void;
};

export const optionId = (index: number) => `dossier-option-${index}`;

export const DossierRow = memo(function DossierRow({ row, index, total, selected, context, onPick }: Props) {
  const { t, today, calendar } = context;
  const left = daysLeftOf(row, today, calendar);
  const leftText = daysLeftText(left, t);
  const tone = left.kind === 'running' ? left.tone : left.kind;
  const procedure = context.procedureName(row.procedureCode);
  const received = formatVietnamDay(row.receivedAt);
  return (
    <div
      role="option"
      id={optionId(index)}
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={selected ? 'dossier-row dossier-row--selected' : 'dossier-row'}
      // Rows sit at computed offsets inside the scrolled canvas; the CSP allows CSSOM styles.
      style={{ top: index * ROW_HEIGHT }}
      data-dossier-id={row.id}
      onClick={() => onPick(index)}
    >
      <span className="dossier-row__cell">
        <span className="dossier-row__code">{row.code}</span>
        <span className="dossier-row__muted">
          {channelName(t, row.channel)}
          <span className="dossier-row__received-inline"> · {received}</span>
        </span>
      </span>
      <span className="dossier-row__cell">
        <span className="dossier-row__applicant" title={row.applicantName}>
          {row.applicantName}
        </span>
        <span className="dossier-row__muted" title={procedure}>
          {procedure}
        </span>
      </span>
      <span className="dossier-row__cell">
        <StatusChip status={row.status} />
        {row.open && <span className="dossier-row__muted">{row.assigneeId ? context.assigneeName(row.assigneeId) : t('dossiers.assignee.none')}</span>}
      </span>
      <span className="dossier-row__cell">{received}</span>
      <span className="dossier-row__cell">
        <span>{row.dueDate ? formatVietnameseDate(row.dueDate) : '—'}</span>
        {leftText && <span className={`days-left days-left--${tone}`}>{leftText}</span>}
      </span>
    </div>
  );
});
