// One figure on Tổng quan: a count that opens the Hồ sơ list on exactly the dossiers it counts.
import type { MouseEvent } from 'react';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { formatAmount } from '../dossiers/format';
import { hashForSection } from '../shell/sections';
import type { WorkCard } from './work-scope';

type Props = { card: WorkCard; count: number; onOpen: (card: WorkCard) => void };

export function WorkCardLink({ card, count, onOpen }: Props) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const label = t(`overview.card.${card.id}`);
  const hint = t(`overview.card.${card.id}.hint`);
  const scope = t(`overview.scope.${card.scope}`);

  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(card);
  };

  return (
    <li className={`work-card work-card--${card.id}`}>
      <a className="work-card__link" href={hashForSection('dossiers')} onClick={open} aria-label={t('overview.card.link', { label, count, hint, scope })} data-card={card.id}>
        <span className="work-card__label">{label}</span>
        <span className="work-card__count">{formatAmount(count, locale)}</span>
        <span className="work-card__hint">{hint}</span>
        <span className="work-card__scope">{scope}</span>
      </a>
    </li>
  );
}
