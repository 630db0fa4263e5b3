// Test helpers for the store: a fresh fake-indexeddb database and the demo catalogue, calendar
// and roster, so tests read like the counter's day.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { indexCatalogue } from '../../../shared/domain/catalogue/catalogue-index';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { demoStaff } from '../../../shared/domain/demo/staff';
import type { DossierIntake } from '../../../shared/domain/dossiers/dossier';
import type { Role } from '../../../shared/domain/officers/officer';
import { DeskDatabase } from './database';
import type { StoreContext } from './processing';

export function freshDatabase(name = `test-${crypto.randomUUID()}`, upTo?: number): DeskDatabase {
  return new DeskDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }, upTo);
}

export const calendar = vietnamWorkingCalendar();
export const catalogue = indexCatalogue(shippedCatalogue);
export const staff = demoStaff(shippedCatalogue);

export function officer(unitCode: string, role: Role, n = 1) {
  const found = staff.filter((o) => o.unitCode === unitCode && o.role === role)[n - 1];
  if (!found) throw new Error(`no ${role} ${n} at ${unitCode}`);
  const { id, name, role: r, unitCode: u } = found;
  return { id, name, role: r, unitCode: u };
}

export function storeContext(db: DeskDatabase, clock: { now: string }): StoreContext {
  return {
    db,
    env: { calendar, catalogue, newEventId: () => crypto.randomUUID() },
    now: () => clock.now,
    newId: () => crypto.randomUUID(),
  };
}

/** A complete counter intake for the first person-facing procedure of a unit. */
export function counterDraft(unitCode: string): Omit<DossierIntake, 'code'> {
  const procedure = shippedCatalogue.procedures.find((p) => p.unitCode === unitCode && p.applicantKinds.includes('person') && p.processingDays !== null);
  if (!procedure) throw new Error(`no procedure for persons at ${unitCode}`);
  return {
    procedureCode: procedure.code,
    channel: 'counter',
    applicant: { kind: 'person', name: 'Nguyễn Thị Ánh Tuyết', idNumber: '001190012345', phone: '0912345678', email: 'tuyet@example.vn', address: 'Số 1 Tràng Tiền, Hà Nội' },
    summary: `${procedure.name} — hồ sơ thử nghiệm`,
    documents: procedure.components.map((c) => ({ componentCode: c.code, originals: c.originals, copies: c.copies })),
  };
}
