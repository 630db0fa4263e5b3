// The demo roster the stand-in profile picker offers: every unit of the shipped catalogue with its
// officers, built once from the fixed seed so the same choice means the same officer every day.
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import type { Unit } from '../../../shared/domain/catalogue/catalogue-schema';
import { demoStaff, type DemoOfficer } from '../../../shared/domain/demo/staff';
import type { Actor } from '../../../shared/domain/officers/officer';

let roster: DemoOfficer[] | undefined;

export function demoRoster(): readonly DemoOfficer[] {
  return (roster ??= demoStaff(shippedCatalogue));
}

/** Units in catalogue order that have at least one officer on the roster. */
export function rosterUnits(units: readonly Unit[] = shippedCatalogue.units, staff: readonly DemoOfficer[] = demoRoster()): Unit[] {
  const staffed = new Set(staff.map((officer) => officer.unitCode));
  return units.filter((unit) => staffed.has(unit.code));
}

export function officersOfUnit(unitCode: string, staff: readonly DemoOfficer[] = demoRoster()): DemoOfficer[] {
  return staff.filter((officer) => officer.unitCode === unitCode);
}

/** The actor the workflow records: the profile's extra fields (title) stay out of events. */
export function actorOf(officer: Actor): Actor {
  return { id: officer.id, name: officer.name, role: officer.role, unitCode: officer.unitCode };
}
