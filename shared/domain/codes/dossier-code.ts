// Dossier codes as one-stop systems build them: '{unitCode}-{yyMMdd}-{NNNN}', the counter running
// per unit and day (Circular 03/2025/TT-VPCP).
import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../calendar/local-date';

const DOSSIER_CODE = /^([A-Z][A-Z0-9]{1,11})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;
export const MAX_DOSSIER_NUMBER = 9999;

export type DossierCodeParts = { unitCode: string; day: LocalDate; number: number };

export function formatDossierCode(unitCode: string, day: LocalDate, number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > MAX_DOSSIER_NUMBER) throw new RangeError(`Dossier number out of range: ${number}`);
  return `${unitCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(number).padStart(4, '0')}`;
}

/** The parts of a code, or null when it is not one; the two-digit year is read as 20yy. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const match = DOSSIER_CODE.exec(code);
  if (!match) return null;
  const day = `20${match[2]}-${match[3]}-${match[4]}`;
  const number = Number(match[5]);
  if (!isLocalDate(day) || number < 1) return null;
  return { unitCode: match[1]!, day, number };
}

export const dossierCodeSchema = z.string().refine((code) => parseDossierCode(code) !== null, {
  message: 'Mã hồ sơ phải có dạng MÃĐƠNVỊ-yyMMdd-NNNN, ví dụ CSHTT-250107-0001.',
});
