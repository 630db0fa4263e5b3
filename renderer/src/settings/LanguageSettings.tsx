// Settings card: the interface language, the same choice as the top bar's switch.
import { useLanguageStore, useT } from '../i18n/language-store';
import { languages } from '../i18n/translate';

export function LanguageSettings() {
  const t = useT();
  const language = useLanguageStore((state) => state.language);
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language" className="card__title">
        {t('settings.language.title')}
      </h2>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('settings.language.title')}</legend>
        {languages.map((option) => (
          <label key={option} className="choice-list__option" lang={option}>
            <input type="radio" name="language" value={option} checked={language === option} onChange={() => setLanguage(option)} />
            {t(`language.${option}`)}
          </label>
        ))}
      </fieldset>
      <p className="card__hint">{t('settings.language.hint')}</p>
    </section>
  );
}
