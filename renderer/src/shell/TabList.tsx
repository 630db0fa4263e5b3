// A row of tabs (WAI-ARIA tabs pattern): one tab in the Tab order, arrow keys, Home and End move
// between them and choose at once. The section owns the panel, named `${idPrefix}-panel-${id}`.
import { useRef, type KeyboardEvent } from 'react';
import './tabs.css';

export type Tab<T extends string> = { id: T; label: string };

export function TabList<T extends string>(props: { idPrefix: string; label: string; tabs: readonly Tab<T>[]; current: T; onChoose: (id: T) => void }) {
  const { idPrefix, label, tabs, current, onChoose } = props;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === current));

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChoose(tabs[next]!.id);
    buttons.current[next]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[i] = element;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={i === index}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          tabIndex={i === index ? 0 : -1}
          className="tabs__tab"
          onClick={() => onChoose(tab.id)}
          onKeyDown={onKeyDown}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
