// What an officer reads when a USB token refuses: PKCS#11 return values turned into Vietnamese
// sentences that say what to do next (plug the token in, retype the PIN, call the CA).
import { TokenErrorCode } from '../../../shared/host/signing-token';
import { err, type Result } from '../../../shared/result';
import { ck, pkcs11ReturnValue } from './cryptoki';

export const tokenMessages = {
  libraryMissing:
    'Không tìm thấy thư viện PKCS#11 của USB token. Hãy cài phần mềm (driver) token của nhà cung cấp chữ ký số ' +
    '(VNPT-CA, Viettel-CA, BkavCA…) hoặc khai báo đường dẫn thư viện trong tệp cấu hình ký số.',
  libraryUnloadable: (library: string) =>
    `Không nạp được thư viện USB token ${library}. Hãy cài lại phần mềm token (đúng bản 64-bit) rồi mở lại ứng dụng.`,
  bindingBroken: 'Thành phần ký số bằng USB token của ứng dụng bị thiếu hoặc hỏng. Hãy cài lại Dossier Desk hoặc báo quản trị viên.',
  notPresent: 'Không thấy USB token. Hãy cắm token ký số vào máy rồi thử lại.',
  pinRequired: 'Hãy nhập mã PIN của USB token để ký.',
  pinIncorrect: 'Mã PIN của USB token không đúng. Hãy nhập lại; nhập sai nhiều lần token sẽ bị khóa.',
  pinLocked: 'Mã PIN của USB token đã bị khóa do nhập sai nhiều lần. Hãy liên hệ nhà cung cấp chữ ký số để mở khóa.',
  keyNotFound: 'Không tìm thấy khóa ký tương ứng với chứng thư số trên USB token. Hãy chọn lại chứng thư số.',
  failed: 'USB token báo lỗi khi thực hiện thao tác. Hãy rút token ra, cắm lại rồi thử lại.',
} as const;

/** The token was pulled out (or its session died with it): the session must be forgotten. */
export function meansTokenGone(error: unknown): boolean {
  const code = pkcs11ReturnValue(error);
  return (
    code === ck.CKR_TOKEN_NOT_PRESENT ||
    code === ck.CKR_DEVICE_REMOVED ||
    code === ck.CKR_SESSION_HANDLE_INVALID ||
    code === ck.CKR_SESSION_CLOSED ||
    code === ck.CKR_SLOT_ID_INVALID
  );
}

/** Maps an error thrown by a PKCS#11 call to the officer's message; unknown failures stay generic. */
export function tokenFailure<T = never>(error: unknown): Result<T> {
  const code = pkcs11ReturnValue(error);
  if (code === ck.CKR_PIN_INCORRECT || code === ck.CKR_PIN_INVALID || code === ck.CKR_PIN_LEN_RANGE) {
    return err(TokenErrorCode.pinIncorrect, tokenMessages.pinIncorrect);
  }
  if (code === ck.CKR_PIN_LOCKED || code === ck.CKR_PIN_EXPIRED) return err(TokenErrorCode.pinLocked, tokenMessages.pinLocked);
  if (code === ck.CKR_USER_NOT_LOGGED_IN) return err(TokenErrorCode.pinRequired, tokenMessages.pinRequired);
  if (meansTokenGone(error) || code === ck.CKR_TOKEN_NOT_RECOGNIZED) return err(TokenErrorCode.notPresent, tokenMessages.notPresent);
  return err(TokenErrorCode.failed, tokenMessages.failed);
}
