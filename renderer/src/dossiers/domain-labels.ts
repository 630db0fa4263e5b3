// The names of domain codes — statuses, actions, roles, channels, return methods — in the
// interface language. Vietnamese follows the domain's own wording (see domain-labels.test.ts).
import type { Channel } from '../../../shared/domain/dossiers/dossier';
import type { Role } from '../../../shared/domain/officers/officer';
import type { CommandType } from '../../../shared/domain/workflow/commands';
import type { DossierStatus } from '../../../shared/domain/workflow/status';
import type { Translate } from '../i18n/translate';

export type ReturnMethod = 'counter' | 'postal' | 'online';

export const statusName = (t: Translate, status: DossierStatus | number): string => t(`dossiers.status.${status as DossierStatus}`);

export const actionName = (t: Translate, type: CommandType): string => t(`dossiers.action.${type}`);

export const roleTitle = (t: Translate, role: Role): string => t(`dossiers.role.${role}`);

export const channelName = (t: Translate, channel: Channel | string): string => t(`dossiers.channel.${channel as Channel}`);

export const methodName = (t: Translate, method: ReturnMethod): string => t(`dossiers.method.${method}`);

/** 'trực tiếp tại…' → 'Trực tiếp tại…', for labels that start a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The colour family of a status chip: waiting on the applicant, in the unit's hands, or closed. */
export function statusTone(status: DossierStatus | number): 'new' | 'active' | 'waiting' | 'done' | 'closed' {
  if (status === 1 || status === 2) return 'new';
  if (status === 4) return 'active';
  if (status === 5 || status === 6) return 'waiting';
  if (status === 9 || status === 10) return 'done';
  return 'closed';
}
