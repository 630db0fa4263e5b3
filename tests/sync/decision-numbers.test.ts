// Decision numbers against the real portal: a sync run leaves each desk holding a block of the
// unit's document numbers for the year, and numbers issued by two desks of one unit never repeat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeDecisionNumber, needsDecisionLease, decisionNumbersLeft, DECISION_LEASE_SIZE } from '../../renderer/src/documents/decision-numbers';
import { readyDesk, startPortal, sync, type Desk, type RunningPortal } from './support';

let running: RunningPortal;
beforeAll(async () => {
  running = await startPortal();
});
afterAll(() => running?.close());

const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));

async function useUp(desk: Desk): Promise<number[]> {
  const taken: number[] = [];
  while (!(await needsDecisionLease(desk.db, desk.unit, year))) {
    const number = await desk.db.transaction('rw', desk.db.decisionBlocks, () => takeDecisionNumber(desk.db, desk.unit, year));
    if (number.ok) taken.push(number.value);
  }
  return taken;
}

describe('decision numbers leased from the portal', () => {
  it('a synced desk holds a block for this year; two desks of a unit never issue the same number', async () => {
    const one = await readyDesk(running, 'CUDCN', 'cudcn.mc1');
    const two = await readyDesk(running, 'CUDCN', 'cudcn.mc2');
    expect(await decisionNumbersLeft(one.desk.db, 'CUDCN', year)).toBe(DECISION_LEASE_SIZE);
    const issued: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const { desk, token } of [one, two]) {
        issued.push(...(await useUp(desk)));
        const outcome = await sync(desk, running.base, token);
        expect(outcome.failure).toBeNull();
      }
    }
    expect(issued.length).toBeGreaterThanOrEqual(4 * (DECISION_LEASE_SIZE - 5));
    expect(new Set(issued).size).toBe(issued.length);
  });
});
