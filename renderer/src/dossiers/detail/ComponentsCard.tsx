// The components the procedure asks for, what was filed for each (at intake and in supplement
// rounds), what is being asked for now, and the attached files, each of which can be previewed.
import { useState } from 'react';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { formatBytes } from '../../device-storage/storage-report';
import { useLanguage, useT } from '../../i18n/language-store';
import { intlLocale } from '../../i18n/translate';
import type { DossierFile } from '../../store/records';
import { useDeskStore } from '../../store/store-context';
import { dossierComponents } from './components';
import { FilePreview } from './FilePreview';

type Props = { dossier: Dossier; events: readonly ProcessingEvent[]; files: readonly DossierFile[] };

export function ComponentsCard({ dossier, events, files }: Props) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const store = useDeskStore();
  const [previewed, setPreviewed] = useState<DossierFile | null>(null);
  const entries = dossierComponents(dossier, store.catalogueIndex.procedure(dossier.procedureCode), events, files);

  return (
    <section className="card detail-card" aria-labelledby="dossier-components">
      <h3 id="dossier-components" className="card__title">
        {t('dossiers.detail.components')}
      </h3>
      <ul className="component-list">
        {entries.map((entry) => (
          <li key={entry.code} className={entry.requestedNow ? 'component component--requested' : 'component'}>
            <p className="component__name">
              {entry.name}
              {entry.required && <span className="card__tag">{t('dossiers.detail.component.required')}</span>}
            </p>
            <p className="component__state">
              {entry.filed ? t('dossiers.detail.component.count', { originals: entry.filed.originals, copies: entry.filed.copies }) : t('dossiers.detail.component.notSubmitted')}
              {entry.supplementedIn.length > 0 && <> · {t('dossiers.detail.component.supplemented', { rounds: entry.supplementedIn.join(', ') })}</>}
              {entry.requestedNow && <strong className="component__requested"> · {t('dossiers.detail.component.requested')}</strong>}
            </p>
            {entry.files.length > 0 && (
              <ul className="component__files">
                {entry.files.map((file) => (
                  <li key={file.id}>
                    <button type="button" className="link-button" aria-pressed={previewed?.id === file.id} onClick={() => setPreviewed(previewed?.id === file.id ? null : file)}>
                      {t('dossiers.detail.file.view', { name: file.name })}
                    </button>{' '}
                    <span className="card__muted">({formatBytes(file.size, locale)})</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {previewed && <FilePreview key={previewed.id} file={previewed} onClose={() => setPreviewed(null)} />}
    </section>
  );
}
