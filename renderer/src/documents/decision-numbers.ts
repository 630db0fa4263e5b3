// Document numbers ("Số: 15/QĐ-UDCN") from blocks the portal leased to this desk: the portal counts
// per unit and calendar year and never hands a number out twice, so two desks issuing offline from
// their own blocks cannot collide. Unlike dossier codes there is no desk-local fallback.
import { err, ok, type Result } from '../../../shared/result';
import type { NumberBlock } from '../../../shared/domain/codes/number-block';
import type { DeskDatabase } from '../store/database';
import type { StoredDecisionBlock } from '../store/document-records';

/** At or below this many numbers left for a year, the desk leases more while it is online. */
export const DECISION_LEASE_LOW_THRESHOLD = 5;
/** A unit signs a handful of documents a day; 20 numbers last an offline week or so. */
export const DECISION_LEASE_SIZE = 20;

export const DECISION_NUMBERS_EXHAUSTED_MESSAGE = 'Đã dùng hết số quyết định được cấp trước; hãy kết nối mạng để nhận thêm số.';

const left = (block: StoredDecisionBlock) => Math.max(0, block.to - block.next + 1);

async function blocksOf(db: DeskDatabase, unitCode: string, year: number): Promise<StoredDecisionBlock[]> {
  const blocks = await db.decisionBlocks.where('[unitCode+year]').equals([unitCode, year]).toArray();
  return blocks.sort((a, b) => a.from - b.from);
}

/** True when the desk holds no block for the unit and year, or what it holds is running low. */
export async function needsDecisionLease(db: DeskDatabase, unitCode: string, year: number): Promise<boolean> {
  const blocks = await blocksOf(db, unitCode, year);
  return blocks.reduce((sum, b) => sum + left(b), 0) <= DECISION_LEASE_LOW_THRESHOLD;
}

/** Stores a block the portal leased; its year is the year of the day it was leased for. */
export async function storeDecisionBlock(db: DeskDatabase, block: NumberBlock, leasedAt: string): Promise<void> {
  const year = Number(block.day.slice(0, 4));
  await db.decisionBlocks.put({ id: `${block.unitCode}:${year}:${block.from}`, unitCode: block.unitCode, year, from: block.from, to: block.to, next: block.next, leasedAt });
}

export async function decisionNumbersLeft(db: DeskDatabase, unitCode: string, year: number): Promise<number> {
  return (await blocksOf(db, unitCode, year)).reduce((sum, b) => sum + left(b), 0);
}

/** The number takeDecisionNumber would give now, read-only: to render it before the write that takes it. */
export async function peekDecisionNumber(db: DeskDatabase, unitCode: string, year: number): Promise<Result<number>> {
  const usable = (await blocksOf(db, unitCode, year)).find((b) => left(b) > 0);
  return usable ? ok(usable.next) : err('DECISION_NUMBERS_EXHAUSTED', DECISION_NUMBERS_EXHAUSTED_MESSAGE);
}

/**
 * Takes the next number for the unit and year and writes the advanced block back. Must run inside
 * the caller's transaction (with decisionBlocks in its scope), so a number is spent only together
 * with the document that carries it.
 */
export async function takeDecisionNumber(db: DeskDatabase, unitCode: string, year: number): Promise<Result<number>> {
  const usable = (await blocksOf(db, unitCode, year)).find((b) => left(b) > 0);
  if (!usable) return err('DECISION_NUMBERS_EXHAUSTED', DECISION_NUMBERS_EXHAUSTED_MESSAGE);
  await db.decisionBlocks.put({ ...usable, next: usable.next + 1 });
  return ok(usable.next);
}

/** '15' + '…/QĐ-UDCN' → '15/QĐ-UDCN': the builders leave the number out until it is issued. */
export function withNumber(placeholder: string, number: number): string {
  const slash = placeholder.indexOf('/');
  return slash < 0 ? placeholder : `${number}${placeholder.slice(slash)}`;
}
