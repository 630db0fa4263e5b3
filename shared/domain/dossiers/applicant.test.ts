import { describe, expect, it } from 'vitest';
import { validateApplicant, validateCitizenId, validateEmail, validatePhone, validateTaxCode } from './applicant';

describe('the citizen ID (CCCD)', () => {
  it('has 12 digits; spaces and dots typed by the officer are dropped', () => {
    expect(validateCitizenId('001 085 012345')).toEqual({ ok: true, value: '001085012345' });
  });

  it('says how many digits were typed when the length is wrong', () => {
    const result = validateCitizenId('00108501234');
    expect(result).toMatchObject({ ok: false, error: { code: 'CITIZEN_ID_INVALID' } });
    if (!result.ok) expect(result.error.message).toContain('đang có 11');
  });

  it('rejects a number whose first three digits are no province code', () => {
    expect(validateCitizenId('003085012345').ok).toBe(false);
    expect(validateCitizenId('097085012345').ok).toBe(false);
    expect(validateCitizenId('079185012345').ok).toBe(true);
  });
});

describe('phone numbers', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84-383-123-456', '0383123456'],
    ['024 3825 1234', '02438251234'],
    ['0236.3821.234', '02363821234'],
  ])('accepts %s as %s', (input, normalized) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: normalized });
  });

  it('explains that old 11-digit mobile numbers changed in 2018', () => {
    const result = validatePhone('01689123456');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/2018/);
  });

  it('rejects numbers with no Vietnamese mobile prefix', () => {
    expect(validatePhone('0112345678').ok).toBe(false);
    expect(validatePhone('091234567').ok).toBe(false);
  });
});

describe('email', () => {
  it('keeps the local part and lower-cases the domain', () => {
    expect(validateEmail(' VanPhong@SaoViet.VN ')).toEqual({ ok: true, value: 'VanPhong@saoviet.vn' });
  });

  it('rejects addresses with accents or without a domain', () => {
    expect(validateEmail('tuyết@gmail.com').ok).toBe(false);
    expect(validateEmail('tuyet@gmail').ok).toBe(false);
    expect(validateEmail('tuyet gmail.com').ok).toBe(false);
  });
});

describe('tax codes', () => {
  it.each(['0100109106', '0300588569', '0101248141', '0100112437'])('accepts the real enterprise code %s', (code) => {
    expect(validateTaxCode(code)).toEqual({ ok: true, value: code });
  });

  it('writes a branch code as 10-3', () => {
    expect(validateTaxCode('0100109106001')).toEqual({ ok: true, value: '0100109106-001' });
    expect(validateTaxCode('0100109106-012')).toEqual({ ok: true, value: '0100109106-012' });
  });

  it('catches a mistyped digit by the check digit', () => {
    const result = validateTaxCode('0100109107');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/chữ số kiểm tra/);
  });

  it('rejects other lengths and a branch 000', () => {
    expect(validateTaxCode('01001091').ok).toBe(false);
    expect(validateTaxCode('0100109106-000').ok).toBe(false);
  });
});

describe('the applicant on the intake form', () => {
  it('comes back cleaned when every field is right', () => {
    const result = validateApplicant({
      kind: 'person',
      name: ' Nguyễn  Thị Ánh Tuyết '.normalize('NFD'),
      idNumber: '001185012345',
      phone: '+84 912 345 678',
      email: '',
      address: 'Số 5 Kim Mã, Ba Đình, Hà Nội',
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'person', name: 'Nguyễn Thị Ánh Tuyết', idNumber: '001185012345', phone: '0912345678', email: '', address: 'Số 5 Kim Mã, Ba Đình, Hà Nội' },
    });
  });

  it('reports every wrong field at once, in Vietnamese', () => {
    const result = validateApplicant({ kind: 'organisation', name: '', idNumber: '123', phone: '12', email: 'x@', address: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['address', 'email', 'idNumber', 'name', 'phone', 'taxCode']);
  });
});
