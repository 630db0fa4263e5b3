// The procedure catalogue shipped with the application: a demo reconstruction of MOST procedures
// (codes, fees and times to be checked against the national procedure database before real use).
import type { Catalogue } from './catalogue-schema';
import { industrialPropertyProcedures } from './data/industrial-property';
import { radiationSafetyProcedures } from './data/radiation-safety';
import { scienceOrganisationProcedures } from './data/science-organisations';
import { technologyProcedures } from './data/technology';
import { fields, units } from './data/units';

export const shippedCatalogue: Catalogue = {
  version: '2025.2-demo',
  effectiveFrom: '2025-07-01',
  units,
  fields,
  procedures: [...technologyProcedures, ...scienceOrganisationProcedures, ...radiationSafetyProcedures, ...industrialPropertyProcedures],
};
