// Why an update check or download failed, as a stable code (the renderer words it in the officer's
// language) plus a Vietnamese fallback sentence, from electron-updater's errors and our own refusals.
// Network failures arrive from Chromium's net ("net::ERR_…") in the app and from Node ("ECONNREFUSED")
// in tests and scripts; both are recognised.

import type { UpdateProblem } from '../../../shared/updates/update-status';

export type { UpdateProblem };

export const problemMessages: Readonly<Record<UpdateProblem, string>> = {
  offline: 'Không kết nối được máy chủ cập nhật. Ứng dụng vẫn dùng phiên bản hiện tại và sẽ thử lại sau.',
  proxy: 'Máy chủ proxy của mạng cơ quan không cho kết nối tới máy chủ cập nhật. Hãy báo Trung tâm Tin học.',
  server: 'Máy chủ cập nhật trả lời lỗi. Ứng dụng vẫn dùng phiên bản hiện tại và sẽ thử lại sau.',
  metadata: 'Thông tin bản cập nhật trên máy chủ không hợp lệ nên đã bị từ chối. Ứng dụng vẫn dùng phiên bản hiện tại.',
  otherHost: 'Bản cập nhật trỏ tới một máy chủ khác với máy chủ cập nhật đã cấu hình nên đã bị từ chối.',
  checksum: 'Tệp cập nhật tải về không khớp mã kiểm tra (SHA-512) nên đã bị xóa. Ứng dụng vẫn dùng phiên bản hiện tại.',
  signature: 'Tệp cập nhật không được ký bởi đơn vị phát hành nên đã bị từ chối. Hãy báo Trung tâm Tin học.',
  unknown: 'Không cập nhật được. Ứng dụng vẫn dùng phiên bản hiện tại và sẽ thử lại sau.',
};

/** A refusal we decided ourselves (before electron-updater downloads anything). */
export class UpdateRefused extends Error {
  constructor(
    readonly problem: UpdateProblem,
    /** For the log: what exactly was wrong. */
    readonly reason: string,
  ) {
    super(reason);
  }
}

const METADATA_CODES = new Set([
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_NO_CHECKSUM',
]);
const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

type ErrorLike = { code?: unknown; statusCode?: unknown; message?: unknown };

export function classifyUpdateError(error: unknown): { problem: UpdateProblem; reason: string } {
  if (error instanceof UpdateRefused) return { problem: error.problem, reason: error.reason };
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  // electron-updater quotes whole response bodies in its messages: the log keeps the first line.
  const reason = `${code ? `${code}: ` : ''}${message.split('\n')[0]!.slice(0, 300)}`;
  const problem = ((): UpdateProblem => {
    if (code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(message)) return 'checksum';
    if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return 'signature';
    if (METADATA_CODES.has(code)) return 'metadata';
    if (e.statusCode === 407 || /net::ERR_(PROXY|TUNNEL)_|ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED/.test(message)) return 'proxy';
    if (OFFLINE_CODES.has(code) || /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|CONNECTION_|NETWORK_|ADDRESS_UNREACHABLE|TIMED_OUT)/.test(message)) return 'offline';
    if (typeof e.statusCode === 'number' || code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' || code.startsWith('HTTP_ERROR_')) return 'server';
    return 'unknown';
  })();
  return { problem, reason };
}
