// The promised return date (ngày hẹn trả) of the dossier being received, computed live from the
// procedure, the working calendar and the clock, with the reason when the clock starts tomorrow.
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { useDeskStore } from '../store/store-context';
import { formatLocalDate } from './dates';
import { dueDateView } from './due-date-view';
import { useNow } from './use-now';

export function DueDateNote({ procedure }: { procedure: Procedure | undefined }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const store = useDeskStore();
  const now = useNow();

  if (!procedure) {
    return (
      <div className="due-note" aria-live="polite">
        <p className="due-note__label">{t('intake.due.label')}</p>
        <p className="due-note__muted">{t('intake.due.pickProcedure')}</p>
      </div>
    );
  }
  const view = dueDateView(now, procedure, store.calendar);
  const from = formatLocalDate(view.countsFrom, locale);
  return (
    <div className="due-note" aria-live="polite">
      <p className="due-note__label">{t('intake.due.label')}</p>
      <p className="due-note__date" data-testid="intake-due-date">
        {view.dueDate ? formatLocalDate(view.dueDate, locale) : t('intake.due.none')}
      </p>
      {view.dueDate && view.shifted === 'afterCutOff' && <p className="due-note__why">{t('intake.due.afterCutOff', { cutOff: procedure.cutOff ?? '', from })}</p>}
      {view.dueDate && view.shifted === 'dayOff' && <p className="due-note__why">{t('intake.due.dayOff', { from })}</p>}
      {view.dueDate && view.shifted === null && procedure.processingDays !== null && (
        <p className="due-note__why">{t('intake.due.fromToday', { days: procedure.processingDays })}</p>
      )}
    </div>
  );
}
