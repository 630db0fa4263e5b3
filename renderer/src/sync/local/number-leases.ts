// Dossier number blocks leased from the portal: which days need a top-up, storing a leased block,
// and how many leased numbers are left (the warning before a desk runs out offline).
import { isRunningLow, remainingForDay, type NumberBlock } from '../../../../shared/domain/codes/number-block';
import type { DeskDatabase } from '../../store/database';
import type { StoredNumberBlock } from '../../store/records';

/** At or below this many numbers left for a day, the desk leases more while it can. */
export const LEASE_LOW_THRESHOLD = 10;
export const LEASE_SIZE = 50;

async function leasedBlocks(db: DeskDatabase, unitCode: string, day: string): Promise<StoredNumberBlock[]> {
  const blocks = await db.numberBlocks.where('id').startsWith(`${unitCode}:${day}:`).toArray();
  return blocks.filter((b) => b.source === 'portal');
}

/** True when the desk holds no leased block for the day, or every one it holds is running low. */
export async function needsLease(db: DeskDatabase, unitCode: string, day: string): Promise<boolean> {
  const blocks = await leasedBlocks(db, unitCode, day);
  return blocks.every((block) => isRunningLow(block, LEASE_LOW_THRESHOLD));
}

export async function storeLeasedBlock(db: DeskDatabase, block: NumberBlock): Promise<void> {
  await db.numberBlocks.put({ ...block, id: `${block.unitCode}:${block.day}:${block.from}`, source: 'portal' });
}

/** Leased numbers left for the day, or null when the desk holds no leased block for it. */
export async function leasedNumbersLeft(db: DeskDatabase, unitCode: string, day: string): Promise<number | null> {
  const blocks = await leasedBlocks(db, unitCode, day);
  return blocks.length === 0 ? null : remainingForDay(blocks, unitCode, day);
}
