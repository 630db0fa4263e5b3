// The hash chain of the audit log: a canonical serialisation (sorted keys, no whitespace) so the
// desk and the portal compute the same SHA-256, and the check that finds the first broken link.
// WebCrypto only: the same code runs in the renderer, in Node tests and on the portal.
import { GENESIS_HASH, type AuditEntry } from './audit-entry';

/** JSON with object keys sorted at every level: the same entry always serialises to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 over the entry without its own hash (prevHash included, which is what chains it). */
export async function hashOf(entry: Omit<AuditEntry, 'hash'> | AuditEntry): Promise<string> {
  const { hash: _ignored, ...rest } = entry as AuditEntry;
  const bytes = new TextEncoder().encode(canonicalJson(rest));
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

export type ChainBreak = { seq: number; reason: 'hashMismatch' | 'brokenLink' | 'outOfOrder' | 'missingTail' };
export type ChainStatus = { ok: true; entries: number } | { ok: false; entries: number; firstBroken: ChainBreak };

/** A link the chain continues from: the last entry already checked ({seq: 0, hash: GENESIS_HASH} before the first). */
export type ChainLink = { seq: number; hash: string };
export const GENESIS_LINK: ChainLink = { seq: 0, hash: GENESIS_HASH };

/**
 * Walks `entries` in seq order as the continuation of `previous`: the first entry whose seq skips
 * (deleted, reordered), whose prevHash is not its predecessor's hash, or whose own hash does not
 * match (edited) is answered; null when every link holds. The portal checks each uploaded batch
 * with it against the last entry it stored for that workstation.
 */
export async function firstBreakAfter(previous: ChainLink, entries: readonly AuditEntry[]): Promise<ChainBreak | null> {
  let { seq, hash } = previous;
  for (const entry of entries) {
    if (entry.seq !== seq + 1) return { seq: entry.seq, reason: 'outOfOrder' };
    if (entry.prevHash !== hash) return { seq: entry.seq, reason: 'brokenLink' };
    if ((await hashOf(entry)) !== entry.hash) return { seq: entry.seq, reason: 'hashMismatch' };
    ({ seq, hash } = entry);
  }
  return null;
}

/**
 * The whole chain from its first entry. `head` is the last link as the log last wrote it: a chain
 * cut short at the end is caught against it.
 */
export async function verifyEntries(entries: readonly AuditEntry[], head?: ChainLink | null): Promise<ChainStatus> {
  const broken = await firstBreakAfter(GENESIS_LINK, entries);
  if (broken) return { ok: false, entries: entries.length, firstBroken: broken };
  const last = entries.at(-1) ?? GENESIS_LINK;
  if (head && (head.seq !== last.seq || head.hash !== last.hash)) {
    return { ok: false, entries: entries.length, firstBroken: { seq: last.seq + 1, reason: 'missingTail' } };
  }
  return { ok: true, entries: entries.length };
}
