// A modal dialog on the browser's own <dialog>: it traps focus, closes on Escape and gives focus
// back to whatever opened it, with no focus-trap code of ours to get wrong.
import { useEffect, useRef, type ReactNode } from 'react';
import './forms.css';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Id of the dialog's heading, which names it for screen readers. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
};

export function ModalDialog({ open, onClose, labelledBy, className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className={className ? `dialog ${className}` : 'dialog'} aria-labelledby={labelledBy} onClose={onClose}>
      {open && children}
    </dialog>
  );
}
