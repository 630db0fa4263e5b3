// Alt+1 … Alt+7 open the sections from anywhere in the window; a section the officer's role does
// not have stays closed (its digit does nothing).
import { useEffect } from 'react';
import { canOpen } from '../accounts/use-permissions';
import { useProfile } from '../profile/profile-store';
import { sectionForShortcut } from './sections';
import { useViewStore } from './view-store';

export function useSectionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const section = sectionForShortcut(event);
      if (!section || !canOpen(useProfile.getState().officer?.role ?? null, section)) return;
      // Alt alone would also open the browser's menu bar in some shells; the shortcut wins here.
      event.preventDefault();
      useViewStore.getState().goTo(section);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
