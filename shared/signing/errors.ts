// Why a signature could not be made, as a code the app can branch on and a message in Vietnamese
// an officer can act on. Thrown inside shared/signing, turned into a Result at the public API.
import { err, type Result } from '../result';

export const signingMessages = {
  'wrong-passphrase': 'Mật khẩu của tệp chứng thư số (.p12/.pfx) không đúng.',
  'not-pkcs12': 'Tệp không phải là tệp chứng thư số PKCS#12 (.p12/.pfx) hợp lệ.',
  'no-private-key': 'Tệp chứng thư số không chứa khoá bí mật hoặc chứng thư của người ký.',
  'unsupported-key': 'Chỉ hỗ trợ khoá RSA từ 2048 bit trở lên.',
  'certificate-expired': 'Chứng thư số của người ký đã hết hiệu lực.',
  'certificate-not-yet-valid': 'Chứng thư số của người ký chưa đến thời điểm có hiệu lực.',
  'certificate-key-usage': 'Chứng thư số không được phép dùng để ký số (thiếu mục đích digitalSignature/nonRepudiation).',
  'corrupt-pdf': 'Tệp PDF bị hỏng hoặc không đọc được.',
  'encrypted-pdf': 'Tệp PDF đã được mã hoá (đặt mật khẩu); không thể ký số tệp này.',
  'page-out-of-range': 'Trang đặt chữ ký không có trong văn bản.',
  'placeholder-too-small': 'Chữ ký số vượt quá vùng dành sẵn trong tệp PDF.',
  'timestamp-failed': 'Không lấy được dấu thời gian từ máy chủ cấp dấu thời gian (TSA).',
  'signing-failed': 'Không tạo được chữ ký số.',
} as const;

export type SigningErrorCode = keyof typeof signingMessages;

export class SigningError extends Error {
  constructor(
    readonly code: SigningErrorCode,
    detail?: string,
  ) {
    super(detail ? `${signingMessages[code]} (${detail})` : signingMessages[code]);
    this.name = 'SigningError';
  }
}

/** Runs `work`, answering thrown SigningErrors (and anything unexpected) as an error Result. */
export async function asResult<T>(work: () => Promise<T>, fallback: SigningErrorCode = 'signing-failed'): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof SigningError) return err(error.code, error.message);
    return err(fallback, `${signingMessages[fallback]} (${error instanceof Error ? error.message : String(error)})`);
  }
}
