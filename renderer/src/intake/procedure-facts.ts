// How a procedure is described at the counter: its processing time, fees and online class, in the
// officer's language, with money in đồng as the fee circulars write it.
import type { Fee, Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { foldVietnamese } from '../../../shared/domain/text/fold';
import type { Translate } from '../i18n/translate';

export function processingTimeText(procedure: Pick<Procedure, 'processingDays'>, t: Translate): string {
  return procedure.processingDays === null ? t('intake.procedure.noReturnDate') : t('intake.procedure.days', { days: procedure.processingDays });
}

export function onlineClassText(procedure: Pick<Procedure, 'onlineClass'>, t: Translate): string {
  return t(procedure.onlineClass === 'toan-trinh' ? 'intake.procedure.onlineFull' : 'intake.procedure.onlinePartial');
}

export function money(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** "150.000 ₫ mỗi đơn", or the rule alone when the amount depends on the case. */
export function feeText(fee: Fee, locale: string): string {
  if (fee.amount === null) return fee.rule ?? '';
  return fee.rule ? `${money(fee.amount, locale)} ${fee.rule}` : money(fee.amount, locale);
}

/** One line for a list: the first fee and how many more, or "no fee". */
export function feeSummary(fees: readonly Fee[], locale: string, t: Translate): string {
  if (fees.length === 0) return t('intake.procedure.noFee');
  const first = `${fees[0]!.name}: ${feeText(fees[0]!, locale)}`;
  return fees.length === 1 ? first : t('intake.procedure.moreFees', { first, more: fees.length - 1 });
}

/** Procedures whose code or name holds every typed word, accents and case aside. */
export function filterProcedures(procedures: readonly Procedure[], query: string): Procedure[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...procedures];
  return procedures.filter((procedure) => {
    const text = foldVietnamese(`${procedure.code} ${procedure.name}`);
    return words.every((word) => text.includes(word));
  });
}
