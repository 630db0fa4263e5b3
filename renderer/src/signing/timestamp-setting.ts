// The timestamp authority (RFC 3161) this desk asks when it signs: with one set, signatures are
// PAdES B-T, their time vouched for by the TSA rather than by the signer's clock. Kept in `meta`
// (an address, not a secret). The TSA's origin must also be among the origins the installer's CSP
// allows (DESK_PORTAL_ORIGINS at build time), or the request is blocked — the card says so.
import { err, ok, type Result } from '../../../shared/result';
import type { DeskDatabase } from '../store/database';

export const TIMESTAMP_URL_KEY = 'signing.timestampUrl';

/** An http(s) URL without credentials, or a Vietnamese reason it is not one. */
export function checkTimestampUrl(text: string): Result<string> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return err('TSA_URL_INVALID', 'Địa chỉ dịch vụ cấp dấu thời gian không hợp lệ (ví dụ: http://tsa.ca.gov.vn).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('TSA_URL_INVALID', 'Địa chỉ dịch vụ cấp dấu thời gian phải bắt đầu bằng http:// hoặc https://.');
  if (url.username || url.password) return err('TSA_URL_INVALID', 'Địa chỉ dịch vụ cấp dấu thời gian không được chứa tên đăng nhập hay mật khẩu.');
  return ok(url.href);
}

export class TimestampSetting {
  constructor(private readonly db: DeskDatabase) {}

  async get(): Promise<string | null> {
    const record = await this.db.meta.get(TIMESTAMP_URL_KEY);
    return typeof record?.value === 'string' ? record.value : null;
  }

  /** Sets the address (checked first; nothing is written when it is refused), or clears it with ''. */
  async set(text: string): Promise<Result<string | null>> {
    if (text.trim() === '') {
      await this.db.meta.delete(TIMESTAMP_URL_KEY);
      return ok(null);
    }
    const checked = checkTimestampUrl(text);
    if (!checked.ok) return checked;
    await this.db.meta.put({ key: TIMESTAMP_URL_KEY, value: checked.value });
    return ok(checked.value);
  }
}
