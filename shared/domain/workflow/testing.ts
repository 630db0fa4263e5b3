// Fixtures for tests of the workflow here and on the portal: officers of one unit, a deterministic
// environment, a complete counter intake and Vietnamese wall-clock times. Pure, like the rest.
import { minutesOfClockTime, vietnamInstant, type Instant } from '../calendar/vietnam-time';
import { vietnamWorkingCalendar } from '../calendar/working-calendar';
import { indexCatalogue } from '../catalogue/catalogue-index';
import { shippedCatalogue } from '../catalogue/shipped-catalogue';
import type { DossierIntake } from '../dossiers/dossier';
import type { Actor, Role } from '../officers/officer';
import type { WorkflowEnv } from './decide';

/** '2025-03-03 10:00' read on a Vietnamese clock, as an instant. */
export function vn(dateTime: string): Instant {
  const [date, time] = dateTime.split(' ');
  return vietnamInstant(date!, minutesOfClockTime(time ?? '08:00'));
}

const names: Record<Role, string[]> = {
  clerk: ['Nguyễn Thị Lan', 'Trần Văn Hùng'],
  specialist: ['Lê Minh Tuấn', 'Phạm Thu Hà'],
  head: ['Đặng Quốc Bảo', 'Vũ Thị Hạnh'],
  leader: ['Hoàng Văn Long', 'Bùi Thị Mai'],
  admin: ['Ngô Đức Anh', 'Đỗ Thị Yến'],
};

export function officer(role: Role, n: 1 | 2 = 1, unitCode = 'CUDCN'): Actor {
  return { id: `${unitCode.toLowerCase()}.${role}${n}`, name: names[role][n - 1]!, role, unitCode };
}

export const ref = ({ id, name, role }: Actor) => ({ id, name, role });

/** UUID v4-shaped ids 1, 2, 3... so tests can name the events they expect. */
export function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

export function testEnv(): WorkflowEnv {
  return { calendar: vietnamWorkingCalendar(), catalogue: indexCatalogue(shippedCatalogue), newEventId: sequentialIds() };
}

/** A complete technology-transfer registration (5 working days, 15:00 cut-off) filed at the counter. */
export function counterIntake(overrides: Partial<DossierIntake> = {}): DossierIntake {
  return {
    code: 'CUDCN-250303-0001',
    procedureCode: '1.004512',
    channel: 'counter',
    applicant: {
      kind: 'organisation',
      name: 'Công ty TNHH Công nghệ Sao Việt',
      idNumber: '001085012345',
      phone: '0912345678',
      email: 'vanphong@saoviet.vn',
      taxCode: '0100109106',
      representative: 'Nguyễn Thị Ánh Tuyết',
      address: 'Số 12 Hoàng Quốc Việt, Cầu Giấy, Hà Nội',
    },
    summary: 'Đăng ký hợp đồng chuyển giao công nghệ sấy lạnh nông sản',
    documents: [
      { componentCode: 'VB', originals: 1, copies: 0 },
      { componentCode: 'HD', originals: 1, copies: 0 },
      { componentCode: 'TCPL', originals: 0, copies: 1 },
    ],
    ...overrides,
  };
}
