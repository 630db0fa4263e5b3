// The intake form becomes a DossierIntake draft; its field errors are the domain's, shown in place.
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { translator } from '../i18n/translate';
import { emptyIntakeForm, firstInvalidField, formErrors, submittedDocuments, toIntakeDraft, visibleErrors, withProcedure, type IntakeForm } from './intake-form';

const t = translator('vi');
const procedure = (code: string) => shippedCatalogue.procedures.find((p) => p.code === code)!;
const transfer = procedure('1.004512'); // CUDCN, persons and organisations, VB HD TCPL required, DMTL optional
const rdCentre = procedure('1.010866'); // organisations only

function filledPerson(): IntakeForm {
  const form = withProcedure(emptyIntakeForm(), transfer);
  return {
    ...form,
    kind: 'person',
    applicant: { ...form.applicant, name: '  Nguyễn   Thị Ánh Tuyết ', idNumber: '001 190 012 345', phone: '+84 912 345 678', email: 'Tuyet@Example.VN', address: 'Số 1 Tràng Tiền, Hà Nội' },
    summary: ' Đăng ký hợp đồng chuyển giao công nghệ ',
  };
}

describe('the intake form as a DossierIntake draft', () => {
  it('a complete form becomes a draft with cleaned applicant data and the attached components as submitted', () => {
    const outcome = toIntakeDraft(filledPerson(), transfer, new Set(['VB', 'HD', 'TCPL']), t);
    expect(outcome).toEqual({
      ok: true,
      draft: {
        procedureCode: '1.004512',
        channel: 'counter',
        applicant: { kind: 'person', name: 'Nguyễn Thị Ánh Tuyết', idNumber: '001190012345', phone: '0912345678', email: 'Tuyet@example.vn', address: 'Số 1 Tràng Tiền, Hà Nội' },
        summary: 'Đăng ký hợp đồng chuyển giao công nghệ',
        documents: [
          { componentCode: 'VB', originals: 1, copies: 0 },
          { componentCode: 'HD', originals: 1, copies: 0 },
          { componentCode: 'TCPL', originals: 0, copies: 1 },
        ],
      },
    });
  });

  it('a person never carries the tax code or representative typed while the form was set to organisation', () => {
    const form = filledPerson();
    const outcome = toIntakeDraft({ ...form, applicant: { ...form.applicant, taxCode: '123', representative: 'Ai đó' } }, transfer, new Set(), t);
    expect(outcome.ok && outcome.draft.applicant).not.toHaveProperty('taxCode');
    expect(outcome.ok && outcome.draft.applicant).not.toHaveProperty('representative');
  });

  it('an organisation must give its tax code', () => {
    const form = { ...filledPerson(), kind: 'organisation' as const };
    expect(formErrors(form, transfer, t).taxCode).toBe('Chưa nhập mã số thuế của tổ chức.');
    const withTax = { ...form, applicant: { ...form.applicant, taxCode: '0100109106', representative: 'Trần Văn Bình' } };
    const outcome = toIntakeDraft(withTax, transfer, new Set(), t);
    expect(outcome.ok && outcome.draft.applicant).toMatchObject({ kind: 'organisation', taxCode: '0100109106', representative: 'Trần Văn Bình' });
  });

  it('channel by post is kept', () => {
    const outcome = toIntakeDraft({ ...filledPerson(), channel: 'postal' }, transfer, new Set(), t);
    expect(outcome.ok && outcome.draft.channel).toBe('postal');
  });
});

describe('field errors', () => {
  it('name each wrong field with the domain’s sentence, in screen order', () => {
    const form = filledPerson();
    const errors = formErrors({ ...form, applicant: { ...form.applicant, idNumber: '12345', phone: '0123' }, summary: '' }, transfer, t);
    expect(Object.keys(errors)).toEqual(['idNumber', 'phone', 'summary']);
    expect(errors.idNumber).toContain('đúng 12 chữ số');
    expect(errors.phone).toContain('Số điện thoại không đúng');
    expect(errors.summary).toBe('Chưa nhập trích yếu hồ sơ.');
    expect(firstInvalidField({ summary: 'x', phone: 'y', idNumber: 'z' })).toBe('idNumber');
  });

  it('ask for a procedure first when none is chosen', () => {
    const errors = formErrors(emptyIntakeForm(), undefined, t);
    expect(errors.procedure).toBe('Chưa chọn thủ tục hành chính.');
    expect(firstInvalidField(errors)).toBe('procedure');
  });

  it('show only for fields the officer has left, and for all after a submit', () => {
    const errors = formErrors(emptyIntakeForm(), undefined, t);
    expect(Object.keys(visibleErrors(errors, new Set(), false))).toEqual([]);
    expect(Object.keys(visibleErrors(errors, new Set(['phone']), false))).toEqual(['phone']);
    expect(visibleErrors(errors, new Set(), true)).toEqual(errors);
  });

  it('leave an optional email alone when it is empty, and judge it when typed', () => {
    const form = filledPerson();
    expect(formErrors({ ...form, applicant: { ...form.applicant, email: '' } }, transfer, t)).toEqual({});
    expect(formErrors({ ...form, applicant: { ...form.applicant, email: 'không có' } }, transfer, t).email).toContain('thư điện tử');
  });
});

describe('choosing a procedure', () => {
  it('switches the applicant to an organisation when the procedure is for organisations only', () => {
    expect(withProcedure(emptyIntakeForm(), rdCentre)).toMatchObject({ procedureCode: '1.010866', kind: 'organisation' });
    expect(withProcedure({ ...emptyIntakeForm(), kind: 'person' }, transfer).kind).toBe('person');
  });

  it('records each attached component with the originals and copies the procedure asks for', () => {
    expect(submittedDocuments(transfer, new Set(['DMTL', 'nonsense']))).toEqual([{ componentCode: 'DMTL', originals: 1, copies: 0 }]);
  });
});
