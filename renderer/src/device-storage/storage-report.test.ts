// Storage figures for Settings: read safely, written in the officer's number format.
import { describe, expect, it } from 'vitest';
import { formatBytes, readStorageReport, usagePercent } from './storage-report';

describe('the storage report', () => {
  it('combines the estimate and the persistence promise', async () => {
    const storage = { estimate: async () => ({ usage: 2048, quota: 10 * 1024 ** 3 }), persisted: async () => true };
    expect(await readStorageReport(storage)).toEqual({ usage: 2048, quota: 10 * 1024 ** 3, persisted: true });
  });

  it('is null when the browser has no StorageManager or refuses', async () => {
    expect(await readStorageReport(undefined)).toBeNull();
    const refusing = { estimate: () => Promise.reject(new Error('SecurityError')), persisted: async () => false };
    expect(await readStorageReport(refusing)).toBeNull();
  });

  it('writes sizes the way each language writes numbers', () => {
    expect(formatBytes(0, 'en-GB')).toBe('0 byte');
    expect(formatBytes(1536, 'en-GB')).toBe('1.5 kB');
    expect(formatBytes(12.34 * 1024 ** 2, 'vi-VN')).toBe('12,3 MB');
    expect(formatBytes(10 * 1024 ** 3, 'en-GB')).toBe('10 GB');
  });

  it('never shows a non-empty store as 0 %', () => {
    expect(usagePercent({ usage: 1, quota: 10 * 1024 ** 3 })).toBe(1);
    expect(usagePercent({ usage: 0, quota: 100 })).toBe(0);
    expect(usagePercent({ usage: 50, quota: 200 })).toBe(25);
    expect(usagePercent({ usage: 5, quota: 0 })).toBe(0);
  });
});
