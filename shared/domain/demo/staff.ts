// The demo roster of each unit: two counter clerks, four specialists, two heads of division, two
// leaders and an administrator, with stable ids so a demo can sign in as any of them.
import type { Unit } from '../catalogue/catalogue-schema';
import type { Actor, Role } from '../officers/officer';
import { demoPerson } from './applicants';
import { SeededRandom } from './random';

export type DemoOfficer = Actor & { title: string };

const ROSTER: readonly (readonly [Role, number, string])[] = [
  ['clerk', 2, 'Cán bộ Bộ phận Một cửa'],
  ['specialist', 4, 'Chuyên viên'],
  ['head', 2, 'Trưởng phòng'],
  ['leader', 2, 'Lãnh đạo đơn vị'],
  ['admin', 1, 'Quản trị hệ thống'],
];

const ROLE_TAG: Record<Role, string> = { clerk: 'mc', specialist: 'cv', head: 'tp', leader: 'ld', admin: 'qt' };

// The head of a Cục is Cục trưởng, of a Vụ Vụ trưởng, of the Văn phòng Chánh Văn phòng; the second leader is a deputy.
function leaderTitle(unitName: string, n: number): string {
  const title = unitName.startsWith('Văn phòng') ? 'Chánh Văn phòng' : unitName.startsWith('Vụ') ? 'Vụ trưởng' : 'Cục trưởng';
  return n === 1 ? title : `Phó ${title}`;
}

/** Every unit's roster; the same catalogue always gives the same officers. */
export function demoStaff(catalogue: { units: readonly Unit[] }): DemoOfficer[] {
  const rng = new SeededRandom(0x5eed_0ff1);
  const staff: DemoOfficer[] = [];
  for (const unit of catalogue.units) {
    for (const [role, count, title] of ROSTER) {
      for (let n = 1; n <= count; n++) {
        staff.push({
          id: `${unit.code.toLowerCase()}.${ROLE_TAG[role]}${n}`,
          name: demoPerson(rng).name,
          role,
          unitCode: unit.code,
          title: role === 'leader' ? leaderTitle(unit.name, n) : title,
        });
      }
    }
  }
  return staff;
}
