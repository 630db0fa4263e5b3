// When to warn that local storage is nearly full: past 80 % of the browser's quota, new intakes
// and attachments may start failing and, without persistence, the browser may evict data.
import type { StorageReport } from './storage-report';

export const NEARLY_FULL_SHARE = 0.8;

export function storageNearlyFull(report: Pick<StorageReport, 'usage' | 'quota'> | null): boolean {
  return report !== null && report.quota > 0 && report.usage / report.quota > NEARLY_FULL_SHARE;
}
