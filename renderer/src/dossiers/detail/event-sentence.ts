// One line of the processing history (form 06 in words): what each kind of event did, as a
// sentence in the interface language, with its reason, note or missing components beneath.
import { formatVietnameseDate } from '../../../../shared/domain/calendar/local-date';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import type { Translate } from '../../i18n/translate';
import { methodName } from '../domain-labels';
import { formatAmount } from '../format';

export type EventDetail = { label: string; text: string };
export type EventStory = { sentence: string; details: EventDetail[] };

export type EventContext = {
  t: Translate;
  /** Locale for numbers (vi-VN, en-GB). */
  locale: string;
  /** The catalogue's name of a document component of the dossier's procedure. */
  componentName: (code: string) => string;
};

export function describeEvent(event: ProcessingEvent, { t, locale, componentName }: EventContext): EventStory {
  const details: EventDetail[] = [];
  const add = (label: string, text: string | undefined) => {
    if (text && text.trim() !== '') details.push({ label, text });
  };
  const date = (day: string) => formatVietnameseDate(day);
  const money = (amount: number) => formatAmount(amount, locale);
  const sentence = (() => {
    switch (event.type) {
      case 'submitted':
        return t('dossiers.event.submitted');
      case 'received': {
        const { dueDate, step } = event.payload;
        return dueDate ? t('dossiers.event.received', { dueDate: date(dueDate), step: step.name }) : t('dossiers.event.receivedNoDue', { step: step.name });
      }
      case 'refusedToReceive':
        add(t('dossiers.event.reason'), event.payload.reason);
        return t('dossiers.event.refusedToReceive');
      case 'assigned':
        return t('dossiers.event.assigned', { assignee: event.payload.assignee.name });
      case 'forwarded': {
        const { to, assignee, note } = event.payload;
        add(t('dossiers.event.note'), note);
        return assignee ? t('dossiers.event.forwardedTo', { step: to.name, assignee: assignee.name }) : t('dossiers.event.forwarded', { step: to.name });
      }
      case 'sentBack': {
        const { to, assignee, reason } = event.payload;
        add(t('dossiers.event.reason'), reason);
        return assignee ? t('dossiers.event.sentBackTo', { step: to.name, assignee: assignee.name }) : t('dossiers.event.sentBack', { step: to.name });
      }
      case 'supplementRequested': {
        const { round, reason, missingComponents } = event.payload;
        add(t('dossiers.event.supplementReason'), reason);
        add(t('dossiers.event.missing'), missingComponents.map(componentName).join('; '));
        return t('dossiers.event.supplementRequested', { round });
      }
      case 'supplementRecorded': {
        const { round, note, documents, dueDate } = event.payload;
        add(t('dossiers.event.supplied'), documents.map((d) => componentName(d.componentCode)).join('; '));
        add(t('dossiers.event.note'), note);
        return dueDate ? t('dossiers.event.supplementRecorded', { round, dueDate: date(dueDate) }) : t('dossiers.event.supplementRecordedNoDue', { round });
      }
      case 'paymentRequested':
        return t('dossiers.event.paymentRequested', { amount: money(event.payload.amount), description: event.payload.description });
      case 'paymentRecorded': {
        const { amount, receiptNumber, dueDate } = event.payload;
        return dueDate
          ? t('dossiers.event.paymentRecorded', { amount: money(amount), receipt: receiptNumber, dueDate: date(dueDate) })
          : t('dossiers.event.paymentRecordedNoDue', { amount: money(amount), receipt: receiptNumber });
      }
      case 'approved':
        add(t('dossiers.event.note'), event.payload.note);
        return t('dossiers.event.approved');
      case 'signed':
        return t('dossiers.event.signed', { title: event.payload.document.title, number: event.payload.document.number });
      case 'resultRefused':
        add(t('dossiers.event.reason'), event.payload.reason);
        return t('dossiers.event.resultRefused', { step: event.payload.returnStep.name });
      case 'resultReturned':
        return t('dossiers.event.resultReturned', { method: methodName(t, event.payload.method) });
      case 'stopped':
        add(t('dossiers.event.reason'), event.payload.reason);
        return t('dossiers.event.stopped');
      case 'extended':
        add(t('dossiers.event.reason'), event.payload.reason);
        return t('dossiers.event.extended', { dueDate: date(event.payload.dueDate), previous: date(event.payload.previousDueDate) });
      case 'withdrawn':
        add(t('dossiers.event.reason'), event.payload.reason);
        return t('dossiers.event.withdrawn');
    }
  })();
  return { sentence, details };
}
