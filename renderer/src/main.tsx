// Start-up: pick the host, bind language and route to the document, ask for persistent storage,
// open the local dossier store and start reading it, start sync with the portal, then render the shell.
import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchDeskForAudit } from './audit/watch-desk';
import { HostProvider } from './host/host-context';
import { pickHost } from './host/pick-host';
import { mirrorLanguageOnDocument } from './i18n/language-store';
import { AppShell } from './shell/AppShell';
import { bindViewToLocation } from './shell/view-store';
import { requestPersistentStorage } from './device-storage/persistence';
import { DeskStore } from './store/desk-store';
import { startLoading } from './store/load-status';
import { DeskStoreProvider } from './store/store-context';
import { startDeskSync } from './sync/start-sync';
import { DeskSyncProvider } from './sync/screen/sync-context';
import { startUpdateReporting } from './updates/report-to-updater';
import './styles.css';

const host = pickHost();
mirrorLanguageOnDocument();
bindViewToLocation();
void requestPersistentStorage(navigator.storage);
const store = new DeskStore();
void startLoading(store);
watchDeskForAudit(store.audit);
const sync = startDeskSync(store, host);
startUpdateReporting(host, sync);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <HostProvider host={host}>
      <DeskStoreProvider store={store}>
        <DeskSyncProvider sync={sync}>
          <AppShell />
        </DeskSyncProvider>
      </DeskStoreProvider>
    </HostProvider>
  </StrictMode>,
);
