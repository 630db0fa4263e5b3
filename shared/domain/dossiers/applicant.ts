// The applicant (chủ hồ sơ) and the checks the intake form runs on what the officer types: citizen
// ID, phone, email, tax code; each answer is the cleaned value or a sentence saying what to fix.
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import { normalizeText } from '../text/fold';

// Province codes (mã tỉnh nơi đăng ký khai sinh) that open a 12-digit citizen ID (Circular 07/2016/TT-BCA).
const PROVINCE_CODES = new Set(
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(
    ' ',
  ),
);
export const CITIZEN_ID_PROVINCE_CODES: readonly string[] = [...PROVINCE_CODES];

const SEPARATORS = /[\s.\-()]/g;

/** A 12-digit citizen ID (CCCD / số định danh cá nhân); spaces and dots are tolerated and removed. */
export function validateCitizenId(input: string): Result<string> {
  const digits = input.replace(SEPARATORS, '');
  if (digits === '') return err('CITIZEN_ID_REQUIRED', 'Chưa nhập số CCCD/định danh cá nhân.');
  if (!/^\d+$/.test(digits)) return err('CITIZEN_ID_INVALID', 'Số CCCD chỉ gồm chữ số.');
  if (digits.length !== 12) {
    return err('CITIZEN_ID_INVALID', `Số CCCD phải có đúng 12 chữ số (đang có ${digits.length}). Số CMND 9 chữ số cũ không còn dùng để nộp hồ sơ.`);
  }
  if (!PROVINCE_CODES.has(digits.slice(0, 3))) {
    return err('CITIZEN_ID_INVALID', `Ba chữ số đầu ${digits.slice(0, 3)} không phải mã tỉnh trên CCCD; hãy đối chiếu lại với thẻ.`);
  }
  return ok(digits);
}

// Mobile prefixes in use since the 2018 renumbering; landlines are 02 + area code, 11 digits.
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;
const LANDLINE = /^02\d{9}$/;

/** A Vietnamese mobile or landline number, returned as '0xxxxxxxxx'; +84 and 84 prefixes are accepted. */
export function validatePhone(input: string): Result<string> {
  let digits = input.replace(SEPARATORS, '');
  if (digits === '') return err('PHONE_REQUIRED', 'Chưa nhập số điện thoại.');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  if (!/^\d+$/.test(digits)) return err('PHONE_INVALID', 'Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).');
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return ok(digits);
  if (digits.length === 11 && /^01\d{9}$/.test(digits)) {
    return err('PHONE_INVALID', 'Số di động 11 số đầu 01 đã chuyển sang 10 số từ năm 2018; hãy hỏi lại số mới.');
  }
  return err('PHONE_INVALID', 'Số điện thoại không đúng: di động có 10 chữ số (ví dụ 0912 345 678), cố định có 11 chữ số bắt đầu bằng 02.');
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** An email address, trimmed, with the domain in lower case. */
export function validateEmail(input: string): Result<string> {
  const trimmed = input.trim();
  if (trimmed === '') return err('EMAIL_REQUIRED', 'Chưa nhập địa chỉ thư điện tử.');
  if (trimmed.length > 254 || !EMAIL.test(trimmed) || /[^\x20-\x7e]/.test(trimmed)) {
    return err('EMAIL_INVALID', 'Địa chỉ thư điện tử không đúng dạng, ví dụ: ten@congty.vn (không dấu, không khoảng trắng).');
  }
  const at = trimmed.lastIndexOf('@');
  return ok(`${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`);
}

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The check digit (10th) of a tax code from its first nine digits, or null when no digit fits. */
export function taxCodeCheckDigit(firstNine: string): number | null {
  const sum = TAX_WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0);
  const check = 10 - (sum % 11);
  // sum % 11 === 0 would need a check digit of 10: such codes are never issued.
  return check === 10 ? null : check;
}

/** An organisation's tax code: 10 digits, or 13 written '10-3' for a branch; returned in that form. */
export function validateTaxCode(input: string): Result<string> {
  const compact = input.replace(/[\s.]/g, '');
  if (compact === '') return err('TAX_CODE_REQUIRED', 'Chưa nhập mã số thuế của tổ chức.');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!match) return err('TAX_CODE_INVALID', 'Mã số thuế gồm 10 chữ số, hoặc 13 chữ số viết dạng 0101234567-001 với chi nhánh.');
  const [main, branch] = [match[1]!, match[2]];
  if (taxCodeCheckDigit(main.slice(0, 9)) !== Number(main[9])) {
    return err('TAX_CODE_INVALID', `Mã số thuế ${main} sai chữ số kiểm tra; hãy đối chiếu lại với giấy chứng nhận đăng ký doanh nghiệp.`);
  }
  if (branch === '000') return err('TAX_CODE_INVALID', 'Ba số cuối của mã chi nhánh phải từ 001 đến 999.');
  return ok(branch ? `${main}-${branch}` : main);
}

export const applicantKindSchema = z.enum(['person', 'organisation']);

export const applicantSchema = z
  .object({
    kind: applicantKindSchema,
    /** A person's full name, or the organisation's registered name. */
    name: z.string().min(1).max(300),
    /** 12-digit citizen ID of the person (for an organisation: of its representative who files). */
    idNumber: z.string().min(1).max(20),
    phone: z.string().max(15),
    email: z.string().max(254),
    /** Required for organisations. */
    taxCode: z.string().max(14).optional(),
    /** For an organisation: the legal representative or the person filing on its behalf. */
    representative: z.string().max(200).optional(),
    address: z.string().max(500),
  })
  .strict();
export type Applicant = z.infer<typeof applicantSchema>;
export type ApplicantInput = { [K in keyof Applicant]?: string } & { kind: Applicant['kind'] };

export type ApplicantValidation = { ok: true; value: Applicant } | { ok: false; errors: Partial<Record<keyof Applicant, string>> };

/** Every field checked at once, so the form can mark all mistakes in one pass. */
export function validateApplicant(input: ApplicantInput): ApplicantValidation {
  const errors: Partial<Record<keyof Applicant, string>> = {};
  const name = normalizeText(input.name ?? '');
  const address = normalizeText(input.address ?? '');
  if (name === '') errors.name = input.kind === 'person' ? 'Chưa nhập họ và tên người nộp.' : 'Chưa nhập tên tổ chức.';
  if (address === '') errors.address = 'Chưa nhập địa chỉ liên hệ.';
  const pick = (field: keyof Applicant, result: Result<string>): string => {
    if (result.ok) return result.value;
    errors[field] = result.error.message;
    return '';
  };
  const idNumber = pick('idNumber', validateCitizenId(input.idNumber ?? ''));
  const phone = pick('phone', validatePhone(input.phone ?? ''));
  const email = input.email?.trim() ? pick('email', validateEmail(input.email)) : '';
  const taxCode = input.kind === 'organisation' || input.taxCode?.trim() ? pick('taxCode', validateTaxCode(input.taxCode ?? '')) : undefined;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const representative = input.representative?.trim() ? normalizeText(input.representative) : undefined;
  return {
    ok: true,
    value: {
      kind: input.kind,
      name,
      idNumber,
      phone,
      email,
      ...(taxCode ? { taxCode } : {}),
      ...(representative ? { representative } : {}),
      address,
    },
  };
}
