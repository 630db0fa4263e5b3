// The processing history in order (form 06 as the officer reads it): when, who in which role, and
// what they did, with reasons and notes beneath. A step not yet confirmed by the portal says so.
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { useLanguage, useT } from '../../i18n/language-store';
import { intlLocale } from '../../i18n/translate';
import type { StoredEvent } from '../../store/records';
import { useDeskStore } from '../../store/store-context';
import { roleTitle } from '../domain-labels';
import { formatVietnamDateTime } from '../format';
import { describeEvent } from './event-sentence';
import './timeline.css';

export function Timeline({ events, procedureCode }: { events: readonly (ProcessingEvent | StoredEvent)[]; procedureCode: string }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const store = useDeskStore();
  const procedure = store.catalogueIndex.procedure(procedureCode);
  const componentName = (code: string) => procedure?.components.find((c) => c.code === code)?.name ?? code;

  return (
    <section className="card detail-card timeline" aria-labelledby="dossier-timeline">
      <h3 id="dossier-timeline" className="card__title">
        {t('dossiers.detail.timeline')}
      </h3>
      {events.length === 0 ? (
        <p className="card__muted">{t('dossiers.detail.timelineEmpty')}</p>
      ) : (
        <ol className="timeline__list">
          {events.map((event) => {
            const story = describeEvent(event, { t, locale, componentName });
            return (
              <li key={event.id} className="timeline__item" data-event-type={event.type} data-pending={'pending' in event && event.pending ? 'true' : undefined}>
                <p className="timeline__meta">
                  <time dateTime={event.at}>{formatVietnamDateTime(event.at)}</time>
                  <span className="timeline__actor">{t('dossiers.detail.actor', { name: event.actor.name, role: roleTitle(t, event.actor.role) })}</span>
                  {'pending' in event && event.pending && (
                    <span className="timeline__pending" title={t('dossiers.detail.pendingHint')}>
                      {t('dossiers.detail.pending')}
                    </span>
                  )}
                </p>
                <p className="timeline__sentence">{story.sentence}</p>
                {story.details.length > 0 && (
                  <dl className="timeline__details">
                    {story.details.map((detail) => (
                      <div key={detail.label}>
                        <dt>{detail.label}</dt>
                        <dd>{detail.text}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
