// Who the officers of each unit are, for assignee names in the list and the pickers of the assign
// and forward dialogs. Until sign-in and sync bring the real roster, the demo roster stands in
// (the same one the demo data and the profile stand-in use); events carry names of their own.
import type { Catalogue } from '../../../shared/domain/catalogue/catalogue-schema';
import { demoStaff, type DemoOfficer } from '../../../shared/domain/demo/staff';
import type { Role } from '../../../shared/domain/officers/officer';

export type OfficerDirectory = {
  all: readonly DemoOfficer[];
  byId(id: string): DemoOfficer | undefined;
  /** The officers of a unit in a role, in roster order. */
  of(unitCode: string, role: Role): DemoOfficer[];
};

const directories = new WeakMap<object, OfficerDirectory>();

export function officerDirectory(catalogue: Pick<Catalogue, 'units'>): OfficerDirectory {
  let directory = directories.get(catalogue);
  if (!directory) {
    const all = demoStaff(catalogue);
    const byId = new Map(all.map((officer) => [officer.id, officer]));
    directory = {
      all,
      byId: (id) => byId.get(id),
      of: (unitCode, role) => all.filter((officer) => officer.unitCode === unitCode && officer.role === role),
    };
    directories.set(catalogue, directory);
  }
  return directory;
}
