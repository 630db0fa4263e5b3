// Starts the desk's sync service once at start-up: the portal address from Cài đặt, a run when the
// browser comes back online, the officer at the desk (the profile) as the active session, and the
// officer who signs in as the desk's current user.
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { roleTitles } from '../../../shared/domain/officers/officer';
import { useProfile } from '../profile/profile-store';
import { demoRoster } from '../profile/roster';
import type { DeskStore } from '../store/desk-store';
import { DeskSync, type DeskSyncOptions } from './desk-sync';
import { usePortalUrl } from './session/portal-url';

export function startDeskSync(store: DeskStore, host: DesktopHost, win: Window = window, onDeviceRevoked?: DeskSyncOptions['onDeviceRevoked']): DeskSync {
  const sync = new DeskSync({
    store,
    host,
    portalUrl: () => usePortalUrl.getState().portalUrl,
    onSignedIn: (officer) => {
      // Each action is pushed with its own officer's token: whoever signs in acts from now on.
      if (useProfile.getState().officer?.id === officer.id) return;
      const title = demoRoster().find((o) => o.id === officer.id)?.title ?? roleTitles[officer.role];
      useProfile.getState().choose({ ...officer, title });
    },
    ...(onDeviceRevoked ? { onDeviceRevoked } : {}),
  });
  sync.activate(useProfile.getState().officer?.id ?? null);
  useProfile.subscribe((state) => sync.activate(state.officer?.id ?? null));
  void sync.start();
  win.addEventListener('online', () => void sync.syncNow('online'));
  return sync;
}
