// A section that later issues will build: its title, what it will hold, and nothing pretended.
import { useT } from '../i18n/language-store';
import { SectionIcon } from './section-icon';
import { SectionFrame } from './SectionFrame';
import type { SectionId } from './sections';

export function EmptySection({ section }: { section: SectionId }) {
  const t = useT();
  return (
    <SectionFrame section={section}>
      <div className="empty-state">
        <span className="empty-state__icon">
          <SectionIcon section={section} />
        </span>
        <p className="empty-state__text">{t('section.notBuilt')}</p>
      </div>
    </SectionFrame>
  );
}
