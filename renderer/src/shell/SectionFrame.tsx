// The frame every section shares: its heading, which takes focus after each navigation so keyboard
// and screen-reader users land at the start of what they asked for, and its one-line purpose.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/language-store';
import { sectionById, type SectionId } from './sections';
import { useViewStore } from './view-store';

type SectionFrameProps = {
  section: SectionId;
  /** The one-line purpose when the screen has its own (the catalogue's describes the empty section). */
  description?: string;
  /** A modifier for screens that lay the section out themselves (a list filling the window). */
  className?: string;
  children?: ReactNode;
};

export function SectionFrame({ section, description: ownDescription, className, children }: SectionFrameProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusRequest = useViewStore((state) => state.focusRequest);
  const { title, description } = sectionById(section);

  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  return (
    <section className={className ? `section ${className}` : 'section'} aria-labelledby="section-heading">
      <header className="section__header">
        <h1 id="section-heading" className="section__title" tabIndex={-1} ref={heading}>
          {t(title)}
        </h1>
        <p className="section__description">{ownDescription ?? t(description)}</p>
      </header>
      {children}
    </section>
  );
}
