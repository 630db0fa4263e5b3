// Settings card: what is running — name, version, host kind and platform, as the host reports them.
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { useHostAnswer } from '../host/use-host-answer';
import { hostErrorMessage } from '../i18n/host-error-message';
import { useT } from '../i18n/language-store';

const askAppInfo = (host: DesktopHost) => host.getAppInfo(undefined);

export function AboutApp() {
  const t = useT();
  const answer = useHostAnswer(askAppInfo);
  return (
    <section className="card" aria-labelledby="settings-about" aria-busy={!answer}>
      <h2 id="settings-about" className="card__title">
        {t('settings.about.title')}
      </h2>
      {!answer && <p className="card__muted">{t('app.loading')}</p>}
      {answer && !answer.ok && (
        <p className="card__error" role="alert">
          {hostErrorMessage(t, answer.error)}
        </p>
      )}
      {answer?.ok && (
        <dl className="facts" data-testid="app-info">
          <dt>{t('settings.about.name')}</dt>
          <dd>{answer.value.name}</dd>
          <dt>{t('settings.about.version')}</dt>
          <dd>{answer.value.version}</dd>
          <dt>{t('settings.about.host')}</dt>
          <dd data-host={answer.value.host}>{t(`settings.about.host.${answer.value.host}`)}</dd>
          <dt>{t('settings.about.platform')}</dt>
          <dd>{answer.value.platform}</dd>
          <dt>{t('settings.about.locale')}</dt>
          <dd>{answer.value.locale}</dd>
        </dl>
      )}
    </section>
  );
}
