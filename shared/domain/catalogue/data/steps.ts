// Processing-step templates shared by the shipped procedures, so each procedure only spells out
// what differs from the common one-stop path (counter → specialist → head → leader → counter).
import type { ProcessingStep } from '../catalogue-schema';

type StepOptions = {
  /** Name of the specialist's appraisal step. */
  appraisal?: string;
  /** Extra steps between appraisal and review (council meeting, site inspection...). */
  extra?: ProcessingStep[];
  /** Who signs the result; 'head' where signing is delegated (TL.). */
  signer?: 'leader' | 'head';
  days?: { appraisal?: number; review?: number; sign?: number };
};

export function standardSteps(options: StepOptions = {}): ProcessingStep[] {
  const signer = options.signer ?? 'leader';
  const steps: ProcessingStep[] = [
    { code: 'TN', name: 'Tiếp nhận, kiểm tra thành phần hồ sơ', role: 'clerk', kind: 'intake', workingDays: 0.5 },
    { code: 'TD', name: options.appraisal ?? 'Thẩm định hồ sơ', role: 'specialist', kind: 'process', workingDays: options.days?.appraisal },
    ...(options.extra ?? []),
  ];
  if (signer === 'leader') steps.push({ code: 'XL', name: 'Xem xét, trình ký', role: 'head', kind: 'process', workingDays: options.days?.review });
  steps.push(
    { code: 'PD', name: signer === 'leader' ? 'Phê duyệt, ký kết quả' : 'Xem xét, ký kết quả (TL.)', role: signer, kind: 'sign', workingDays: options.days?.sign },
    { code: 'TKQ', name: 'Trả kết quả', role: 'clerk', kind: 'return', workingDays: 0.5 },
  );
  // Steps without allotted days carry no key at all, so the data round-trips through JSON unchanged.
  for (const step of steps) if (step.workingDays === undefined) delete step.workingDays;
  return steps;
}

export const councilStep: ProcessingStep = { code: 'HD', name: 'Tổ chức hội đồng thẩm định, tổng hợp ý kiến', role: 'specialist', kind: 'process' };
export const siteInspectionStep: ProcessingStep = { code: 'KT', name: 'Kiểm tra thực tế cơ sở', role: 'specialist', kind: 'process' };

export const MOST = 'BỘ KHOA HỌC VÀ CÔNG NGHỆ';
