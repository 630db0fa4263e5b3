// At the counter, before the desk runs out of the dossier numbers the portal leased it for today:
// past that, codes come from the desk's own numbering and may collide with another desk's, which
// the portal refuses at the next sync. Shown only while the desk is signed in to the portal for
// the officer's unit (a desk that never syncs has only its own numbering).
import { useEffect, useState } from 'react';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import { useT } from '../i18n/language-store';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import { LEASE_LOW_THRESHOLD, leasedNumbersLeft } from '../sync/local/number-leases';
import { useSyncStatus } from '../sync/screen/sync-context';

export function NumberSupplyNote({ unitCode }: { unitCode: string }) {
  const t = useT();
  const store = useDeskStore();
  const revision = useStoreRevision();
  const signedInHere = useSyncStatus((s) => s.session?.unit.code === unitCode);
  const [left, setLeft] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    if (!signedInHere) return;
    let wanted = true;
    void leasedNumbersLeft(store.db, unitCode, vietnamDateOf(store.now())).then((count) => wanted && setLeft(count));
    return () => {
      wanted = false;
    };
  }, [store, unitCode, revision, signedInHere]);

  if (!signedInHere || left === undefined || (left !== null && left > LEASE_LOW_THRESHOLD)) return null;
  return (
    <p className="intake-numbers" role="status" data-testid="intake-numbers">
      {left === null || left === 0 ? t('intake.numbers.none') : t('intake.numbers.low', { count: left })}
    </p>
  );
}
