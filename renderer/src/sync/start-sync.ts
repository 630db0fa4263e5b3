// Starts the desk's sync service once at start-up: the portal address from Cài đặt, a run when the
// browser comes back online, and the signed-in officer as the desk's current user.
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { roleTitles } from '../../../shared/domain/officers/officer';
import { useProfile } from '../profile/profile-store';
import { demoRoster } from '../profile/roster';
import type { DeskStore } from '../store/desk-store';
import { DeskSync } from './desk-sync';
import { usePortalUrl } from './session/portal-url';

export function startDeskSync(store: DeskStore, host: DesktopHost, win: Window = window): DeskSync {
  const sync = new DeskSync({
    store,
    host,
    portalUrl: () => usePortalUrl.getState().portalUrl,
    onSignedIn: (officer) => {
      // The desk's actions are pushed under the signed-in unit: an officer of another unit would be refused.
      const current = useProfile.getState().officer;
      if (current?.unitCode === officer.unitCode) return;
      const title = demoRoster().find((o) => o.id === officer.id)?.title ?? roleTitles[officer.role];
      useProfile.getState().choose({ ...officer, title });
    },
  });
  void sync.start();
  win.addEventListener('online', () => void sync.syncNow('online'));
  return sync;
}
