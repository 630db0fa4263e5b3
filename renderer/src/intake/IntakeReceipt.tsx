// What the counter tells the applicant after an intake: the dossier code just issued and the
// promised return date (form 01), or that the dossier was refused and why (form 03).
import { useEffect, useRef } from 'react';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { formatLocalDate } from './dates';
import type { IntakeDone } from './IntakeForm';
import './intake-receipt.css';

export function IntakeReceipt({ done }: { done: IntakeDone }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const heading = useRef<HTMLHeadingElement>(null);
  const { dossier, refusalReason } = done;
  const refused = refusalReason !== null;

  // The officer's attention goes to the code to read out; the form below starts afresh.
  useEffect(() => heading.current?.focus(), [dossier.id]);

  return (
    <section className={`intake-receipt${refused ? ' intake-receipt--refused' : ''}`} aria-labelledby="intake-receipt-title" data-testid="intake-receipt">
      <h2 id="intake-receipt-title" className="intake-receipt__title" tabIndex={-1} ref={heading}>
        {t(refused ? 'intake.receipt.refusedTitle' : 'intake.receipt.receivedTitle')}
      </h2>
      <dl className="intake-receipt__facts">
        <dt>{t('intake.receipt.code')}</dt>
        <dd className="intake-receipt__code" data-testid="issued-code">
          {dossier.code}
        </dd>
        {refused ? (
          <>
            <dt>{t('intake.receipt.reason')}</dt>
            <dd>{refusalReason}</dd>
          </>
        ) : (
          <>
            <dt>{t('intake.due.label')}</dt>
            <dd data-testid="promised-date">{dossier.dueDate ? formatLocalDate(dossier.dueDate, locale) : t('intake.due.none')}</dd>
          </>
        )}
        <dt>{t('intake.receipt.applicant')}</dt>
        <dd>{dossier.applicant.name}</dd>
      </dl>
      <p className="intake-receipt__next">
        <a className="button button--primary" href={`#/ho-so/${encodeURIComponent(dossier.id)}`}>
          {t('intake.receipt.open', { code: dossier.code })}
        </a>
        <span className="intake-receipt__hint">{t(refused ? 'intake.receipt.refusedHint' : 'intake.receipt.receivedHint')}</span>
      </p>
    </section>
  );
}
