// The life of one demo dossier, told by issuing real commands through decide() and apply(): every
// history is one the workflow accepts, and where it stops (at "now") gives the dossier's status.
import { fromDayNumber, toDayNumber } from '../calendar/local-date';
import type { Instant } from '../calendar/vietnam-time';
import type { Procedure } from '../catalogue/catalogue-schema';
import type { Dossier, DossierIntake } from '../dossiers/dossier';
import type { Actor } from '../officers/officer';
import { apply } from '../workflow/apply';
import type { Command } from '../workflow/commands';
import { decide, type WorkflowEnv } from '../workflow/decide';
import type { ProcessingEvent } from '../workflow/events';
import type { DossierStatus } from '../workflow/status';
import { WORKING_DAY_MINUTES, type OfficeHours } from './office-hours';
import type { SeededRandom } from './random';
import type { DemoOfficer } from './staff';

/** The turns a story takes; drawn at random, or fixed to make sure every status appears. */
export type StoryPlan = {
  refuseAtIntake: boolean;
  /** Online only: the counter asks for a missing document before accepting. */
  supplementBeforeReceipt: boolean;
  supplementRounds: number;
  /** The applicant never answers the last supplement request, and the unit stops (form 05). */
  stopAfterSupplement: boolean;
  payment: boolean;
  /** 0-3: after receipt, after assignment, during appraisal, at review; -1: never withdrawn. */
  withdrawAt: number;
  sendBack: boolean;
  refuseResult: boolean;
  skipReturn: boolean;
  /** Gaps of minutes instead of days, so a story completes between a recent start and now. */
  fast: boolean;
  stopAtStatus?: DossierStatus;
};

export type StoryCast = {
  rng: SeededRandom;
  env: WorkflowEnv;
  hours: OfficeHours;
  nowMs: number;
  officers: (unitCode: string, role: Actor['role']) => readonly DemoOfficer[];
  officerById: (id: string) => DemoOfficer | undefined;
  nextDocumentNumber: (unitCode: string) => number;
  documentSymbol: (unitCode: string) => string;
};

const iso = (ms: number): Instant => new Date(ms).toISOString();

// Thrown (as one shared value, without the cost of a stack trace) when a story reaches now or its planned end.
class StoryEnded {}
const ENDED = new StoryEnded();

export class DossierStory {
  readonly events: ProcessingEvent[] = [];
  dossier: Dossier | null = null;
  private clock: number;

  constructor(
    private readonly cast: StoryCast,
    private readonly procedure: Procedure,
    private readonly plan: StoryPlan,
    start: number,
  ) {
    this.clock = start;
  }

  /** Runs the story up to `now` (or the plan's stop); returns the events recorded. */
  tell(dossierId: string, intake: DossierIntake): ProcessingEvent[] {
    try {
      this.run(dossierId, intake);
    } catch (error) {
      if (error !== ENDED) throw error;
    }
    return this.events;
  }

  private run(dossierId: string, intake: DossierIntake): void {
    const { plan, procedure, cast } = this;
    const { rng } = cast;
    const unit = procedure.unitCode;
    const clerk = () => rng.pick(cast.officers(unit, 'clerk'));
    const head = () => rng.pick(cast.officers(unit, 'head'));

    if (intake.channel === 'online') {
      this.act({ type: 'recordOnlineSubmission', dossierId, intake }, clerk(), 0);
      if (plan.supplementBeforeReceipt) {
        const missing = procedure.components.find((c) => c.required)?.code;
        this.act({ type: 'requestSupplement', reason: 'Thiếu bản scan có chứng thực của giấy tờ pháp lý.', missingComponents: missing ? [missing] : [] }, clerk(), this.days(0.2, 1));
        this.act({ type: 'recordSupplement', documents: missing ? [{ componentCode: missing, originals: 0, copies: 1 }] : [] }, clerk(), this.days(1, 6));
      }
      if (plan.refuseAtIntake) return void this.act({ type: 'refuseToReceive', reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của đơn vị.' }, clerk(), this.days(0.1, 1));
      this.act({ type: 'receive' }, clerk(), this.days(0.05, 1.2));
    } else {
      if (plan.refuseAtIntake) {
        return void this.act({ type: 'refuseToReceive', dossierId, intake, reason: 'Người nộp không xuất trình được giấy tờ pháp lý bản gốc để đối chiếu.' }, clerk(), 0);
      }
      this.act({ type: 'receive', dossierId, intake }, clerk(), 0);
    }
    this.maybeWithdraw(0);

    const specialist = rng.pick(cast.officers(unit, 'specialist'));
    this.act({ type: 'assign', assignee: this.ref(specialist) }, head(), this.days(0.1, 1));
    this.maybeWithdraw(1);

    let appraised = false;
    let sentBack = false;
    while (this.current.status === 4 && this.current.step!.kind === 'process') {
      const step = this.current.step!;
      const actor = this.actorAtStep();
      if (step.index === 1 && !appraised) {
        appraised = true;
        for (let round = 1; round <= plan.supplementRounds; round++) {
          const missing = rng.pick(procedure.components).code;
          this.act({ type: 'requestSupplement', reason: 'Đề nghị bổ sung, làm rõ nội dung theo ý kiến thẩm định.', missingComponents: [missing] }, actor, this.appraisalDays(0.3));
          if (plan.stopAfterSupplement && round === plan.supplementRounds) {
            return void this.act({ type: 'stop', reason: 'Quá thời hạn bổ sung hồ sơ nhưng người nộp không bổ sung.' }, head(), this.days(10, 25));
          }
          this.act({ type: 'recordSupplement', documents: [{ componentCode: missing, originals: 1, copies: 0 }], note: 'Người nộp đã bổ sung.' }, clerk(), this.days(1, 12));
        }
        if (plan.payment) {
          const amount = procedure.fees.find((f) => f.amount !== null)?.amount ?? 3_000_000;
          this.act({ type: 'requestPayment', amount, description: procedure.fees[0]?.name ?? 'Phí thẩm định' }, actor, this.days(0.1, 1));
          this.act({ type: 'recordPayment', amount, receiptNumber: `BL${rng.digits(7)}` }, clerk(), this.days(0.5, 5));
        }
        this.maybeWithdraw(2);
      }
      if (step.role === 'head' && plan.refuseResult) {
        return void this.act({ type: 'refuseResult', reason: 'Hồ sơ không đáp ứng điều kiện theo quy định.' }, actor, this.days(0.2, 2));
      }
      this.maybeExtend();
      if (step.role === 'head' && plan.sendBack && !sentBack) {
        sentBack = true;
        const back = this.officerOf(specialist.id);
        this.act({ type: 'sendBack', to: back, reason: 'Đề nghị rà soát lại dự thảo kết quả.' }, actor, this.days(0.2, 1.5));
        continue;
      }
      if (step.role === 'head') this.maybeWithdraw(3);
      const next = procedure.steps[step.index + 1]!;
      const candidates = cast.officers(unit, next.role);
      const to = next.role === actor.role ? this.ref(actor) : rng.chance(0.7) ? this.ref(rng.pick(candidates)) : null;
      this.act({ type: 'forward', to }, actor, step.index === 1 ? this.appraisalDays(0.7) : this.stepDays(step.index));
    }
    this.maybeExtend();
    const signer = this.actorAtStep();
    if (plan.refuseResult) return void this.act({ type: 'refuseResult', reason: 'Đối tượng yêu cầu không đáp ứng điều kiện bảo hộ, cấp phép theo quy định.' }, signer, this.days(0.2, 2));
    this.act({ type: 'approve' }, signer, this.days(0.1, 1));
    const number = `${cast.nextDocumentNumber(unit)}/${procedure.result.kind === 'decision' ? 'QĐ' : 'GCN'}-${cast.documentSymbol(unit)}`;
    this.act({ type: 'sign', documentNumber: number }, signer, this.days(0.02, 0.5));
    if (plan.skipReturn) return;
    const method = intake.channel === 'online' && rng.chance(0.5) ? 'online' : intake.channel === 'postal' ? 'postal' : 'counter';
    this.act({ type: 'returnResult', method }, clerk(), this.days(0.1, 5));
  }

  private get current(): Dossier {
    return this.dossier!;
  }

  /** Records a command `gapMinutes` of office time after the previous one, unless that is past now. */
  private act(command: Command, actor: Actor, gapMinutes: number): void {
    const at = gapMinutes === 0 ? this.clock : this.cast.hours.advance(this.clock, gapMinutes);
    if (at > this.cast.nowMs) throw ENDED;
    const decision = decide(this.dossier, command, actor, iso(at), this.cast.env);
    if (!decision.ok) throw new Error(`Demo story broke a workflow rule (${command.type}): ${decision.error.message}`);
    for (const event of decision.value) {
      this.dossier = apply(this.dossier, event);
      this.events.push(event);
    }
    this.clock = at;
    if (this.plan.stopAtStatus === this.dossier!.status) throw ENDED;
  }

  private maybeWithdraw(point: number): void {
    if (this.plan.withdrawAt === point) {
      this.act({ type: 'withdraw', reason: 'Người nộp có văn bản đề nghị rút hồ sơ.' }, this.cast.rng.pick(this.cast.officers(this.procedure.unitCode, 'clerk')), this.days(0.2, 3));
      throw ENDED;
    }
  }

  /** A late dossier gets an apology and a new date (form 04) about half the time. */
  private maybeExtend(): void {
    const dossier = this.current;
    if (dossier.dueDate === null || dossier.extensionCount > 0 || dossier.status !== 4 || !this.cast.rng.chance(0.5)) return;
    const today = this.cast.hours.dayOf(this.clock);
    if (today < toDayNumber(dossier.dueDate)) return;
    const calendar = this.cast.env.calendar;
    const lateBy = Math.max(0, calendar.workingDaysBetween(dossier.dueDate, fromDayNumber(today)));
    const newDue = calendar.addWorkingDays(dossier.dueDate, lateBy + this.cast.rng.int(3, 8));
    const head = this.cast.rng.pick(this.cast.officers(this.procedure.unitCode, 'head'));
    this.act({ type: 'extendWithApology', newDueDate: newDue, reason: 'Hồ sơ cần lấy thêm ý kiến của cơ quan liên quan.' }, head, this.days(0.05, 0.3));
  }

  private actorAtStep(): DemoOfficer {
    const dossier = this.current;
    const assigned = dossier.assigneeId ? this.cast.officerById(dossier.assigneeId) : undefined;
    return assigned ?? this.cast.rng.pick(this.cast.officers(this.procedure.unitCode, dossier.step!.role));
  }

  private officerOf(id: string) {
    return this.ref(this.cast.officerById(id)!);
  }

  private ref(officer: Actor) {
    return { id: officer.id, name: officer.name, role: officer.role };
  }

  /** A random gap of office time between `min` and `max` working days (minutes when fast). */
  private days(min: number, max: number): number {
    const rng = this.cast.rng;
    return this.plan.fast ? rng.int(3, 20) : (min + rng.next() * (max - min)) * WORKING_DAY_MINUTES;
  }

  /** The specialist's share of the appraisal: by the allotted days, months for applications without a return date. */
  private appraisalDays(share: number): number {
    const days = this.procedure.processingDays === null ? this.cast.rng.int(20, 160) : (this.procedure.steps[1]!.workingDays ?? this.procedure.processingDays * 0.4);
    return this.days(days * share * 0.5, days * share * 1.5);
  }

  private stepDays(index: number): number {
    // Examination steps of applications without a return date (industrial property) take months.
    const allotted = this.procedure.steps[index]!.workingDays ?? (this.procedure.processingDays === null ? 30 : 1);
    return this.days(allotted * 0.3, allotted * 1.6);
  }
}
