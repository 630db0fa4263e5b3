// Demo data for an empty portal: every unit's roster from demoStaff (password "demo" for all) and,
// when asked, a few hundred dossiers per unit with their histories from the seeded generator.
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { Catalogue } from '../../../shared/domain/catalogue/catalogue-schema';
import { parseDossierCode } from '../../../shared/domain/codes/dossier-code';
import { iterateDemoDossiers } from '../../../shared/domain/demo/generate';
import { demoStaff } from '../../../shared/domain/demo/staff';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { hashPassword } from '../auth/passwords';
import type { Database } from '../db/database';
import { raiseCounters } from '../leases/numbering';
import { appendFeed, eventRow, lastEventOf, saveDossiers, type StoredDossier } from '../sync/ledger';

export const DEMO_PASSWORD = 'demo';
const BATCH = 1000;

/** Inserts the demo roster when the portal has no officer yet; answers whether it did. */
export async function seedRoster(db: Database, catalogue: Catalogue): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM officers');
  if (rows[0]!.n > 0) return false;
  // One hash for the shared demo password: scrypt is slow on purpose, and this is demo data.
  const hash = await hashPassword(DEMO_PASSWORD);
  const officers = demoStaff(catalogue).map((o) => ({ id: o.id, unitCode: o.unitCode, name: o.name, role: o.role, title: o.title, username: o.id, hash }));
  await db.query(
    `INSERT INTO officers (id, unit_code, name, role, title, username, password_hash)
     SELECT r->>'id', r->>'unitCode', r->>'name', r->>'role', r->>'title', r->>'username', r->>'hash' FROM jsonb_array_elements($1::jsonb) AS e(r)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(officers)],
  );
  return true;
}

export type DemoSeedOptions = { catalogue: Catalogue; calendar: WorkingCalendar; now: Date; perUnit: number; seed?: number };

/** Generates `perUnit` dossiers for each unit when the portal has none; answers how many it wrote. */
export async function seedDemoDossiers(db: Database, options: DemoSeedOptions): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
  if (rows[0]!.n > 0 || options.perUnit <= 0) return 0;
  let written = 0;
  for (const [index, unit] of options.catalogue.units.entries()) {
    // Only this unit's procedures, but every unit in the list, so demoStaff gives the same roster.
    const catalogue = { ...options.catalogue, procedures: options.catalogue.procedures.filter((p) => p.unitCode === unit.code) };
    if (catalogue.procedures.length === 0) continue;
    const stored: StoredDossier[] = [];
    const events: ProcessingEvent[] = [];
    const generated = iterateDemoDossiers((options.seed ?? 2025) + index, options.perUnit, { catalogue, calendar: options.calendar, now: options.now.toISOString() });
    for (const { dossier, events: history } of generated) {
      stored.push({ dossier, lastEvent: lastEventOf(history.at(-1)!) });
      events.push(...history);
    }
    // The feed reads like the unit's history: events in the order they happened.
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.version - b.version));
    await db.transaction(async (tx) => {
      for (let i = 0; i < stored.length; i += BATCH) await saveDossiers(tx, stored.slice(i, i + BATCH));
      for (let i = 0; i < events.length; i += BATCH) await appendFeed(tx, events.slice(i, i + BATCH).map((e) => eventRow(unit.code, e)));
      await raiseCounters(tx, 'dossier', unit.code, stored.flatMap(({ dossier }) => parseDossierCode(dossier.code) ?? []));
      await raiseCounters(tx, 'decision', unit.code, decisionNumbers(events));
    });
    written += stored.length;
  }
  return written;
}

/** The numbers of signed results ("12/QĐ-SHTT" → 12), so leased decision numbers start past them. */
function decisionNumbers(events: readonly ProcessingEvent[]): { day: string; number: number }[] {
  return events.flatMap((event) => {
    if (event.type !== 'signed') return [];
    const number = Number.parseInt(event.payload.document.number, 10);
    return Number.isInteger(number) ? [{ day: vietnamDateOf(event.at), number }] : [];
  });
}
