// Start-up: pick the host, bind language and route to the document, ask for persistent storage,
// open the local dossier store (or, when it cannot be opened, show the recovery screen) and start reading it, start sync with the portal and the desk's
// accounts, then render the shell behind the sign-in gate.
import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AccountsProvider } from './accounts/accounts-context';
import { DeskAccounts } from './accounts/desk-accounts';
import { AccountGate } from './accounts/screen/AccountGate';
import { watchDeskForAudit } from './audit/watch-desk';
import { HostProvider } from './host/host-context';
import { pickHost } from './host/pick-host';
import { mirrorLanguageOnDocument } from './i18n/language-store';
import { AppShell } from './shell/AppShell';
import { bindViewToLocation } from './shell/view-store';
import { requestPersistentStorage } from './device-storage/persistence';
import { openDeskAtStart } from './data-protection/open-desk';
import { RecoveryScreen } from './data-protection/RecoveryScreen';
import { deskDatabases } from './data-protection/desk-databases';
import type { DeskDatabase } from './store/database';
import { DeskStore } from './store/desk-store';
import { startLoading } from './store/load-status';
import { DeskStoreProvider } from './store/store-context';
import { lockSigningSession } from './signing/session-instance';
import { startDeskSync } from './sync/start-sync';
import { DeskSyncProvider } from './sync/screen/sync-context';
import { startUpdateReporting } from './updates/report-to-updater';
import './styles.css';

const host = pickHost();
mirrorLanguageOnDocument();
bindViewToLocation();
void requestPersistentStorage(navigator.storage);
const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
const databases = deskDatabases();
void openDeskAtStart(databases).then((opening) => {
  if (opening.ok) startDesk(opening.db, root);
  // The database cannot be opened: the recovery screen instead of a crash, nothing deleted.
  else
    createRoot(root).render(
      <StrictMode>
        <HostProvider host={host}>
          <RecoveryScreen failure={opening} databases={databases} />
        </HostProvider>
      </StrictMode>,
    );
});

function startDesk(db: DeskDatabase, root: HTMLElement): void {
  const store = new DeskStore({ db });
  void startLoading(store);
  watchDeskForAudit(store.audit);
  // The portal revoking this desk drops every cached verifier and sends the desk to the sign-in screen.
  const sync = startDeskSync(store, host, window, () => accounts.deviceRevoked());
  const accounts = new DeskAccounts({ host, sync, audit: (record) => store.audit.record(record), onLocked: lockSigningSession });
  void accounts.start();
  startUpdateReporting(host, sync);

  createRoot(root).render(
    <StrictMode>
      <HostProvider host={host}>
        <DeskStoreProvider store={store}>
          <DeskSyncProvider sync={sync}>
            <AccountsProvider accounts={accounts}>
              <AccountGate>
                <AppShell />
              </AccountGate>
            </AccountsProvider>
          </DeskSyncProvider>
        </DeskStoreProvider>
      </HostProvider>
    </StrictMode>,
  );
}
