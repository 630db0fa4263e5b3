// The demo roster the stand-in profile picker offers.
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { actorOf, demoRoster, officersOfUnit, rosterUnits } from './roster';

describe('the demo roster behind the profile picker', () => {
  it('offers every unit of the catalogue, each with at least one counter clerk', () => {
    const units = rosterUnits();
    expect(units.map((u) => u.code)).toEqual(shippedCatalogue.units.map((u) => u.code));
    for (const unit of units) expect(officersOfUnit(unit.code).some((o) => o.role === 'clerk')).toBe(true);
  });

  it('is the same officers every time, so a remembered choice still names the same person', () => {
    expect(demoRoster()).toBe(demoRoster());
    expect(officersOfUnit('CUDCN')[0]).toMatchObject({ id: 'cudcn.mc1', role: 'clerk', unitCode: 'CUDCN' });
  });

  it('records an officer as a bare actor, without the title shown in the picker', () => {
    const officer = officersOfUnit('CUDCN')[0]!;
    expect(actorOf(officer)).toEqual({ id: officer.id, name: officer.name, role: 'clerk', unitCode: 'CUDCN' });
  });
});
