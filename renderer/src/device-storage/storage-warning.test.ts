// When the top bar warns that local storage is nearly full.
import { describe, expect, it } from 'vitest';
import { storageNearlyFull } from './storage-warning';

describe('the nearly-full storage warning', () => {
  it('appears past 80 % of the quota, not at it', () => {
    expect(storageNearlyFull({ usage: 81, quota: 100 })).toBe(true);
    expect(storageNearlyFull({ usage: 80, quota: 100 })).toBe(false);
    expect(storageNearlyFull({ usage: 10, quota: 100 })).toBe(false);
  });

  it('stays away when the browser cannot tell', () => {
    expect(storageNearlyFull(null)).toBe(false);
    expect(storageNearlyFull({ usage: 5, quota: 0 })).toBe(false);
  });
});
