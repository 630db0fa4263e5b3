// The facts of a dossier as label/value rows: how it is being handled (procedure, status, step,
// dates and the days left) and who filed it.
import type { ReactNode } from 'react';
import { formatVietnameseDate } from '../../../../shared/domain/calendar/local-date';
import { vietnamDateOf } from '../../../../shared/domain/calendar/vietnam-time';
import type { Applicant } from '../../../../shared/domain/dossiers/applicant';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import { useT } from '../../i18n/language-store';
import { useDeskStore } from '../../store/store-context';
import { channelName, statusName } from '../domain-labels';
import { daysLeftOf, daysLeftText, formatVietnamDateTime } from '../format';
import { officerDirectory } from '../officer-directory';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ProcessingFacts({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const store = useDeskStore();
  const procedure = store.catalogueIndex.procedure(dossier.procedureCode);
  const left = daysLeftOf(dossier, vietnamDateOf(store.now()), store.calendar);
  const assignee = dossier.assigneeId ? (officerDirectory(store.catalogue).byId(dossier.assigneeId)?.name ?? dossier.assigneeId) : t('dossiers.assignee.none');
  const due = dossier.dueDate ? formatVietnameseDate(dossier.dueDate) : t('dossiers.daysLeft.noDueDate');
  const leftText = daysLeftText(left, t);
  const tone = left.kind === 'running' ? left.tone : left.kind === 'finished' ? (left.timeliness === 'late' ? 'overdue' : 'ok') : left.kind;

  return (
    <section className="card detail-card" aria-labelledby="facts-processing">
      <h3 id="facts-processing" className="card__title">
        {t('dossiers.detail.processing')}
      </h3>
      <dl className="facts facts--detail">
        <Fact label={t('dossiers.detail.procedure')}>{procedure ? `${procedure.name} (${procedure.code})` : dossier.procedureCode}</Fact>
        <Fact label={t('dossiers.detail.field')}>{store.catalogueIndex.field(dossier.fieldCode)?.name ?? dossier.fieldCode}</Fact>
        <Fact label={t('dossiers.detail.unit')}>{store.catalogueIndex.unit(dossier.unitCode)?.name ?? dossier.unitCode}</Fact>
        <Fact label={t('dossiers.detail.channel')}>{channelName(t, dossier.channel)}</Fact>
        <Fact label={t('dossiers.detail.summary')}>{dossier.summary}</Fact>
        <Fact label={t('dossiers.detail.status')}>{statusName(t, dossier.status)}</Fact>
        {dossier.step && <Fact label={t('dossiers.detail.step')}>{dossier.step.name}</Fact>}
        {dossier.step && <Fact label={t('dossiers.detail.assignee')}>{assignee}</Fact>}
        <Fact label={t('dossiers.detail.submitted')}>{formatVietnamDateTime(dossier.submittedAt)}</Fact>
        <Fact label={t('dossiers.detail.received')}>{dossier.receivedAt ? formatVietnamDateTime(dossier.receivedAt) : t('dossiers.detail.notReceived')}</Fact>
        {dossier.receivedAt && (
          <Fact label={t('dossiers.detail.due')}>
            <span data-testid="dossier-due">
              {due}
              {leftText && left.kind !== 'no-due-date' && (
                <>
                  {' — '}
                  <span className={`days-left days-left--${tone}`}>{leftText}</span>
                </>
              )}
            </span>
          </Fact>
        )}
        {dossier.finishedAt && <Fact label={t('dossiers.detail.finished')}>{formatVietnamDateTime(dossier.finishedAt)}</Fact>}
        {dossier.returnedAt && <Fact label={t('dossiers.detail.returned')}>{formatVietnamDateTime(dossier.returnedAt)}</Fact>}
      </dl>
    </section>
  );
}

export function ApplicantFacts({ applicant }: { applicant: Applicant }) {
  const t = useT();
  const given = (value: string | undefined) => (value && value.trim() !== '' ? value : t('dossiers.detail.notGiven'));
  return (
    <section className="card detail-card" aria-labelledby="facts-applicant">
      <h3 id="facts-applicant" className="card__title">
        {t('dossiers.detail.applicant')} <span className="card__tag">{t(`dossiers.detail.applicant.${applicant.kind}`)}</span>
      </h3>
      <dl className="facts facts--detail">
        <Fact label={t('dossiers.detail.name')}>{applicant.name}</Fact>
        {applicant.representative && <Fact label={t('dossiers.detail.representative')}>{applicant.representative}</Fact>}
        <Fact label={t('dossiers.detail.idNumber')}>{applicant.idNumber}</Fact>
        {(applicant.kind === 'organisation' || applicant.taxCode) && <Fact label={t('dossiers.detail.taxCode')}>{given(applicant.taxCode)}</Fact>}
        <Fact label={t('dossiers.detail.phone')}>{given(applicant.phone)}</Fact>
        <Fact label={t('dossiers.detail.email')}>{given(applicant.email)}</Fact>
        <Fact label={t('dossiers.detail.address')}>{given(applicant.address)}</Fact>
      </dl>
    </section>
  );
}
