// A procedure described at the counter: time, online class, fees in đồng, and finding it by words.
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { translator } from '../i18n/translate';
import { feeSummary, feeText, filterProcedures, onlineClassText, processingTimeText } from './procedure-facts';

const t = translator('vi');
const cudcn = shippedCatalogue.procedures.filter((p) => p.unitCode === 'CUDCN');

describe('how a procedure is described at the counter', () => {
  it('says the processing time in working days, or that no date is promised', () => {
    expect(processingTimeText({ processingDays: 5 }, t)).toBe('5 ngày làm việc');
    expect(processingTimeText({ processingDays: null }, t)).toBe('Không có hẹn trả kết quả');
  });

  it('names the online class', () => {
    expect(onlineClassText({ onlineClass: 'toan-trinh' }, t)).toBe('DVC trực tuyến toàn trình');
    expect(onlineClassText({ onlineClass: 'mot-phan' }, translator('en'))).toBe('Partly online service');
  });

  it('writes fees in đồng with their rule, or the rule alone', () => {
    expect(feeText({ name: 'Lệ phí nộp đơn', amount: 150000, rule: 'mỗi đơn' }, 'vi-VN')).toMatch(/^150\.000\s₫ mỗi đơn$/);
    expect(feeText({ name: 'Phí', amount: null, rule: '0,1% giá trị hợp đồng' }, 'vi-VN')).toBe('0,1% giá trị hợp đồng');
    expect(feeSummary([], 'vi-VN', t)).toBe('Không thu phí, lệ phí');
    const two = [
      { name: 'Lệ phí nộp đơn', amount: 150000, rule: null },
      { name: 'Phí công bố', amount: 120000, rule: null },
    ];
    expect(feeSummary(two, 'vi-VN', t)).toMatch(/^Lệ phí nộp đơn: 150\.000\s₫ \(và 1 khoản khác\)$/);
  });

  it('finds procedures by code or by words typed without accents', () => {
    expect(filterProcedures(cudcn, '').length).toBe(cudcn.length);
    expect(filterProcedures(cudcn, 'chuyen giao').map((p) => p.code)).toEqual(['1.004512', '1.004513']);
    expect(filterProcedures(cudcn, 'TRUNG TÂM nghiên').map((p) => p.code)).toEqual(['1.010866']);
    expect(filterProcedures(cudcn, '1.004513').map((p) => p.code)).toEqual(['1.004513']);
    expect(filterProcedures(cudcn, 'bức xạ')).toEqual([]);
  });
});
