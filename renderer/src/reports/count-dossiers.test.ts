import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../../../shared/domain/demo/generate';
import { importDossiers } from '../store/bulk-import';
import { Bieu06Builder, bieu06FromHistories } from '../../../shared/reports/bieu06';
import { sixMonthPeriod, yearPeriod } from '../../../shared/reports/period';
import { freshDatabase } from '../store/test-support';
import { countDossiers } from './count-dossiers';
import { countReports, idRanges } from './report-client';

const calendar = vietnamWorkingCalendar();
const NOW = '2026-11-20T03:00:00.000Z';

async function demoDesk(count: number) {
  const db = freshDatabase();
  const items = [...iterateDemoDossiers(11, count, { catalogue: shippedCatalogue, calendar, now: NOW })];
  await importDossiers(db, items, { total: count });
  return { db, histories: items.map((i) => i.events) };
}

describe('counting the local store for Biểu 06', () => {
  it("gives, from the dossiers' report facts alone, the report that folding every history gives", async () => {
    const { db, histories } = await demoDesk(600);
    const periods = [yearPeriod(2026), sixMonthPeriod(2026, 1), sixMonthPeriod(2025, 2)];
    const progress: number[] = [];
    // No event is read: the counting must not need them.
    await db.events.clear();
    const { reports, stats } = await countReports(db, periods, null, shippedCatalogue, (done) => progress.push(done));
    periods.forEach((period, i) => {
      expect(reports[i]).toEqual(bieu06FromHistories(histories, { period, unitCode: null, catalogue: shippedCatalogue, calendar }));
    });
    // One facts row per dossier ever received (the demo's refusals at intake have none).
    const received = histories.filter((events) => events.some((e) => e.type === 'received')).length;
    expect(received).toBeGreaterThan(500);
    expect(stats.dossiers).toBe(received);
    expect(progress.at(-1)).toBe(received);
  });

  it('shares of the id space add up to the whole, each dossier in exactly one share', async () => {
    const { db } = await demoDesk(300);
    const period = yearPeriod(2026);
    const whole = await countDossiers(db, { periods: [period], unitCode: 'CSHTT', range: { from: '', to: null } });
    const merged = new Bieu06Builder(period, 'CSHTT', calendar);
    let dossiers = 0;
    for (const range of idRanges(3)) {
      const share = await countDossiers(db, { periods: [period], unitCode: 'CSHTT', range });
      merged.merge(new Map(share.lines[0]));
      dossiers += share.stats.dossiers;
    }
    expect(dossiers).toBe(await db.reportFacts.count());
    const single = new Bieu06Builder(period, 'CSHTT', calendar);
    single.merge(new Map(whole.lines[0]));
    expect(merged.build(shippedCatalogue)).toEqual(single.build(shippedCatalogue));
  });

  it('splits ids by their first hex digit into contiguous ranges', () => {
    expect(idRanges(1)).toEqual([{ from: '', to: null }]);
    expect(idRanges(2)).toEqual([
      { from: '', to: '8' },
      { from: '8', to: null },
    ]);
    expect(idRanges(4).map((r) => r.from)).toEqual(['', '4', '8', 'c']);
  });
});
