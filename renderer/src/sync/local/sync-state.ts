// This database's standing with the portal: its client id (made once), the feed cursor and when
// the last run succeeded. A cursor belongs to one portal and unit; another one starts afresh.
import type { DeskDatabase } from '../../store/database';
import { SYNC_STATE_KEY, type SyncState } from '../../store/sync-records';

export type FeedIdentity = { portalOrigin: string; unitCode: string };

/** The state row, created with a fresh client id the first time it is asked for. */
export async function syncState(db: DeskDatabase): Promise<SyncState> {
  const existing = await db.syncState.get(SYNC_STATE_KEY);
  if (existing) return existing;
  return db.transaction('rw', db.syncState, async () => {
    const raced = await db.syncState.get(SYNC_STATE_KEY);
    if (raced) return raced;
    const fresh = freshState();
    await db.syncState.add(fresh);
    return fresh;
  });
}

const freshState = (): SyncState => ({ key: SYNC_STATE_KEY, clientId: crypto.randomUUID(), feed: null, cursor: '', lastSuccessAt: null });

const sameFeed = (a: FeedIdentity | null, b: FeedIdentity) => a !== null && a.portalOrigin === b.portalOrigin && a.unitCode === b.unitCode;

/** The cursor to pull after for this feed: '' when the desk last followed another portal or unit. */
export async function cursorFor(db: DeskDatabase, feed: FeedIdentity): Promise<string> {
  const state = await syncState(db);
  if (sameFeed(state.feed, feed)) return state.cursor;
  await db.syncState.put({ ...state, feed, cursor: '' });
  return '';
}

/**
 * Inside the pull page's transaction (the database or that transaction's tables): where the next
 * pull starts, and (when given) the dossiers whose rows that page left unwritten.
 */
export async function writeCursor(db: Pick<DeskDatabase, 'syncState'>, feed: FeedIdentity, cursor: string, deferred?: readonly string[]): Promise<void> {
  const { deferredProjections, ...state } = (await db.syncState.get(SYNC_STATE_KEY)) ?? freshState();
  const stillDeferred = deferred ?? deferredProjections ?? [];
  await db.syncState.put({ ...state, feed, cursor, ...(stillDeferred.length > 0 ? { deferredProjections: [...stillDeferred] } : {}) });
}

export async function markSuccess(db: DeskDatabase, at: string): Promise<void> {
  const state = await syncState(db);
  await db.syncState.put({ ...state, lastSuccessAt: at });
}
