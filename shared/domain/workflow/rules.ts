// Who may do what, when: for each command the statuses it applies in, the roles that may issue it
// and any condition on the current step. decide() and allowedActions() read this one table, so the
// buttons the UI offers and the checks the portal runs cannot drift apart.
import type { StepKind } from '../catalogue/catalogue-schema';
import type { Dossier } from '../dossiers/dossier';
import { roleTitles, type Actor, type Role } from '../officers/officer';
import type { CommandType } from './commands';
import { statusNames, type DossierStatus } from './status';

/** 'new' stands for a dossier not yet on this desk (no events). */
export type RuleStatus = DossierStatus | 'new';

export type Rule = {
  statuses: readonly RuleStatus[];
  roles: readonly Role[];
  /** A further condition on the dossier and the officer; returns the officer-facing reason when unmet. */
  guard?: (dossier: Dossier, actor: Actor) => Rejection | null;
};

export type Rejection = { code: string; message: string };

/** Vietnamese names of the actions, as they appear on buttons and in messages. */
export const actionNames: Record<CommandType, string> = {
  recordOnlineSubmission: 'ghi nhận hồ sơ nộp trực tuyến',
  receive: 'tiếp nhận hồ sơ',
  refuseToReceive: 'từ chối tiếp nhận hồ sơ',
  assign: 'phân công xử lý',
  forward: 'chuyển bước tiếp theo',
  sendBack: 'trả lại bước trước',
  requestSupplement: 'yêu cầu bổ sung hồ sơ',
  recordSupplement: 'nhận hồ sơ bổ sung',
  requestPayment: 'yêu cầu thực hiện nghĩa vụ tài chính',
  recordPayment: 'xác nhận đã thực hiện nghĩa vụ tài chính',
  approve: 'phê duyệt kết quả',
  sign: 'ký kết quả',
  refuseResult: 'từ chối giải quyết hồ sơ',
  returnResult: 'trả kết quả',
  stop: 'dừng xử lý hồ sơ',
  extendWithApology: 'gia hạn kèm văn bản xin lỗi',
  withdraw: 'ghi nhận rút hồ sơ',
};

/** The officer works at the dossier's current step: the step's role, and its assignee if there is one. */
export function actsAtStep(dossier: Dossier, actor: Actor): Rejection | null {
  const step = dossier.step;
  if (!step || step.role !== actor.role) {
    return {
      code: 'NOT_AT_STEP',
      message: step
        ? `Hồ sơ đang ở bước «${step.name}» do ${roleTitles[step.role].toLowerCase()} thực hiện.`
        : 'Hồ sơ chưa ở bước xử lý nào.',
    };
  }
  if (dossier.assigneeId !== null && dossier.assigneeId !== actor.id) {
    return { code: 'NOT_ASSIGNEE', message: `Hồ sơ đang được giao cho cán bộ khác ở bước «${step.name}»; cần phân công lại nếu anh/chị xử lý thay.` };
  }
  return null;
}

function stepKindIs(...kinds: StepKind[]) {
  return (dossier: Dossier): Rejection | null =>
    dossier.step && kinds.includes(dossier.step.kind)
      ? null
      : { code: 'WRONG_STEP', message: `Không thực hiện được ở bước «${dossier.step?.name ?? 'chưa xác định'}».` };
}

const all =
  (...guards: ((dossier: Dossier, actor: Actor) => Rejection | null)[]) =>
  (dossier: Dossier, actor: Actor): Rejection | null => {
    for (const guard of guards) {
      const rejection = guard(dossier, actor);
      if (rejection) return rejection;
    }
    return null;
  };

// The counter takes a supplement or a payment receipt from the applicant; so may whoever holds the step.
const counterOrStep = (dossier: Dossier, actor: Actor) => (actor.role === 'clerk' ? null : actsAtStep(dossier, actor));

const OPEN_AFTER_RECEIPT: readonly RuleStatus[] = [2, 4, 5, 6];

export const rules: Record<CommandType, Rule> = {
  recordOnlineSubmission: { statuses: ['new'], roles: ['clerk', 'admin'] },
  receive: { statuses: ['new', 1], roles: ['clerk'] },
  refuseToReceive: { statuses: ['new', 1], roles: ['clerk'] },
  assign: { statuses: [2, 4], roles: ['head', 'leader', 'admin'], guard: stepKindIs('process', 'sign') },
  forward: { statuses: [4], roles: ['specialist', 'head', 'leader'], guard: all(actsAtStep, stepKindIs('process')) },
  sendBack: {
    statuses: [4],
    roles: ['head', 'leader'],
    guard: all(actsAtStep, stepKindIs('process', 'sign'), (d) =>
      d.step && d.step.index > 1 ? null : { code: 'WRONG_STEP', message: 'Hồ sơ đang ở bước xử lý đầu tiên, không có bước trước để trả lại.' },
    ),
  },
  requestSupplement: {
    statuses: [1, 4],
    roles: ['clerk', 'specialist', 'head', 'leader'],
    // Before receipt the counter asks; once in processing, whoever holds the step does.
    guard: (dossier, actor) =>
      dossier.status === 1
        ? actor.role === 'clerk'
          ? null
          : { code: 'ROLE_NOT_ALLOWED', message: 'Hồ sơ chưa được tiếp nhận: chỉ Bộ phận Một cửa yêu cầu bổ sung.' }
        : actsAtStep(dossier, actor),
  },
  recordSupplement: { statuses: [5], roles: ['clerk', 'specialist', 'head', 'leader'], guard: counterOrStep },
  requestPayment: { statuses: [4], roles: ['specialist', 'head'], guard: actsAtStep },
  recordPayment: { statuses: [6], roles: ['clerk', 'specialist', 'head'], guard: counterOrStep },
  approve: {
    statuses: [4],
    roles: ['head', 'leader'],
    guard: all(actsAtStep, stepKindIs('sign'), (d) => (d.approved ? { code: 'ALREADY_APPROVED', message: 'Kết quả đã được phê duyệt, đang chờ ký.' } : null)),
  },
  sign: {
    statuses: [4],
    roles: ['head', 'leader'],
    guard: all(actsAtStep, stepKindIs('sign'), (d) =>
      d.approved ? null : { code: 'NOT_APPROVED', message: 'Kết quả chưa được phê duyệt; hãy phê duyệt trước khi ký.' },
    ),
  },
  refuseResult: { statuses: [4], roles: ['head', 'leader'], guard: all(actsAtStep, stepKindIs('process', 'sign')) },
  returnResult: { statuses: [9], roles: ['clerk'] },
  stop: { statuses: OPEN_AFTER_RECEIPT, roles: ['head', 'leader'] },
  extendWithApology: {
    statuses: [2, 4],
    roles: ['head', 'leader'],
    guard: (d) => (d.dueDate === null ? { code: 'NO_DUE_DATE', message: 'Thủ tục này không có ngày hẹn trả nên không cần gia hạn.' } : null),
  },
  withdraw: { statuses: [1, 2, 4, 5, 6], roles: ['clerk', 'admin'] },
};

export function statusRejection(type: CommandType, status: RuleStatus): Rejection {
  if (status === 'new') return { code: 'DOSSIER_NOT_FOUND', message: `Chưa có hồ sơ này trên máy nên không thể ${actionNames[type]}.` };
  return {
    code: 'NOT_ALLOWED_IN_STATUS',
    message: `Không thể ${actionNames[type]} khi hồ sơ đang ở trạng thái «${statusNames[status]}».`,
  };
}

export function roleRejection(type: CommandType): Rejection {
  const who = rules[type].roles.map((role) => roleTitles[role].toLowerCase()).join(', ');
  return { code: 'ROLE_NOT_ALLOWED', message: `Chỉ ${who} mới được ${actionNames[type]}.` };
}

/** The first reason the officer may not issue this kind of command now, or null when they may. */
export function ruleRejection(type: CommandType, dossier: Dossier | null, actor: Actor): Rejection | null {
  const rule = rules[type];
  const status: RuleStatus = dossier ? dossier.status : 'new';
  if (!rule.statuses.includes(status)) {
    if (dossier && rule.statuses.includes('new') && !rule.statuses.includes(dossier.status)) {
      return { code: 'DOSSIER_EXISTS', message: `Hồ sơ ${dossier.code} đã được tiếp nhận trước đó (trạng thái «${statusNames[dossier.status]}»); không tiếp nhận lại.` };
    }
    return statusRejection(type, status);
  }
  if (dossier && dossier.unitCode !== actor.unitCode) {
    return { code: 'WRONG_UNIT', message: `Hồ sơ ${dossier.code} thuộc đơn vị ${dossier.unitCode}; tài khoản của anh/chị thuộc đơn vị ${actor.unitCode}.` };
  }
  if (!rule.roles.includes(actor.role)) return roleRejection(type);
  return dossier && rule.guard ? rule.guard(dossier, actor) : null;
}

/** The actions to offer this officer on this dossier (null: a dossier not yet recorded). */
export function allowedActions(dossier: Dossier | null, actor: Actor): CommandType[] {
  return (Object.keys(rules) as CommandType[]).filter((type) => ruleRejection(type, dossier, actor) === null);
}
