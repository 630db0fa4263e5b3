// The "Số hồ sơ" box of the demo-data card: a whole number from 1 to 100,000 (the benchmark's
// largest workload), read leniently from what was typed (spaces and thousands dots allowed).
export const DEMO_COUNT_DEFAULT = 1000;
export const DEMO_COUNT_MAX = 100_000;

export type DemoCount = { ok: true; value: number } | { ok: false; problem: 'missing' | 'notWhole' | 'outOfRange' };

export function parseDemoCount(text: string): DemoCount {
  const compact = text.replace(/[\s.,]/g, '');
  if (compact === '') return { ok: false, problem: 'missing' };
  if (!/^\d+$/.test(compact)) return { ok: false, problem: 'notWhole' };
  const value = Number(compact);
  if (value < 1 || value > DEMO_COUNT_MAX) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}
