// Filled sample documents from the demo catalogue and demo dossiers (seeded, so always the same):
// for the CLI's `pdf sample`, the tests' reference images and the benchmark.
import { vietnamWorkingCalendar } from '../domain/calendar/working-calendar';
import { indexCatalogue } from '../domain/catalogue/catalogue-index';
import { shippedCatalogue } from '../domain/catalogue/shipped-catalogue';
import type { ResultKind } from '../domain/catalogue/catalogue-schema';
import { iterateDemoDossiers, type DemoDossier } from '../domain/demo/generate';
import { demoStaff } from '../domain/demo/staff';
import type { DocumentContext } from './build-drafts';

export const SAMPLE_NOW = '2026-03-16T03:00:00.000Z';
export const SAMPLE_ISSUED_ON = '2026-03-16';

const catalogue = indexCatalogue(shippedCatalogue);

/** The first seeded demo dossier whose procedure ends in `kind`, received and not refused. */
export function sampleDossier(kind: ResultKind = 'decision'): DemoDossier {
  const options = { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: SAMPLE_NOW, days: 120 };
  for (const item of iterateDemoDossiers(20260316, 400, options)) {
    const procedure = catalogue.procedure(item.dossier.procedureCode);
    const { dossier } = item;
    if (procedure?.result.kind === kind && dossier.receivedAt && dossier.outcome !== 'refused' && [4, 9, 10].includes(dossier.status)) return item;
  }
  throw new Error(`No demo dossier ends in a ${kind}.`);
}

/** The unit's deputy head signs (KT.), its first clerk receives; the number is fixed for stable bytes. */
export function sampleContext(sample: DemoDossier, overrides: Partial<DocumentContext> = {}): DocumentContext {
  const staff = demoStaff(shippedCatalogue).filter((o) => o.unitCode === sample.dossier.unitCode);
  const deputy = staff.find((o) => o.role === 'leader' && o.title.startsWith('Phó')) ?? staff.find((o) => o.role === 'leader')!;
  const clerk = staff.find((o) => o.role === 'clerk')!;
  return {
    catalogue,
    issuedOn: SAMPLE_ISSUED_ON,
    number: 125,
    signer: { name: deputy.name, title: deputy.title },
    officer: { name: clerk.name },
    events: sample.events,
    ...overrides,
  };
}
