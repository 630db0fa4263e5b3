// Proves that sync survives faults at any point. In each of 200 seeded runs (30 more on
// PostgreSQL when PORTAL_TEST_DATABASE_URL is set) one or two workstations of a unit work offline
// — counter intakes with small attachments (some sharing bytes), assignments, forwards, send-backs,
// supplements, payments, approvals, signatures, refusals, returns — while the national portal
// forwards online filings (sometimes twice) and a citizen's withdrawal, now or in the middle of a
// sync. Then each desk syncs while the fetch seam breaks one call of push, pull, blob upload,
// missing-blob question or leases: the connection cut before the request reaches the portal; the
// portal's answer lost after it acted; the request delivered twice; a 503; a blob chunk cut
// half-way over a real socket (the portal keeps what arrived); the run stopped by the watchdog; or
// the app killed — its run abandoned before or after the portal acted, or a database write failing
// mid-transaction — and started again as a new Dexie object on the same IndexedDB database.
// Officers keep working during some of those syncs; some runs sync both desks at once. After clean
// syncs until quiet: the portal and every desk hold the same dossiers, events (ids, versions,
// payloads) and file records for the whole unit; the portal's rows are the fold of its feed; every
// mutation a desk recorded was applied exactly once or refused for good with a Vietnamese reason
// the desk keeps, and no event is in the feed that no applied mutation (or the national portal)
// made; outboxes are empty; and every blob the portal calls complete hashes to its name.
//
// Each run is drawn from its seed (unit, work, fault kinds and points, page, chunk and batch
// sizes); the portal is shared, each run starting from an empty unit. A failing run prints its log
// and names its seed: `FAULT_SEED=<seed> npx vitest run tests/sync/fault-injection.test.ts` replays
// it alone (exactly, except runs whose desks sync at the same time); FAULT_RUNS / FAULT_PG_RUNS
// change how many run, FAULT_LOG=1 prints every run's log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../renderer/src/attachments/attachment-rules';
import type { PreparedAttachment } from '../../renderer/src/store/attachment-store';
import { act } from '../../renderer/src/store/processing';
import type { OutboxEntry } from '../../renderer/src/store/records';
import { calendar, catalogue, counterDraft, staff } from '../../renderer/src/store/test-support';
import type { SyncOutcome } from '../../renderer/src/sync/engine/sync-run';
import { syncState } from '../../renderer/src/sync/local/sync-state';
import { verifyStoredAttachment } from '../../renderer/src/store/attachment-store';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import type { Actor } from '../../shared/domain/officers/officer';
import { replay } from '../../shared/domain/workflow/apply';
import type { Command, CommandType } from '../../shared/domain/workflow/commands';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';
import { allowedActions } from '../../shared/domain/workflow/rules';
import { isRetryableRejection, PORTAL_KEY_HEADER, syncPaths, type MutationResult } from '../../shared/sync/contract';
import { DEFAULT_PUBLIC_KEY } from '../../portal/src/app';
import {
  fileOnline,
  randomPdf,
  readyDesk,
  receive,
  recordingFetch,
  resetUnit,
  restartDesk,
  sendPartOfChunk,
  startPortal,
  sync,
  unitOnDesk,
  unitOnPortal,
  uploadAsNationalPortal,
  variants,
  withdrawOnline,
  type Call,
  type Desk,
  type RunningPortal,
  type Variant,
  type WriteHook,
} from './support';

const RUNS = Number(process.env.FAULT_RUNS ?? 200);
const PG_RUNS = Number(process.env.FAULT_PG_RUNS ?? 30);
const FIRST_SEED = 20_260_310;
const ONLY_SEED = process.env.FAULT_SEED ? Number(process.env.FAULT_SEED) : null;
const seedsFor = (variant: Variant) => (ONLY_SEED !== null ? [ONLY_SEED] : Array.from({ length: variant.name === 'PGlite' ? RUNS : PG_RUNS }, (_, i) => FIRST_SEED + i));

/** Units whose catalogue has a counter procedure for persons (what counterDraft files). */
const UNITS = ['CUDCN', 'CSHTT', 'VDTGD'] as const;
const NATIONAL_PORTAL_ID = 'cong-dvc-quoc-gia';
/** Clean runs after the faults before the desks must be quiet. */
const MAX_RECOVERY_ROUNDS = 8;

// ---- a seeded generator: everything a run decides comes from it ----

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T extends string>(weights: Partial<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries.at(-1)![0];
  }
}

// ---- faults ----

type FaultKind = 'cutBefore' | 'unavailable' | 'lostAnswer' | 'twice' | 'midChunk' | 'abort' | 'killBefore' | 'killAfter' | 'crashWrite';
type Target = 'missing' | 'head' | 'put' | 'push' | 'pull' | 'lease' | 'any';
/**
 * crashWrite: the app dies at the `nth` database write of the attempt. The others strike a call of
 * `target` ('any': every call counts): each such call is struck with probability `odds`, drawn from
 * the run's generator, so the fault lands anywhere among them and usually lands.
 */
type Fault = { kind: FaultKind; target: Target; nth: number; odds: number };

const faultName = (f: Fault) => (f.kind === 'crashWrite' ? f.kind : `${f.kind}@${f.target}`);
const describeFault = (f: Fault) => (f.kind === 'crashWrite' ? `crashWrite@write${f.nth}` : `${f.kind}@${f.target}(odds ${f.odds})`);

/** Calls this desk's next sync will make (as far as the test can tell): a fault aims at one of them. */
type Ahead = { pushes: boolean; uploads: boolean };

function drawFault(rng: Rng, ahead: Ahead): Fault {
  const kind = rng.weighted<FaultKind>({
    cutBefore: 2,
    unavailable: 0.5,
    lostAnswer: 3,
    twice: 1,
    midChunk: ahead.uploads ? 2 : 0,
    abort: 1,
    killBefore: 1,
    killAfter: 2,
    crashWrite: 2,
  });
  const odds = rng.pick([0.3, 0.5, 1]);
  if (kind === 'crashWrite') return { kind, target: 'any', nth: rng.int(1, 30), odds };
  if (kind === 'midChunk') return { kind, target: 'put', nth: 0, odds };
  const target = rng.weighted<Target>({
    pull: 3,
    any: 1.5,
    lease: 0.3,
    ...(ahead.pushes ? { push: 3, missing: 1 } : {}),
    ...(ahead.uploads ? { put: 3, head: 0.5 } : {}),
  });
  return { kind, target, nth: 0, odds: target === 'any' ? odds / 4 : odds };
}

async function lookAhead(run: Run, station: Station): Promise<Ahead> {
  const outbox = await station.desk.db.outbox.toArray();
  const hashes = [...new Set(outbox.flatMap((entry) => entry.files.map((f) => f.sha256)))];
  const { rows } = await run.running.portal.db.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs WHERE complete AND sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))', [
    JSON.stringify(hashes),
  ]);
  return { pushes: outbox.length > 0, uploads: rows[0]!.n < hashes.length };
}

function targetOf(call: Omit<Call, 'status'>): Exclude<Target, 'any'> | 'other' {
  if (call.path === syncPaths.push) return 'push';
  if (call.path === syncPaths.pull) return 'pull';
  if (call.path === syncPaths.blobsMissing) return 'missing';
  if (call.path === syncPaths.leases) return 'lease';
  if (call.method === 'HEAD') return 'head';
  if (call.method === 'PUT') return 'put';
  return 'other';
}

const never = <T>() => new Promise<T>(() => {});
const cut = () => new TypeError('fetch failed');

// ---- statistics, printed after each variant: what the runs really exercised ----

type Stats = {
  runs: number;
  faultsPlanned: Record<string, number>;
  faultsFired: Record<string, number>;
  kills: number;
  mutations: number;
  applied: number;
  refused: Record<string, number>;
  conflicts: number;
  filings: number;
  filingRepeats: number;
  withdrawals: Record<string, number>;
  trafficMidSync: number;
  workMidSync: number;
  recoveryRounds: Record<number, number>;
  recoveryFailures: Record<string, number>;
  ms: number;
};
const freshStats = (): Stats => ({
  runs: 0,
  faultsPlanned: {},
  faultsFired: {},
  kills: 0,
  mutations: 0,
  applied: 0,
  refused: {},
  conflicts: 0,
  filings: 0,
  filingRepeats: 0,
  withdrawals: {},
  trafficMidSync: 0,
  workMidSync: 0,
  recoveryRounds: {},
  recoveryFailures: {},
  ms: 0,
});
const bump = (counts: Record<string | number, number>, key: string | number, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

// ---- one workstation: its desk (reopened after a kill), its token and everything it recorded ----

/** Per Dexie object: a countdown of writes until the app "dies", and the death itself. */
type PowerSwitch = { countdown: number | null; dead: boolean; onDeath: (() => void) | null };

const powerSwitch = (): PowerSwitch => ({ countdown: null, dead: false, onDeath: null });

function writeHook(power: PowerSwitch): WriteHook {
  return () => {
    if (power.dead) throw new Error('Ứng dụng đã tắt.');
    if (power.countdown !== null && --power.countdown === 0) {
      power.dead = true;
      power.onDeath?.();
      throw new Error('Ứng dụng tắt đột ngột giữa lúc ghi dữ liệu.');
    }
  };
}

type Station = {
  label: string;
  /** Draws the faults of this workstation's syncs (its own, so concurrent syncs stay seeded). */
  rng: Rng;
  token: string;
  desk: Desk;
  power: PowerSwitch;
  clientId: string;
  /** Every outbox entry this workstation ever recorded, by mutation id. */
  recorded: Map<string, OutboxEntry>;
};

async function noteOutbox(station: Station): Promise<void> {
  for (const entry of await station.desk.db.outbox.toArray()) station.recorded.set(entry.mutationId, entry);
}

type Params = { pageSize: number; batchChanges: number; chunkBytes: number; pushLimits: { maxMutations: number; maxBytes: number } };

type Run = {
  seed: number;
  rng: Rng;
  /** Draws the national portal's traffic, which may start in the middle of either desk's sync. */
  trafficRng: Rng;
  /** Both desks sync at the same time (their faulty syncs, then their clean ones). */
  concurrent: boolean;
  running: RunningPortal;
  unit: string;
  stations: Station[];
  params: Params;
  stats: Stats;
  log: string[];
  attachments: PreparedAttachment[];
  /** The national portal's traffic, done once: before the faulty syncs or at a call in the middle of one. */
  traffic: { at: { station: number; call: number } | null; done: boolean };
  filings: Map<string, string>;
};

// ---- officer work on a desk ----

const unitStaff = (unit: string): Actor[] => staff.filter((o) => o.unitCode === unit).map(({ id, name, role, unitCode }) => ({ id, name, role, unitCode }));
const refOf = ({ id, name, role }: Actor) => ({ id, name, role });

const WEIGHTS: Partial<Record<CommandType, number>> = {
  receive: 4,
  refuseToReceive: 0.5,
  assign: 5,
  forward: 5,
  sendBack: 1,
  requestSupplement: 2,
  recordSupplement: 3,
  requestPayment: 1,
  recordPayment: 2,
  approve: 4,
  sign: 4,
  refuseResult: 0.5,
  returnResult: 2,
  stop: 0.5,
  extendWithApology: 1,
  withdraw: 0.5,
};

function commandFor(type: CommandType, dossier: Dossier, actor: Actor, run: Run, rng: Rng): Command | null {
  const { unit } = run;
  const people = unitStaff(unit);
  const procedure = catalogue.procedure(dossier.procedureCode)!;
  const ofRole = (role: string | undefined, except?: string | null) => people.filter((o) => o.role === role && o.id !== except);
  switch (type) {
    case 'receive':
      return { type: 'receive' };
    case 'refuseToReceive':
      return { type: 'refuseToReceive', reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của đơn vị.' };
    case 'assign': {
      const candidates = ofRole(dossier.step?.role, dossier.assigneeId);
      return candidates.length ? { type: 'assign', assignee: refOf(rng.pick(candidates)) } : null;
    }
    case 'forward': {
      const next = procedure.steps[(dossier.step?.index ?? 0) + 1];
      const candidates = ofRole(next?.role);
      return { type: 'forward', to: candidates.length && rng.chance(0.5) ? refOf(rng.pick(candidates)) : null, note: 'Đã thẩm định, đề nghị xử lý tiếp.' };
    }
    case 'sendBack':
      return { type: 'sendBack', to: null, reason: 'Cần làm rõ ý kiến thẩm định.' };
    case 'requestSupplement':
      return { type: 'requestSupplement', reason: 'Thiếu bản sao chứng thực.', missingComponents: [rng.pick(procedure.components).code] };
    case 'recordSupplement':
      return { type: 'recordSupplement', note: 'Người nộp đã bổ sung.', documents: [{ componentCode: rng.pick(procedure.components).code, originals: 1, copies: 0 }] };
    case 'requestPayment':
      return { type: 'requestPayment', amount: 500_000, description: 'Phí thẩm định hồ sơ' };
    case 'recordPayment':
      return { type: 'recordPayment', amount: 500_000, receiptNumber: `BL-${rng.int(1000, 9999)}` };
    case 'approve':
      return { type: 'approve', note: 'Đồng ý.' };
    case 'sign':
      return { type: 'sign', documentNumber: `${rng.int(1, 999)}/QĐ-${unit}` };
    case 'refuseResult':
      return { type: 'refuseResult', reason: 'Không đủ điều kiện cấp.' };
    case 'returnResult':
      return { type: 'returnResult', method: rng.pick(['counter', 'postal', 'online'] as const) };
    case 'stop':
      return { type: 'stop', reason: 'Người nộp đề nghị dừng giải quyết.' };
    case 'extendWithApology':
      return dossier.dueDate ? { type: 'extendWithApology', newDueDate: calendar.addWorkingDays(dossier.dueDate, rng.int(1, 5)), reason: 'Cần xin ý kiến cơ quan liên quan.' } : null;
    case 'withdraw':
      return { type: 'withdraw', reason: 'Người nộp đến quầy đề nghị rút hồ sơ.' };
    default:
      return null;
  }
}

/** An officer of the unit takes one action the rules allow on a dossier this desk holds; false when none could. */
async function officerAction(run: Run, station: Station, rng = run.rng): Promise<boolean> {
  const dossiers = await station.desk.db.dossiers.toArray();
  const options: { dossier: Dossier; actor: Actor; type: CommandType }[] = [];
  // By code, not by id (a random UUID): codes keep their order from run to run, so the seed decides.
  for (const dossier of dossiers.sort((a, b) => (a.code < b.code ? -1 : 1))) {
    for (const actor of unitStaff(run.unit)) {
      for (const type of allowedActions(dossier, actor)) if (WEIGHTS[type]) options.push({ dossier, actor, type });
    }
  }
  for (let tries = 0; tries < 6 && options.length > 0; tries++) {
    const type = rng.weighted(Object.fromEntries([...new Set(options.map((o) => o.type))].map((t) => [t, WEIGHTS[t]!])) as Record<CommandType, number>);
    const candidates = options.filter((o) => o.type === type);
    const { dossier, actor } = rng.pick(candidates);
    const command = commandFor(type, dossier, actor, run, rng);
    if (!command) continue;
    const outcome = await act(station.desk.ctx, dossier.id, command, actor);
    if (outcome.ok) {
      run.log.push(`${station.label}: ${type} ${dossier.code} (${actor.id})`);
      return true;
    }
  }
  return false;
}

async function newAttachment(run: Run, name: string, rng = run.rng): Promise<PreparedAttachment> {
  // Now and then the same bytes again: another dossier, or the other desk, names a blob already queued.
  if (run.attachments.length > 0 && rng.chance(0.25)) return { ...rng.pick(run.attachments), name };
  const file = await randomPdf(name, rng.int(300, 6_000), () => rng.next());
  run.attachments.push(file);
  return file;
}

async function counterIntake(run: Run, station: Station, rng = run.rng): Promise<void> {
  const components = catalogue.procedure(counterDraft(run.unit).procedureCode)!.components;
  const files = [];
  for (let i = rng.int(0, 2); i > 0; i--) {
    const component = rng.pick(components);
    files.push({ componentCode: component.code, file: await newAttachment(run, `${component.code.toLowerCase()}-${rng.int(1, 99)}.pdf`, rng) });
  }
  const refusal = rng.chance(0.08) ? { reason: 'Hồ sơ chưa đủ thành phần theo quy định.' } : undefined;
  const dossier = await receive(station.desk, files, refusal);
  run.log.push(`${station.label}: ${refusal ? 'refuseToReceive' : 'receive'} ${dossier.code} with ${files.length} file(s)`);
}

async function offlineWork(run: Run, station: Station, operations: number, rng = run.rng): Promise<void> {
  for (let i = 0; i < operations; i++) {
    if (rng.chance(0.35) || !(await officerAction(run, station, rng))) await counterIntake(run, station, rng);
  }
}

// ---- the national portal's traffic ----

async function onlineFiling(run: Run, rng = run.rng): Promise<void> {
  const externalId = `DVC-${run.seed}-${run.filings.size + 1}`;
  const files = [];
  if (rng.chance(0.6)) {
    const file = await newAttachment(run, 'don-truc-tuyen.pdf', rng);
    await uploadAsNationalPortal(run.running, file, rng.int(1, 2));
    files.push({ componentCode: rng.pick(catalogue.procedure(counterDraft(run.unit).procedureCode)!.components).code, file });
  }
  const first = await fileOnline(run.running, run.unit, externalId, files);
  expect(first.status).toBe(201);
  run.filings.set(externalId, first.dossierId);
  run.stats.filings++;
  run.log.push(`national portal: filing ${first.code}`);
  if (rng.chance(0.3)) {
    // The national portal did not hear the answer and sends the same filing again: nothing new.
    const again = await fileOnline(run.running, run.unit, externalId, files);
    expect(again).toEqual({ ...first, status: 200 });
    run.stats.filingRepeats++;
  }
}

async function citizenWithdrawal(run: Run, rng = run.rng): Promise<void> {
  const { rows } = await run.running.portal.db.query<{ code: string }>('SELECT code FROM dossiers WHERE unit_code = $1 ORDER BY code', [run.unit]);
  if (rows.length === 0) return;
  const { code } = rng.pick(rows);
  const answer = await withdrawOnline(run.running, code);
  run.log.push(`national portal: withdraw ${code} → ${answer.status}`);
  bump(run.stats.withdrawals, answer.status);
  if (answer.status === 200) {
    expect(answer.body).toMatchObject({ code, status: 7 });
  } else {
    // Refused by the rules (already signed, stopped…): the sentence says who changed it last.
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toContain(`Hồ sơ ${code} đã được`);
  }
}

async function nationalPortalTraffic(run: Run): Promise<void> {
  if (run.traffic.done) return;
  run.traffic.done = true;
  if (run.trafficRng.chance(0.6)) await onlineFiling(run, run.trafficRng);
  if (run.trafficRng.chance(0.6)) await citizenWithdrawal(run, run.trafficRng);
}

// ---- syncing, with and without a fault ----

function cleanSync(run: Run, station: Station): Promise<SyncOutcome> {
  return sync(station.desk, run.running.base, station.token, run.params);
}

async function restart(run: Run, station: Station): Promise<void> {
  station.power = powerSwitch();
  station.desk = restartDesk(station.desk, writeHook(station.power));
  run.stats.kills++;
  // The app that starts again is the same client to the portal: that is what makes repeats safe.
  expect((await syncState(station.desk.db)).clientId).toBe(station.clientId);
}

/** One sync of `station` with `fault` armed; a killed app is started again on the same database. */
async function faultySync(run: Run, index: number, fault: Fault): Promise<void> {
  const station = run.stations[index]!;
  await noteOutbox(station);
  const power = station.power;
  let fired = false;
  let calls = 0;
  let killed!: () => void;
  const death = new Promise<null>((resolve) => (killed = () => resolve(null)));
  const fire = () => {
    fired = true;
    bump(run.stats.faultsFired, faultName(fault));
    run.log.push(`${station.label}: fault ${describeFault(fault)}`);
  };

  const controller = new AbortController();
  // Officers do not stop for a sync: now and then one acts while the run waits for the portal.
  const workAt = station.rng.chance(0.4) ? station.rng.int(1, 8) : null;
  const seam = recordingFetch(async (call, respond, request) => {
    if (power.dead) return never();
    calls++;
    if (run.traffic.at && run.traffic.at.station === index && run.traffic.at.call === calls && !run.traffic.done) {
      run.stats.trafficMidSync++;
      await nationalPortalTraffic(run);
    }
    if (workAt === calls) {
      run.stats.workMidSync++;
      await offlineWork(run, station, station.rng.int(1, 2), station.rng);
    }
    if (fired || fault.kind === 'crashWrite') return respond();
    if (fault.target !== 'any' && targetOf(call) !== fault.target) return respond();
    if (!station.rng.chance(fault.odds)) return respond();
    fire();
    switch (fault.kind) {
      case 'cutBefore':
        throw cut();
      case 'lostAnswer': {
        // The portal acts and answers; the answer never reaches the desk.
        await (await respond()).arrayBuffer();
        throw cut();
      }
      case 'unavailable':
        return new Response(JSON.stringify({ error: { code: 'MAINTENANCE', message: 'Cổng đang bảo trì.' } }), { status: 503, headers: { 'content-type': 'application/json' } });
      case 'abort': {
        // The watchdog (or signing out) stops the run, before or after the portal acted on this call.
        if (station.rng.chance(0.5)) {
          const response = await respond();
          controller.abort();
          return response;
        }
        controller.abort();
        return respond();
      }
      case 'twice': {
        // A proxy sent the request again: the portal acts on both; the desk reads the second answer.
        await (await respond()).arrayBuffer();
        return respond();
      }
      case 'midChunk': {
        const size = (request.init?.body as Blob).size;
        await sendPartOfChunk(request, size > 1 ? station.rng.int(1, size - 1) : 0);
        throw cut();
      }
      case 'killBefore':
        power.dead = true;
        killed();
        return never();
      case 'killAfter': {
        await (await respond()).arrayBuffer();
        power.dead = true;
        killed();
        return never();
      }
      default:
        return respond();
    }
  });
  if (fault.kind === 'crashWrite') {
    power.countdown = fault.nth;
    power.onDeath = () => {
      fire();
      killed();
    };
  }

  const attempt = sync(station.desk, run.running.base, station.token, { ...run.params, fetch: seam.fetch, signal: controller.signal }).then(
    (outcome) => ({ outcome }),
    (error: unknown) => ({ error }),
  );
  const settled = await Promise.race([attempt, death]);
  power.countdown = null;
  if (settled === null || power.dead) {
    await restart(run, station);
    return;
  }
  // Without a kill, the engine reports failures as outcomes; it never throws.
  if ('error' in settled) throw settled.error;
  if (!fired) run.log.push(`${station.label}: ${describeFault(fault)} not reached (${calls} calls)`);
  run.log.push(`${station.label}: faulty sync → ${settled.outcome.failure?.code ?? 'ok'} (pushed ${settled.outcome.pushed}, rejected ${settled.outcome.rejected}, pulled ${settled.outcome.pulled})`);
}

/** Clean runs of every desk, round after round, until a whole round changes nothing anywhere. */
async function syncUntilQuiet(run: Run): Promise<void> {
  for (let round = 1; round <= MAX_RECOVERY_ROUNDS; round++) {
    let quiet = true;
    const recover = async (station: Station) => {
      await noteOutbox(station);
      const outcome = await cleanSync(run, station);
      run.log.push(`${station.label}: recovery ${round} → ${outcome.failure?.code ?? 'ok'} (pushed ${outcome.pushed}, rejected ${outcome.rejected}, pulled ${outcome.pulled})`);
      if (outcome.failure) {
        bump(run.stats.recoveryFailures, outcome.failure.code);
        // The only failure a clean run may meet: the portal still busy with a chunk whose connection
        // was cut, or with the same blob from the other desk syncing at the same time.
        expect(outcome.failure.code, `a clean run failed: ${outcome.failure.message}`).toBe('UPLOAD_IN_PROGRESS');
      }
      if (outcome.failure || outcome.pushed + outcome.rejected + outcome.pulled > 0) quiet = false;
    };
    if (run.concurrent) await Promise.all(run.stations.map(recover));
    else for (const station of run.stations) await recover(station);
    if (quiet) {
      bump(run.stats.recoveryRounds, round);
      return;
    }
  }
  throw new Error(`Still not quiet after ${MAX_RECOVERY_ROUNDS} clean rounds.`);
}

// ---- what must hold afterwards ----

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

async function expectConsistent(run: Run): Promise<void> {
  const { running, unit } = run;
  const portal = await unitOnPortal(running, unit);

  // The portal itself: each dossier row is the fold of its events, versions 1..n without a gap.
  const eventsByDossier = new Map<string, ProcessingEvent[]>();
  for (const event of portal.events) eventsByDossier.set(event.dossierId, [...(eventsByDossier.get(event.dossierId) ?? []), event]);
  expect([...eventsByDossier.keys()].sort()).toEqual(portal.dossiers.map((d) => d.id));
  for (const dossier of portal.dossiers) {
    const history = eventsByDossier.get(dossier.id)!;
    expect(history.map((e) => e.version)).toEqual(history.map((_, i) => i + 1));
    expect(replay(history)).toEqual(dossier);
  }
  const { rows: duplicates } = await running.portal.db.query('SELECT item_id FROM feed WHERE unit_code = $1 GROUP BY item_id HAVING count(*) > 1', [unit]);
  expect(duplicates).toEqual([]);

  // Every desk holds exactly the portal's dossiers, events (ids, versions, payloads) and file records.
  for (const station of run.stations) {
    expect(await station.desk.db.outbox.count(), `${station.label}: outbox`).toBe(0);
    const desk = await unitOnDesk(station.desk);
    expect(desk.dossiers, `${station.label}: dossiers`).toEqual(portal.dossiers);
    expect(desk.events, `${station.label}: events`).toEqual(portal.events);
    expect(desk.files, `${station.label}: files`).toEqual(portal.files);
  }

  // Every mutation a desk recorded: applied exactly once, or refused for good with a reason the desk keeps.
  const feedEvents = new Map(portal.events.map((e) => [e.id, e]));
  const owner = new Map<string, string>();
  for (const station of run.stations) {
    const { rows } = await running.portal.db.query<{ mutation_id: string; result: MutationResult }>('SELECT mutation_id, result FROM mutation_results WHERE client_id = $1', [station.clientId]);
    const results = new Map(rows.map((r) => [r.mutation_id, r.result]));
    expect([...results.keys()].sort(), `${station.label}: remembered answers`).toEqual([...station.recorded.keys()].sort());
    const issues = new Map((await station.desk.db.syncIssues.toArray()).map((i) => [i.mutationId, i]));
    run.stats.mutations += station.recorded.size;
    for (const [mutationId, entry] of station.recorded) {
      const result = results.get(mutationId)!;
      const issue = issues.get(mutationId);
      if (result.status === 'applied') {
        run.stats.applied++;
        expect(issue, `${station.label}: applied ${entry.command.type} also refused`).toBeUndefined();
        for (const event of result.events) {
          expect(entry.eventIds).toContain(event.id);
          expect(owner.get(event.id), `event ${event.id} claimed twice`).toBeUndefined();
          owner.set(event.id, mutationId);
          expect(feedEvents.get(event.id)).toEqual(event);
        }
      } else {
        bump(run.stats.refused, `${result.code}:${entry.command.type}`);
        if (process.env.FAULT_LOG) console.log(`refused ${entry.command.type} (${result.code}): ${result.message}`);
        expect(isRetryableRejection(result.code)).toBe(false);
        expect(issue, `${station.label}: refused ${entry.command.type} (${result.code}) not kept`).toMatchObject({ code: result.code, message: result.message, dossierId: entry.dossierId });
        expect(result.message).toMatch(VIETNAMESE);
        if (issue!.kind === 'conflict') run.stats.conflicts++;
        for (const id of entry.eventIds) expect(feedEvents.has(id), `refused ${entry.command.type} left event ${id}`).toBe(false);
      }
    }
    for (const mutationId of issues.keys()) expect(station.recorded.has(mutationId)).toBe(true);
  }
  // No event in the unit's feed that nobody asked for: each is a desk's applied mutation or the national portal's.
  for (const event of portal.events) {
    if (event.actor.id === NATIONAL_PORTAL_ID) continue;
    expect(owner.has(event.id), `event ${event.type} ${event.id} belongs to no applied mutation`).toBe(true);
  }
  expect(owner.size).toBe(portal.events.filter((e) => e.actor.id !== NATIONAL_PORTAL_ID).length);

  // Online filings: one dossier each, however often the national portal sent it.
  for (const [externalId, dossierId] of run.filings) {
    const { rows } = await running.portal.db.query<{ dossier_id: string }>('SELECT dossier_id FROM public_filings WHERE external_id = $1', [externalId]);
    expect(rows.map((r) => r.dossier_id)).toEqual([dossierId]);
  }

  // Blobs: every file the unit names is complete on the portal and its bytes hash to its name.
  const hashes = [...new Set(portal.files.map((f) => f.sha256))];
  if (hashes.length > 0) {
    const { rows } = await running.portal.db.query<{ sha256: string; size: number; received: number; complete: boolean }>(
      'SELECT sha256, size, received, complete FROM blobs WHERE sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))',
      [JSON.stringify(hashes)],
    );
    expect(rows.map((r) => ({ sha256: r.sha256, complete: r.complete, received: r.received })).sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))).toEqual(
      hashes.sort().map((sha256) => ({ sha256, complete: true, received: rows.find((r) => r.sha256 === sha256)?.size })),
    );
  }
  for (const sha256 of hashes) {
    const response = await fetch(running.base + syncPaths.blob(sha256), { headers: { [PORTAL_KEY_HEADER]: DEFAULT_PUBLIC_KEY } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(await sha256Hex(bytes), `blob ${sha256} stored as complete with other bytes`).toBe(sha256);
    expect(bytes.byteLength).toBe(portal.files.find((f) => f.sha256 === sha256)!.size);
  }
  const { rows: halfDone } = await running.portal.db.query('SELECT sha256 FROM blobs WHERE complete AND received <> size');
  expect(halfDone).toEqual([]);
  for (const station of run.stations) {
    for (const file of portal.files) {
      if (await station.desk.db.attachments.get(file.sha256)) expect(await verifyStoredAttachment(station.desk.db, file.sha256)).toBe(true);
    }
  }
}

// ---- one run ----

async function scenario(running: RunningPortal, seed: number, stats: Stats, log: string[]): Promise<void> {
  const rng = new Rng(seed);
  const unit = rng.pick(UNITS);
  const lower = unit.toLowerCase();
  const run: Run = {
    seed,
    rng,
    trafficRng: new Rng(seed ^ 0x5eed),
    concurrent: false,
    running,
    unit,
    stations: [],
    params: { pageSize: rng.int(2, 6), batchChanges: 0, chunkBytes: rng.pick([512, 1024, 2048]), pushLimits: { maxMutations: rng.int(1, 4), maxBytes: 2 * 1024 * 1024 } },
    stats,
    log,
    attachments: [],
    traffic: { at: null, done: false },
    filings: new Map(),
  };
  run.concurrent = rng.chance(0.25);
  // Pull batches of one to three pages, so rows wait for a dossier's next events (engine/pull.ts).
  run.params.batchChanges = run.params.pageSize * new Rng(seed ^ 0xba7c).int(1, 3);
  run.log.push(`seed ${seed}: unit ${unit}, page ${run.params.pageSize}, pull batch ${run.params.batchChanges}, chunk ${run.params.chunkBytes}, batch ${run.params.pushLimits.maxMutations}${run.concurrent ? ', desks sync at the same time' : ''}`);
  await resetUnit(running, unit);

  // Workstations signed in and synced once (their dossier numbers are leased from the portal).
  const usernames = [`${lower}.mc1`, `${lower}.tp1`];
  for (let i = 0, n = rng.chance(0.7) ? 2 : 1; i < n; i++) {
    const ready = await readyDesk(running, unit, usernames[i]!);
    const power = powerSwitch();
    const desk = restartDesk(ready.desk, writeHook(power));
    const { clientId } = await syncState(desk.db);
    run.stations.push({ label: `máy ${i + 1}`, rng: new Rng(seed * 7 + i + 1), token: ready.token, desk, power, clientId, recorded: new Map() });
  }
  const [first] = run.stations;

  // Online: dossiers every desk knows, some online filings, some work done and synced.
  for (let i = rng.int(1, 3); i > 0; i--) await counterIntake(run, first!);
  for (let i = rng.int(0, 2); i > 0; i--) await onlineFiling(run);
  for (let i = rng.int(0, 4); i > 0; i--) await officerAction(run, first!);
  for (const station of run.stations) {
    await noteOutbox(station);
    expect((await cleanSync(run, station)).failure).toBeNull();
  }

  // Offline: each desk works on; the national portal's traffic comes now or in the middle of a sync.
  for (const station of run.stations) await offlineWork(run, station, rng.int(1, 5));
  if (rng.chance(0.5)) await nationalPortalTraffic(run);
  else run.traffic.at = { station: rng.int(0, run.stations.length - 1), call: rng.int(1, 8) };

  // The faulty syncs: one to three faults per desk, each in its own attempt.
  const faulty = async (index: number) => {
    const station = run.stations[index]!;
    for (let i = station.rng.int(1, 3); i > 0; i--) {
      const fault = drawFault(station.rng, await lookAhead(run, station));
      bump(stats.faultsPlanned, faultName(fault));
      await faultySync(run, index, fault);
    }
  };
  if (run.concurrent) await Promise.all(run.stations.map((_, index) => faulty(index)));
  else for (const index of run.stations.keys()) await faulty(index);
  await nationalPortalTraffic(run);

  await syncUntilQuiet(run);
  await expectConsistent(run);
}

for (const variant of variants) {
  describe.skipIf(variant.skip)(`sync under injected faults, portal on ${variant.name}`, () => {
    let running: RunningPortal;
    const stats = freshStats();
    let started = 0;
    beforeAll(async () => {
      started = Date.now();
      running = await startPortal(() => new Date(), variant);
    });
    afterAll(async () => {
      stats.ms = Date.now() - started;
      console.log(`[fault injection, ${variant.name}] ${JSON.stringify(stats)}`);
      await running?.close();
    });

    it.each(seedsFor(variant))('seed %i', async (seed) => {
      const log: string[] = [];
      try {
        await scenario(running, seed, stats, log);
        stats.runs++;
        if (process.env.FAULT_LOG) console.log(log.join('\n'));
      } catch (error) {
        // The seed reproduces the run; the log says what it did up to the failure.
        console.log(log.join('\n'));
        const rerun = `FAULT_SEED=${seed} npx vitest run tests/sync/fault-injection.test.ts`;
        if (error instanceof Error) error.message = `[seed ${seed}; rerun: ${rerun}] ${error.message}`;
        throw error;
      }
    }, 60_000);
  });
  if (variant.skip) it.skip(`PostgreSQL variant: ${variant.reason}`, () => {});
}
