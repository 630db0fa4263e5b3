// A button that opens a small panel under it (status checkboxes, saved views). Built on
// <details>/<summary>, so it is a real disclosure for keyboards and screen readers; Escape and a
// click elsewhere close it, and Escape gives focus back to the button.
import { useEffect, useRef, type ReactNode } from 'react';

type Props = { label: ReactNode; className?: string; panelLabel: string; children: ReactNode };

export function DropdownPanel({ label, className, panelLabel, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const element = details.current;
    if (!element) return;
    const close = (event: Event) => {
      if (element.open && !element.contains(event.target as Node)) element.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !element.open) return;
      event.preventDefault();
      event.stopPropagation();
      element.open = false;
      element.querySelector('summary')?.focus();
    };
    document.addEventListener('mousedown', close);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('mousedown', close);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <details ref={details} className={className ? `dropdown ${className}` : 'dropdown'}>
      <summary className="dropdown__button">{label}</summary>
      <div className="dropdown__panel" role="group" aria-label={panelLabel}>
        {children}
      </div>
    </details>
  );
}
