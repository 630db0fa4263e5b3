// Which forms hold entries not yet saved, so the updater never restarts the app over them. A form
// says so with useUnsavedWork while it is mounted; the set empties as forms save or close.
import { useEffect } from 'react';
import { createStore } from 'zustand/vanilla';

export const unsavedWork = createStore<{ open: ReadonlySet<string> }>()(() => ({ open: new Set<string>() }));

export function markUnsavedWork(form: string, unsaved: boolean): void {
  const { open } = unsavedWork.getState();
  if (open.has(form) === unsaved) return;
  const next = new Set(open);
  if (unsaved) next.add(form);
  else next.delete(form);
  unsavedWork.setState({ open: next });
}

/** Marks `form` as holding unsaved entries while `unsaved` is true and the component is mounted. */
export function useUnsavedWork(form: string, unsaved: boolean): void {
  useEffect(() => {
    markUnsavedWork(form, unsaved);
    return () => markUnsavedWork(form, false);
  }, [form, unsaved]);
}
