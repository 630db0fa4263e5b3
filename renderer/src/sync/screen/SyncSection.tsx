// Đồng bộ: the state of sync with "Đồng bộ ngay", the connection to the portal (sign-in), the
// actions the portal refused (both sides), and the history of recent runs.
import { useT } from '../../i18n/language-store';
import { SectionFrame } from '../../shell/SectionFrame';
import { ConnectionCard } from './ConnectionCard';
import { IssuesCard } from './IssuesCard';
import { RunHistoryCard } from './RunHistoryCard';
import { SyncStatusCard } from './SyncStatusCard';
import { useSyncOverview } from './use-sync-overview';
import '../../forms/forms.css';
import './sync.css';

export function SyncSection() {
  const t = useT();
  const overview = useSyncOverview();
  return (
    <SectionFrame section="sync" description={t('sync.description')}>
      <div className="card-stack sync-screen">
        <SyncStatusCard overview={overview} />
        <ConnectionCard />
        <IssuesCard issues={overview?.issues ?? []} />
        <RunHistoryCard runs={overview?.runs ?? []} />
      </div>
    </SectionFrame>
  );
}
