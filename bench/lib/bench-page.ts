// Calling the benchmark page's functions (globalThis.deskBench, bench/browser/entry.ts) from Node,
// with Dexie's nested causes spelled out when one throws.
import type { Page } from '@playwright/test';

export function callBench<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    async ([fn, fnArgs]) => {
      try {
        return await (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)['deskBench']![fn]!(...fnArgs);
      } catch (error) {
        // Dexie's errors carry their cause in `inner`/`failures`; Playwright would show only the name.
        const e = error as { name?: string; message?: string; inner?: unknown; failures?: unknown[]; stack?: string };
        throw new Error(`${fn}: ${e.name}: ${e.message} ${String(e.inner ?? '')} ${String(e.failures?.[0] ?? '')}\n${e.stack ?? ''}`, { cause: error });
      }
    },
    [name, args] as const,
  ) as Promise<T>;
}
