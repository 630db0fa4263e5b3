// How far this desk's audit log has reached the portal, kept in the `meta` table: the last seq the
// portal confirmed (entries after it are sent next), and — when the portal refused the chain — why,
// so the Đồng bộ screen shows it and uploads wait until an officer has read it. Both belong to one
// portal: a desk pointed at another portal sends its log there from the first entry.
import type { DeskDatabase } from '../../store/database';

const KEY = 'auditUpload';

export type AuditUploadStop = { code: string; message: string; at: string };
export type AuditUploadState = {
  /** The portal the rest is about (null before the first upload). */
  portalOrigin: string | null;
  /** The last entry that portal confirmed holding (0 before the first upload). */
  confirmedSeq: number;
  /** Set when the portal refused the chain; cleared when the officer dismisses it, which lets the next run try again. */
  stopped: AuditUploadStop | null;
};

const FRESH: AuditUploadState = { portalOrigin: null, confirmedSeq: 0, stopped: null };

export async function auditUploadState(db: Pick<DeskDatabase, 'meta'>): Promise<AuditUploadState> {
  const value = (await db.meta.get(KEY))?.value as Partial<AuditUploadState> | undefined;
  return { ...FRESH, ...value };
}

/** Where the upload stands with `portalOrigin`: from the start when the state is about another portal. */
export async function auditUploadStateFor(db: Pick<DeskDatabase, 'meta'>, portalOrigin: string): Promise<AuditUploadState> {
  const state = await auditUploadState(db);
  return state.portalOrigin === portalOrigin ? state : { ...FRESH, portalOrigin };
}

async function change(db: DeskDatabase, portalOrigin: string, update: (state: AuditUploadState) => AuditUploadState): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KEY, value: update(await auditUploadStateFor(db, portalOrigin)) });
  });
}

/** After the portal's answer only; never moves back (an older answer arriving late changes nothing). */
export const confirmAuditUpTo = (db: DeskDatabase, portalOrigin: string, seq: number) =>
  change(db, portalOrigin, (state) => ({ ...state, confirmedSeq: Math.max(state.confirmedSeq, seq) }));

export const stopAuditUpload = (db: DeskDatabase, portalOrigin: string, stop: AuditUploadStop) => change(db, portalOrigin, (state) => ({ ...state, stopped: stop }));

/** "Đã đọc" on the screen: the refusal leaves the list and the next run sends again. */
export async function dismissAuditStop(db: DeskDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KEY, value: { ...(await auditUploadState(db)), stopped: null } });
  });
}
