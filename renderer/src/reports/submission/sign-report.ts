// The officer's signature on the report's PDF, through the signing session the Ký duyệt screen
// unlocked (a batch of one, invisible: the printed form already carries the signature block).
// A locked session is not opened here: the passphrase or PIN is asked for on Ký duyệt only.
import { err, ok, type Result } from '../../../../shared/result';
import type { SigningSession } from '../../signing/signing-session';

export const SIGNING_LOCKED = 'signing-locked';

export async function signReportPdf(session: Pick<SigningSession, 'state' | 'signBatch'>, pdf: Uint8Array): Promise<Result<Uint8Array>> {
  if (!session.state.getState().key) return err(SIGNING_LOCKED, 'Hãy mở khóa chữ ký số ở mục Ký duyệt trước khi gửi.');
  let outcome: Result<Uint8Array> = err('not-signed', 'Tiến trình ký số không trả lời cho báo cáo.');
  const running = session.signBatch({ documents: [{ documentId: 'bieu06', pdf }], reason: 'Ký báo cáo Biểu số 06/VPCP/KSTT' }, (progress) => {
    outcome = progress.result.ok ? ok(progress.result.value.pdf) : err(progress.result.error.code, progress.result.error.message);
  });
  try {
    await running.done;
  } catch (error) {
    return err('worker-failed', error instanceof Error ? error.message : String(error));
  }
  return outcome;
}
