// The frame every section shares: its heading, which takes focus after each navigation so keyboard
// and screen-reader users land at the start of what they asked for, and its one-line purpose.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/language-store';
import { sectionById, type SectionId } from './sections';
import { useViewStore } from './view-store';

export function SectionFrame({ section, children }: { section: SectionId; children?: ReactNode }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusRequest = useViewStore((state) => state.focusRequest);
  const { title, description } = sectionById(section);

  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  return (
    <section className="section" aria-labelledby="section-heading">
      <header className="section__header">
        <h1 id="section-heading" className="section__title" tabIndex={-1} ref={heading}>
          {t(title)}
        </h1>
        <p className="section__description">{t(description)}</p>
      </header>
      {children}
    </section>
  );
}
