// What the browser says about our local storage: how much is used, of what quota, and whether it
// is protected from eviction (architecture: the data of days offline must not be cleared).
export type StorageReport = { usage: number; quota: number; persisted: boolean };

type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persisted'>;

/** Null when the browser offers no StorageManager or refuses to answer. */
export async function readStorageReport(storage: StorageManagerLike | undefined): Promise<StorageReport | null> {
  if (!storage) return null;
  try {
    const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  } catch {
    return null;
  }
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "12,3 MB" in Vietnamese, "12.3 MB" in English: 1024-based, one decimal at most. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** Share of the quota used, as a whole percent; a used byte never reads as 0 %. */
export function usagePercent(report: Pick<StorageReport, 'usage' | 'quota'>): number {
  if (report.quota <= 0) return 0;
  const percent = (report.usage / report.quota) * 100;
  return report.usage > 0 && percent < 1 ? 1 : Math.min(100, Math.round(percent));
}
