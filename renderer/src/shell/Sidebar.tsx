// The left navigation: one link per section the officer's role has, reachable by Tab, movable with
// the arrow keys.
import type { KeyboardEvent, MouseEvent } from 'react';
import { canOpen, useDeskRole } from '../accounts/use-permissions';
import { useT } from '../i18n/language-store';
import { SectionIcon } from './section-icon';
import { hashForSection, sections, shortcutLabel, type SectionId } from './sections';
import { useViewStore } from './view-store';

const nextIndex: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Arrow keys move focus only; Enter opens, as for any list of links. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const step = nextIndex[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (current < 0) return;
  event.preventDefault();
  links[step(current, links.length)]?.focus();
}

export function Sidebar() {
  const t = useT();
  const current = useViewStore((state) => state.section);
  const goTo = useViewStore((state) => state.goTo);
  const role = useDeskRole();

  const open = (event: MouseEvent<HTMLAnchorElement>, id: SectionId) => {
    // Ctrl/Shift/middle click keep the browser's own meaning (new tab or window).
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo(id);
  };

  return (
    <nav className="sidebar" aria-label={t('shell.navLabel')}>
      <ul className="sidebar__list" onKeyDown={moveFocus}>
        {sections.filter((section) => canOpen(role, section.id)).map((section) => (
          <li key={section.id}>
            <a
              className="sidebar__link"
              href={hashForSection(section.id)}
              aria-current={section.id === current ? 'page' : undefined}
              aria-keyshortcuts={shortcutLabel(section.id)}
              onClick={(event) => open(event, section.id)}
            >
              <SectionIcon section={section.id} />
              <span className="sidebar__label">{t(section.title)}</span>
              <kbd className="sidebar__shortcut" aria-hidden="true">
                {shortcutLabel(section.id)}
              </kbd>
            </a>
          </li>
        ))}
      </ul>
      <p className="sidebar__hint">{t('shell.shortcutsHint')}</p>
    </nav>
  );
}
