// What verifying a signed PDF found, as data the app stores with the dossier (Circular
// 15/2025/TT-BKHCN asks verification software to keep the certificate and the check results) and
// as Vietnamese sentences an officer reads.
import { z } from 'zod';
import { formatVietnamTime } from './signing-time';

const nameSchema = z.object({ commonName: z.string().nullable(), organization: z.string().nullable(), text: z.string() }).strict();

export const signatureVerdictSchema = z
  .object({
    fieldName: z.string(),
    subFilter: z.string().nullable(),
    signer: nameSchema.nullable(),
    issuer: nameSchema.nullable(),
    serialNumber: z.string().nullable(),
    signingTime: z.iso.datetime({ offset: true }).nullable(),
    /** Where signingTime comes from: a verified TSA token, the signature dictionary's /M, or the CMS attribute. */
    signingTimeSource: z.enum(['timestamp', 'signature-dictionary', 'cms-attribute', 'none']),
    /** valid: the token stamps this signature value and its TSA signature verifies; trusted: the TSA chains to a trust anchor. */
    timestamp: z.object({ genTime: z.iso.datetime({ offset: true }), authority: z.string().nullable(), valid: z.boolean(), trusted: z.boolean() }).strict().nullable(),
    /** The message digest over the ByteRange matches and the CMS signature verifies. */
    intact: z.boolean(),
    /** The ByteRange starts at 0, skips only /Contents and ends where a revision ends. */
    coversRevision: z.boolean(),
    coversWholeDocument: z.boolean(),
    /** A later revision changed a page's content (not just added signatures). */
    modifiedAfterSigning: z.boolean(),
    certificateValidAtSigningTime: z.boolean(),
    keyUsageAllowsSigning: z.boolean(),
    trusted: z.boolean(),
    status: z.enum(['valid', 'invalid', 'indeterminate']),
    messages: z.array(z.string()),
    /** DER certificates from the CMS, base64, signer first: kept as evidence. */
    certificates: z.array(z.string()),
  })
  .strict();
export type SignatureVerdict = z.infer<typeof signatureVerdictSchema>;

export const verificationReportSchema = z
  .object({
    checkedAt: z.iso.datetime({ offset: true }),
    /** SHA-256 (hex) of the file checked, so a stored report names its document. */
    documentSha256: z.string().regex(/^[0-9a-f]{64}$/),
    signatures: z.array(signatureVerdictSchema),
    status: z.enum(['valid', 'invalid', 'indeterminate', 'unsigned']),
    summary: z.string(),
    /** Findings about the file rather than one signature, e.g. a signature removed after signing. */
    warnings: z.array(z.string()).optional(),
  })
  .strict();
export type VerificationReport = z.infer<typeof verificationReportSchema>;

type Findings = Omit<SignatureVerdict, 'status' | 'messages'> & { problem?: string | null };

/** The verdict and its sentences, from the facts found. */
export function judge(f: Findings): SignatureVerdict {
  const messages: string[] = [];
  const at = f.signingTime ? formatVietnamTime(new Date(f.signingTime)) : null;
  if (f.problem) messages.push(f.problem);
  if (f.signer) messages.push(`Người ký: ${f.signer.commonName ?? f.signer.text}${f.signer.organization ? ` (${f.signer.organization})` : ''}.`);
  if (f.issuer) messages.push(`Tổ chức cấp chứng thư số: ${f.issuer.commonName ?? f.issuer.text}.`);
  if (at) {
    const source = f.signingTimeSource === 'timestamp' ? `theo dấu thời gian${f.timestamp?.authority ? ` của ${f.timestamp.authority}` : ''}` : 'theo khai báo của người ký, không có dấu thời gian';
    messages.push(`Thời gian ký: ${at} (giờ Việt Nam, ${source}).`);
  } else messages.push('Không xác định được thời gian ký.');
  if (f.timestamp && !f.timestamp.valid) messages.push('Dấu thời gian kèm chữ ký không hợp lệ.');
  else if (f.timestamp && !f.timestamp.trusted) messages.push('Không xác thực được chứng thư của đơn vị cấp dấu thời gian với danh sách tổ chức cấp tin cậy.');
  messages.push(f.intact ? 'Toàn vẹn: nội dung được ký còn nguyên vẹn.' : 'Toàn vẹn: nội dung đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng.');
  if (!f.coversRevision) messages.push('Phạm vi ký không hợp lệ: chữ ký không bao trùm trọn một phiên bản của văn bản.');
  else if (f.coversWholeDocument) messages.push('Phạm vi ký: chữ ký bao trùm toàn bộ văn bản.');
  else if (f.modifiedAfterSigning) messages.push('Văn bản đã bị sửa nội dung trang sau khi ký.');
  else messages.push('Phạm vi ký: sau chữ ký này văn bản chỉ được bổ sung chữ ký khác, nội dung không đổi.');
  if (f.signer) {
    messages.push(f.certificateValidAtSigningTime ? 'Chứng thư số còn hiệu lực tại thời điểm ký.' : 'Chứng thư số không có hiệu lực tại thời điểm ký.');
    if (!f.keyUsageAllowsSigning) messages.push('Chứng thư số không được phép dùng để ký số.');
    messages.push(f.trusted ? 'Chứng thư số thuộc chuỗi tin cậy của tổ chức cung cấp dịch vụ chứng thực đã cấu hình.' : 'Không xác thực được chứng thư số với danh sách tổ chức cấp tin cậy.');
  }
  const broken = !f.intact || !f.coversRevision || f.modifiedAfterSigning || !f.certificateValidAtSigningTime || !f.keyUsageAllowsSigning || (f.timestamp !== null && !f.timestamp.valid);
  const status = broken ? 'invalid' : f.trusted ? 'valid' : 'indeterminate';
  messages.push(
    status === 'valid' ? 'Kết luận: chữ ký số hợp lệ.' : status === 'invalid' ? 'Kết luận: chữ ký số KHÔNG hợp lệ.' : 'Kết luận: chưa xác định được tính hợp lệ (chứng thư số không thuộc tổ chức tin cậy).',
  );
  const { problem: _problem, ...facts } = f;
  return { ...facts, status, messages };
}

export function summarize(signatures: SignatureVerdict[]): Pick<VerificationReport, 'status' | 'summary'> {
  if (signatures.length === 0) return { status: 'unsigned', summary: 'Văn bản không có chữ ký số.' };
  const invalid = signatures.filter((s) => s.status === 'invalid').length;
  const unknown = signatures.filter((s) => s.status === 'indeterminate').length;
  const status = invalid > 0 ? 'invalid' : unknown > 0 ? 'indeterminate' : 'valid';
  const summary =
    status === 'valid'
      ? `Cả ${signatures.length} chữ ký số đều hợp lệ.`
      : status === 'invalid'
        ? `${invalid}/${signatures.length} chữ ký số không hợp lệ.`
        : `${unknown}/${signatures.length} chữ ký số chưa xác định được (chứng thư không thuộc tổ chức tin cậy).`;
  return { status, summary };
}
