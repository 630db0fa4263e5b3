// What templates may say about a dossier: its fields as printable Vietnamese text, keyed by the
// placeholder names templates use ({applicant}, {dueDate}, ...).
import { formatVietnameseDate, type LocalDate } from '../domain/calendar/local-date';
import { toVietnamWallClock, vietnamDateOf } from '../domain/calendar/vietnam-time';
import type { Procedure, Unit } from '../domain/catalogue/catalogue-schema';
import type { Dossier } from '../domain/dossiers/dossier';
import type { Signer } from './draft-schema';
import type { TemplateFields } from './templates/template-text';

export type FieldExtras = {
  officer?: string;
  signer?: Signer;
  reason?: string;
  previousDueDate?: LocalDate | null;
  registerPeriod?: string;
};

const two = (n: number) => String(n).padStart(2, '0');

/** '09 giờ 15 phút, ngày 06/03/2025', the way one-stop slips write a moment. */
export function formatVietnameseMoment(instant: string): string {
  const clock = toVietnamWallClock(instant);
  return `${two(Math.floor(clock.minuteOfDay / 60))} giờ ${two(clock.minuteOfDay % 60)} phút, ngày ${formatVietnameseDate(clock.date)}`;
}

const RETURN_PLACES: Record<Dossier['channel'], string> = {
  online: 'Cổng Dịch vụ công (nhận kết quả trực tuyến)',
  counter: 'Bộ phận tiếp nhận và trả kết quả {unit}',
  postal: 'Địa chỉ của người nộp, qua dịch vụ bưu chính công ích',
};

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** "Lãnh đạo Cục" rather than the unit's full name where a text names its leadership. */
function unitShort(unit: Unit): string {
  return /^(Văn phòng|Trung tâm|Cục|Vụ|Viện|Sở)/u.exec(unit.name)?.[1] ?? unit.name;
}

export function signerCaption(signer: Signer): string {
  const authority = signer.authority ? `${signer.authority} ${signer.authorityTitle ?? ''}`.trim().toLocaleUpperCase('vi') : null;
  return [authority, signer.position.toLocaleUpperCase('vi')].filter(Boolean).join('\n');
}

export function dossierFields(dossier: Dossier, procedure: Procedure, unit: Unit, extras: FieldExtras = {}): TemplateFields {
  const { applicant } = dossier;
  const received = dossier.receivedAt ?? dossier.submittedAt;
  const due = dossier.dueDate ? formatVietnameseDate(dossier.dueDate) : 'Không hẹn ngày trả (theo quy định của thủ tục)';
  // A decision's result name starts with its kind: "Quyết định công nhận …" → "công nhận …".
  const action = procedure.result.name.replace(/^Quyết định\s+/u, '');
  return {
    applicant: applicant.name,
    applicantAddress: applicant.address || '—',
    applicantPhone: applicant.phone || '—',
    applicantEmail: applicant.email || '—',
    applicantIdentity: applicant.taxCode ? `Mã số thuế ${applicant.taxCode}` : `Số định danh cá nhân ${applicant.idNumber}`,
    dossierCode: dossier.code,
    summary: dossier.summary.trim().replace(/[.;,]+$/u, ''),
    procedure: procedure.name,
    result: procedure.result.name,
    resultTitle: procedure.result.name,
    resultAction: upperFirst(action),
    resultLower: lowerFirst(action),
    unit: unit.name,
    unitShort: unitShort(unit),
    unitPhone: unit.phone ?? '—',
    receivedDate: formatVietnameseDate(vietnamDateOf(received)),
    receivedTime: formatVietnameseMoment(received),
    dueDate: due,
    previousDueDate: extras.previousDueDate ? formatVietnameseDate(extras.previousDueDate) : due,
    processingDays: procedure.processingDays === null ? 'Không quy định thời hạn' : `${String(procedure.processingDays).padStart(2, '0')} ngày làm việc`,
    returnPlace: RETURN_PLACES[dossier.channel].replace('{unit}', unit.name),
    officer: extras.officer ?? '',
    signer: extras.signer?.name ?? '',
    signerTitle: extras.signer ? signerCaption(extras.signer) : '',
    reason: extras.reason ?? '',
    registerPeriod: extras.registerPeriod ?? '',
  };
}
