// The language switch in the top bar; the same choice as in Settings. Each language is named in
// itself, so an officer who cannot read the current one still finds theirs.
import { useLanguageStore, useT } from '../i18n/language-store';
import { languages } from '../i18n/translate';

export function LanguageSwitch() {
  const t = useT();
  const language = useLanguageStore((state) => state.language);
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switch__option"
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
