// Checks on a dossier as filed, run when it is first recorded: the procedure is in the catalogue
// and handled by the officer's unit, the code belongs to that unit, the applicant's data are valid
// and, at the counter, every required document is there.
import { err, ok, type Result } from '../../result';
import type { Procedure } from '../catalogue/catalogue-schema';
import type { CatalogueIndex } from '../catalogue/catalogue-index';
import { parseDossierCode } from '../codes/dossier-code';
import { validateCitizenId, validateEmail, validatePhone, validateTaxCode } from '../dossiers/applicant';
import type { Channel, DossierIntake } from '../dossiers/dossier';
import type { Actor } from '../officers/officer';
import { normalizeText } from '../text/fold';
import type { DossierOrigin } from './events';

export function procedureOf(catalogue: Pick<CatalogueIndex, 'procedure'>, code: string): Result<Procedure> {
  const procedure = catalogue.procedure(code);
  return procedure
    ? ok(procedure)
    : err('UNKNOWN_PROCEDURE', `Thủ tục mã ${code} không có trong danh mục thủ tục trên máy; hãy cập nhật danh mục từ Cổng rồi thử lại.`);
}

export type IntakeCheck = {
  channels: readonly Channel[];
  /** At the counter a dossier is received only when complete; online submissions are checked later. */
  requireComplete: boolean;
};

export function checkIntake(intake: DossierIntake, actor: Actor, catalogue: Pick<CatalogueIndex, 'procedure'>, check: IntakeCheck): Result<DossierOrigin> {
  const found = procedureOf(catalogue, intake.procedureCode);
  if (!found.ok) return found;
  const procedure = found.value;
  if (procedure.unitCode !== actor.unitCode) {
    return err('WRONG_UNIT', `Thủ tục «${procedure.name}» do đơn vị ${procedure.unitCode} giải quyết, không thuộc đơn vị ${actor.unitCode}.`);
  }
  if (parseDossierCode(intake.code)?.unitCode !== procedure.unitCode) {
    return err('INVALID_INPUT', `Mã hồ sơ ${intake.code} không mang mã đơn vị ${procedure.unitCode}.`);
  }
  if (!check.channels.includes(intake.channel)) {
    return err('INVALID_INPUT', intake.channel === 'online' ? 'Hồ sơ nộp trực tuyến được nhận qua đồng bộ với Cổng, không nhập tại quầy.' : 'Kênh nộp hồ sơ không phù hợp với thao tác này.');
  }
  if (!procedure.applicantKinds.includes(intake.applicant.kind)) {
    return err('INVALID_INPUT', `Thủ tục «${procedure.name}» chỉ dành cho ${procedure.applicantKinds.includes('organisation') ? 'tổ chức' : 'cá nhân'}.`);
  }
  // The same checks as the intake form, and the same cleaning: the event records the tidy values,
  // so a number typed with spaces on one desk matches the same number typed without on another.
  const applicant = intake.applicant;
  const idNumber = validateCitizenId(applicant.idNumber);
  const phone = validatePhone(applicant.phone);
  const email = applicant.email.trim() ? validateEmail(applicant.email) : ok('');
  const taxCode = applicant.kind === 'organisation' || applicant.taxCode ? validateTaxCode(applicant.taxCode ?? '') : ok(undefined);
  for (const check of [idNumber, phone, email, taxCode]) if (!check.ok) return err('INVALID_INPUT', `Thông tin người nộp: ${check.error.message}`);
  const name = normalizeText(applicant.name);
  const summary = normalizeText(intake.summary);
  if (name === '' || summary === '') return err('INVALID_INPUT', 'Hãy nhập tên người nộp và trích yếu hồ sơ.');
  const representative = applicant.representative ? normalizeText(applicant.representative) : '';
  const cleaned: DossierIntake = {
    ...intake,
    summary,
    applicant: {
      kind: applicant.kind,
      name,
      idNumber: idNumber.ok ? idNumber.value : '',
      phone: phone.ok ? phone.value : '',
      email: email.ok ? email.value : '',
      ...(taxCode.ok && taxCode.value ? { taxCode: taxCode.value } : {}),
      ...(representative ? { representative } : {}),
      address: normalizeText(applicant.address),
    },
  };

  const known = new Set(procedure.components.map((c) => c.code));
  const unknown = intake.documents.find((d) => !known.has(d.componentCode));
  if (unknown) return err('INVALID_INPUT', `Thành phần ${unknown.componentCode} không thuộc hồ sơ của thủ tục «${procedure.name}».`);
  if (check.requireComplete) {
    const submitted = new Set(intake.documents.filter((d) => d.originals + d.copies > 0).map((d) => d.componentCode));
    const missing = procedure.components.filter((c) => c.required && !submitted.has(c.code));
    if (missing.length > 0) {
      return err(
        'INCOMPLETE_DOSSIER',
        `Hồ sơ còn thiếu: ${missing.map((c) => c.name).join('; ')}. Hãy hướng dẫn bổ sung (Mẫu 02) hoặc từ chối tiếp nhận (Mẫu 03).`,
      );
    }
  }
  return ok({ intake: cleaned, fieldCode: procedure.fieldCode, unitCode: procedure.unitCode });
}
