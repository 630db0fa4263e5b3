// The editable document model: what a draft decision, certificate or one-stop form says, as data an
// officer can edit and re-render. One schema validates every kind before layout.
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { localDateSchema } from '../domain/calendar/local-date';

/** A text field with its Vietnamese name, so a validation message tells the officer what to fix. */
const text = (label: string, max: number) =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1, `«${label}» đang để trống.`).max(max, `«${label}» dài quá ${max} ký tự.`));

export const issuerSchema = z
  .object({
    /** The body above the issuer (cơ quan chủ quản), e.g. 'BỘ KHOA HỌC VÀ CÔNG NGHỆ'; empty for a ministry. */
    parentName: z.string().transform((value) => value.normalize('NFC').trim()).pipe(z.string().max(120, '«Tên cơ quan chủ quản» dài quá 120 ký tự.')),
    name: text('Tên cơ quan ban hành', 160),
  })
  .strict();

export const signerSchema = z
  .object({
    /** TM. for a collective, KT. for a deputy signing for the head, TL. by delegation, null when the head signs. */
    authority: z.enum(['TM.', 'KT.', 'TL.']).nullable(),
    /** What the authority is exercised for: 'CỤC TRƯỞNG' after KT./TL., the collective after TM. */
    authorityTitle: text('Chức danh người có thẩm quyền', 120).nullable(),
    position: text('Chức vụ người ký', 120),
    name: text('Họ tên người ký', 80),
  })
  .strict();

const heading = {
  templateId: z.string().min(1).max(100),
  issuer: issuerSchema,
  /** Number and symbol, e.g. '12/QĐ-UDCN'. */
  number: text('Số, ký hiệu', 40),
  place: text('Địa danh', 60),
  date: localDateSchema,
};

const articleSchema = z.object({ paragraphs: z.array(text('Nội dung điều', 5000)).min(1).max(40) }).strict();

export const decisionDraftSchema = z
  .object({
    kind: z.literal('decision'),
    ...heading,
    /** Trích yếu: what the decision is about, under the title. */
    summary: text('Trích yếu', 400),
    /** The competent person's title in capitals, e.g. 'CỤC TRƯỞNG CỤC SỞ HỮU TRÍ TUỆ'. */
    authority: text('Thẩm quyền ban hành', 200),
    /** 'Căn cứ …;' and 'Xét đề nghị …,' lines, printed in italics. */
    legalBases: z.array(text('Căn cứ ban hành', 1000)).min(1, 'Quyết định cần ít nhất một căn cứ.').max(30),
    articles: z.array(articleSchema).min(1, 'Quyết định cần ít nhất một điều.').max(30),
    recipients: z.array(text('Nơi nhận', 200)).min(1).max(20),
    signer: signerSchema,
  })
  .strict();

export const certificateDraftSchema = z
  .object({
    kind: z.literal('certificate'),
    ...heading,
    /** 'GIẤY CHỨNG NHẬN …' or 'GIẤY PHÉP …', printed in capitals. */
    title: text('Tên giấy chứng nhận', 200),
    authority: text('Thẩm quyền cấp', 200),
    legalBases: z.array(text('Căn cứ cấp', 1000)).max(20),
    /** The certifying verb line, e.g. 'CHỨNG NHẬN:'. */
    certifies: text('Lời chứng nhận', 60),
    entries: z.array(z.object({ label: text('Tên mục', 120), value: text('Nội dung mục', 2000) }).strict()).min(1).max(30),
    notes: z.array(text('Ghi chú', 2000)).max(10),
    signer: signerSchema,
  })
  .strict();

const formSectionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), label: z.string().max(200).optional(), text: z.string().max(5000), italic: z.boolean().optional() }).strict(),
  z
    .object({
      type: z.literal('table'),
      columns: z.array(z.object({ title: text('Tiêu đề cột', 80), width: z.number().positive(), align: z.enum(['left', 'center', 'right']).optional() }).strict()).min(1).max(10),
      rows: z.array(z.array(z.string().max(1000))).max(2000),
    })
    .strict(),
]);
export type FormSection = z.infer<typeof formSectionSchema>;

export const formDraftSchema = z
  .object({
    kind: z.literal('form'),
    /** One-stop form number (Circular 03/2025/TT-VPCP). */
    form: z.enum(['01', '02', '03', '04', '05', '06', '07']),
    ...heading,
    /** Empty for forms that carry no number (01, 06, 07). */
    number: z.string().max(40),
    title: text('Tên mẫu', 200),
    /** Under the title, e.g. 'Mã hồ sơ: CUDCN-250306-0001'. */
    subtitle: z.string().max(200).optional(),
    sections: z.array(formSectionSchema).max(200),
    /** Up to two signature captions side by side (applicant left, officer right); blank space below for signing. */
    signatures: z.array(z.object({ title: z.string().max(120), note: z.string().max(120).optional(), name: z.string().max(80).optional() }).strict()).max(2),
    recipients: z.array(text('Nơi nhận', 200)).max(20),
    landscape: z.boolean().optional(),
  })
  .strict();

export const documentDraftSchema = z.discriminatedUnion('kind', [decisionDraftSchema, certificateDraftSchema, formDraftSchema]);

export type Issuer = z.infer<typeof issuerSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type DecisionDraft = z.infer<typeof decisionDraftSchema>;
export type CertificateDraft = z.infer<typeof certificateDraftSchema>;
export type FormDraft = z.infer<typeof formDraftSchema>;
export type DocumentDraft = z.infer<typeof documentDraftSchema>;
export type DocumentKind = DocumentDraft['kind'];

/** The draft cleaned (NFC, trimmed), or the first problem in words an officer can act on. */
export function validateDraft(input: unknown): Result<DocumentDraft> {
  const parsed = documentDraftSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  if (!issue) return err('DRAFT_INVALID', 'Dự thảo văn bản không hợp lệ.');
  // Messages written for officers start with the field's name; zod's own ones are in English.
  if (issue.message.startsWith('«') || issue.message.startsWith('Quyết định')) return err('DRAFT_INVALID', issue.message);
  const problem = issue.code === 'invalid_type' ? (issue.message.includes('undefined') ? 'còn thiếu' : 'sai kiểu dữ liệu') : 'có giá trị không hợp lệ';
  return err('DRAFT_INVALID', `Dự thảo văn bản không hợp lệ: mục «${issue.path.join('.') || 'gốc'}» ${problem}.`);
}
