// Signing times as officers read them (dd/MM/yyyy HH:mm:ss, Vietnam time) and as PDF writes them
// in the signature dictionary's /M ("D:YYYYMMDDHHmmSS+07'00'"), read back from any PDF's offset.
import { VIETNAM_UTC_OFFSET_MINUTES } from '../domain/calendar/vietnam-time';

const two = (n: number) => String(n).padStart(2, '0');

/** The UTC fields of this shifted date are the Vietnamese wall-clock fields. */
const vietnamClock = (date: Date) => new Date(date.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000);

/** "27/11/2026 14:30:05" in Vietnam time, whatever the machine's zone. */
export function formatVietnamTime(date: Date): string {
  const v = vietnamClock(date);
  return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${two(v.getUTCHours())}:${two(v.getUTCMinutes())}:${two(v.getUTCSeconds())}`;
}

/** "D:20261127143005+07'00'". */
export function pdfDate(date: Date): string {
  const v = vietnamClock(date);
  return `D:${v.getUTCFullYear()}${two(v.getUTCMonth() + 1)}${two(v.getUTCDate())}${two(v.getUTCHours())}${two(v.getUTCMinutes())}${two(v.getUTCSeconds())}+07'00'`;
}

/** Reads a PDF date (ISO 32000-1 §7.9.4); missing fields default as the standard says; null if unreadable. */
export function parsePdfDate(text: string): Date | null {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(text.trim());
  if (!match) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = sign === '+' || sign === '-' ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const result = new Date(utc - offset * 60_000);
  return Number.isNaN(result.getTime()) ? null : result;
}
