// The national dossier status codes (TrangThaiHoSo) exchanged with the public-service portal.
import { z } from 'zod';

export const DOSSIER_STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const dossierStatusSchema = z.literal(DOSSIER_STATUSES);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;

export const statusNames: Record<DossierStatus, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** No action leaves these: refused at intake, withdrawn, stopped, result returned. */
export const TERMINAL_STATUSES: ReadonlySet<DossierStatus> = new Set<DossierStatus>([3, 7, 8, 10]);

/** Statuses in which the clock does not run (Decree 118/2025: time waiting on the applicant is not counted). */
export const PAUSED_STATUSES: ReadonlySet<DossierStatus> = new Set<DossierStatus>([5, 6]);

export function isTerminal(status: DossierStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** Still being worked on: counted as "in progress" in the Biểu 06 report. */
export function isOpen(status: DossierStatus): boolean {
  return status === 1 || status === 2 || status === 4 || status === 5 || status === 6;
}

export function statusLabel(status: DossierStatus): string {
  return `${status} - ${statusNames[status]}`;
}
