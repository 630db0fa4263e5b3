// generateDemoDossiers(): a seeded, realistic unit workload for demos and benchmarks: dossiers
// spread over the year before `now`, each with the event history that produced it.
import { fromDayNumber } from '../calendar/local-date';
import { instantMillis, type Instant } from '../calendar/vietnam-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { indexCatalogue } from '../catalogue/catalogue-index';
import type { Catalogue, Procedure } from '../catalogue/catalogue-schema';
import { issueDossierCode, type NumberBlock } from '../codes/number-block';
import { MAX_DOSSIER_NUMBER } from '../codes/dossier-code';
import type { Dossier, DossierIntake } from '../dossiers/dossier';
import type { Role } from '../officers/officer';
import type { WorkflowEnv } from '../workflow/decide';
import type { ProcessingEvent } from '../workflow/events';
import { DOSSIER_STATUSES, type DossierStatus } from '../workflow/status';
import { demoApplicant } from './applicants';
import { DossierStory, type StoryCast, type StoryPlan } from './dossier-story';
import { CLOSES, OfficeHours, OPENS } from './office-hours';
import { mixSeed, SeededRandom } from './random';
import { demoStaff, type DemoOfficer } from './staff';
import { demoSummary } from './summaries';

export type DemoOptions = {
  catalogue: Catalogue;
  calendar: WorkingCalendar;
  /** The demo's present: every event happens before it. */
  now: Instant;
  /** How far back submissions go; a year by default. */
  days?: number;
};

export type DemoDossier = { dossier: Dossier; events: ProcessingEvent[] };
export type DemoData = { dossiers: Dossier[]; events: ProcessingEvent[]; staff: DemoOfficer[] };

// Rough share of each procedure in a unit's intake: trademarks and X-ray licences dominate.
const PROCEDURE_WEIGHTS: Record<string, number> = {
  '1.005157': 30, '1.005158': 5, '1.005159': 5, '1.005160': 6, '1.004712': 14, '1.004713': 6, '1.004720': 3,
  '1.004512': 8, '1.004513': 3, '1.010866': 1, '1.008241': 2, '1.008242': 1, '1.002987': 5, '1.002990': 1, '1.003231': 4, '1.003232': 2,
};

/** Every dossier and event at once. For 100,000 dossiers prefer iterateDemoDossiers and write in batches. */
export function generateDemoDossiers(seed: number, count: number, options: DemoOptions): DemoData {
  const dossiers: Dossier[] = [];
  const events: ProcessingEvent[] = [];
  for (const item of iterateDemoDossiers(seed, count, options)) {
    dossiers.push(item.dossier);
    for (const event of item.events) events.push(event);
  }
  return { dossiers, events, staff: demoStaff(options.catalogue) };
}

/**
 * Dossiers one at a time, in order of submission. The last ten (when count ≥ 10) are steered to
 * end in statuses 1..10, so every status appears even in a small demo.
 */
export function* iterateDemoDossiers(seed: number, count: number, options: DemoOptions): Generator<DemoDossier> {
  const { catalogue, calendar } = options;
  const rng = new SeededRandom(mixSeed(seed, 0));
  const hours = new OfficeHours(calendar);
  const nowMs = instantMillis(options.now);
  const staff = demoStaff(catalogue);
  const byRole = new Map<string, DemoOfficer[]>();
  for (const officer of staff) {
    const key = `${officer.unitCode}:${officer.role}`;
    byRole.set(key, [...(byRole.get(key) ?? []), officer]);
  }
  const byId = new Map(staff.map((o) => [o.id, o]));
  const documentNumbers = new Map<string, number>();
  const symbols = new Map(catalogue.units.map((u) => [u.code, u.documentSymbol]));
  const env: WorkflowEnv = { calendar, catalogue: indexCatalogue(catalogue), newEventId: () => rng.uuid() };
  const cast: StoryCast = {
    rng,
    env,
    hours,
    nowMs,
    officers: (unitCode: string, role: Role) => byRole.get(`${unitCode}:${role}`) ?? [],
    officerById: (id) => byId.get(id),
    nextDocumentNumber: (unitCode) => {
      const next = (documentNumbers.get(unitCode) ?? 0) + 1;
      documentNumbers.set(unitCode, next);
      return next;
    },
    documentSymbol: (unitCode) => symbols.get(unitCode) ?? unitCode,
  };
  const procedureWeights = catalogue.procedures.map((p) => [p, PROCEDURE_WEIGHTS[p.code] ?? 3] as const);
  const forced = count >= DOSSIER_STATUSES.length ? DOSSIER_STATUSES.length : 0;
  const blocks = new Map<string, NumberBlock>();

  // Draw procedures, channels and submission times first, then tell the stories in time order so
  // each unit's daily counter in the codes rises with the clock.
  const starts = plannedStarts(rng, hours, calendar, procedureWeights, count - forced, nowMs, options.days ?? 365);
  const recent = hours.at(lastWorkingDaysBack(hours, calendar, nowMs, 3), OPENS + 30);
  for (let i = 0; i < count; i++) {
    const isForced = i >= count - forced;
    const target = isForced ? DOSSIER_STATUSES[i - (count - forced)]! : undefined;
    const planned = isForced ? forcedStart(catalogue.procedures, target!, recent) : starts[i]!;
    const procedure = planned.procedure;
    const code = issueCode(blocks, procedure.unitCode, hours, planned.at);
    const applicant = demoApplicant(rng, procedure);
    const intake: DossierIntake = {
      code,
      procedureCode: procedure.code,
      channel: planned.channel,
      applicant,
      summary: demoSummary(rng, procedure, applicant),
      documents: procedure.components
        .filter((c) => c.required || rng.chance(0.5))
        .map((c) => ({ componentCode: c.code, originals: c.originals, copies: c.copies })),
    };
    const plan = target === undefined ? randomPlan(rng, procedure, planned.channel) : forcedPlan(target);
    const story = new DossierStory(cast, procedure, plan, planned.at);
    const events = story.tell(rng.uuid(), intake);
    if (story.dossier) yield { dossier: story.dossier, events };
  }
}

type PlannedStart = { procedure: Procedure; channel: DossierIntake['channel']; at: number };

function plannedStarts(
  rng: SeededRandom,
  hours: OfficeHours,
  calendar: WorkingCalendar,
  weights: readonly (readonly [Procedure, number])[],
  count: number,
  nowMs: number,
  days: number,
): PlannedStart[] {
  const today = hours.dayOf(nowMs);
  const starts: PlannedStart[] = [];
  for (let i = 0; i < count; i++) {
    const procedure = rng.weighted(weights);
    const online = rng.chance(procedure.onlineClass === 'toan-trinh' ? 0.65 : 0.3);
    let day = today - rng.int(0, days);
    let minute: number;
    if (online) {
      // Applicants file at any hour, weekends included, which exercises the cut-off rules.
      minute = rng.chance(0.75) ? rng.int(OPENS, CLOSES) : rng.int(0, 1439);
    } else {
      while (!calendar.isWorkingDayNumber(day)) day--;
      minute = rng.int(OPENS, CLOSES - 1);
    }
    const at = Math.min(hours.at(day, minute), nowMs - 60_000);
    starts.push({ procedure, channel: online ? 'online' : rng.chance(0.06) ? 'postal' : 'counter', at });
  }
  return starts.sort((a, b) => a.at - b.at);
}

function lastWorkingDaysBack(hours: OfficeHours, calendar: WorkingCalendar, nowMs: number, back: number): number {
  let day = hours.dayOf(nowMs);
  for (let found = 0; found < back; ) if (calendar.isWorkingDayNumber(--day)) found++;
  return day;
}

function issueCode(blocks: Map<string, NumberBlock>, unitCode: string, hours: OfficeHours, at: number): string {
  const day = fromDayNumber(hours.dayOf(at));
  const key = `${unitCode}:${day}`;
  const block = blocks.get(key) ?? { unitCode, day, from: 1, to: MAX_DOSSIER_NUMBER, next: 1 };
  const issued = issueDossierCode(block, unitCode, day);
  if (!issued.ok) throw new Error(issued.error.message);
  blocks.set(key, issued.value.block);
  return issued.value.code;
}

function randomPlan(rng: SeededRandom, procedure: Procedure, channel: DossierIntake['channel']): StoryPlan {
  // Supplements are the most common detour in S&T dossiers; a second round is not rare.
  const rounds = rng.chance(0.65) ? (rng.chance(0.4) ? 2 : 1) : 0;
  return {
    refuseAtIntake: rng.chance(0.03),
    supplementBeforeReceipt: channel === 'online' && rng.chance(0.2),
    supplementRounds: rounds,
    stopAfterSupplement: rounds > 0 && rng.chance(0.05),
    payment: procedure.fees.length > 0 && rng.chance(0.55),
    withdrawAt: rng.chance(0.02) ? rng.int(0, 3) : -1,
    sendBack: rng.chance(0.3),
    refuseResult: rng.chance(procedure.result.kind === 'protection-title' ? 0.12 : 0.04),
    skipReturn: rng.chance(0.03),
    fast: false,
  };
}

function forcedPlan(target: DossierStatus): StoryPlan {
  return {
    refuseAtIntake: target === 3,
    supplementBeforeReceipt: false,
    supplementRounds: target === 5 || target === 8 ? 1 : 0,
    stopAfterSupplement: target === 8,
    payment: target === 6,
    withdrawAt: target === 7 ? 0 : -1,
    sendBack: false,
    refuseResult: false,
    skipReturn: target === 9,
    fast: true,
    stopAtStatus: target,
  };
}

function forcedStart(procedures: readonly Procedure[], target: DossierStatus, at: number): PlannedStart {
  // A payment needs a procedure with fees; the others use a short procedure with a return date.
  const procedure =
    procedures.find((p) => p.processingDays !== null && (target !== 6 || p.fees.length > 0)) ?? procedures[0]!;
  return { procedure, channel: target === 1 ? 'online' : 'counter', at };
}

/** Quick check used by tests and the demo button: the statuses present in a set of dossiers. */
export function statusesPresent(dossiers: readonly Pick<Dossier, 'status'>[]): DossierStatus[] {
  return [...new Set(dossiers.map((d) => d.status))].sort((a, b) => a - b);
}

