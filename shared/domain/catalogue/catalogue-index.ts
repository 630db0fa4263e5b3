// Looking procedures, units and fields up by code, and choosing the catalogue version in effect
// on a given day (a dossier is judged by the catalogue in force when it was received).
import { err, ok, type Result } from '../../result';
import type { LocalDate } from '../calendar/local-date';
import { catalogueSchema, type Catalogue, type Field, type Procedure, type ProcessingStep, type Unit } from './catalogue-schema';

export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  procedure(code: string): Procedure | undefined;
  unit(code: string): Unit | undefined;
  field(code: string): Field | undefined;
  proceduresOfUnit(unitCode: string): Procedure[];
}

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const procedures = new Map(catalogue.procedures.map((p) => [p.code, p]));
  const units = new Map(catalogue.units.map((u) => [u.code, u]));
  const fields = new Map(catalogue.fields.map((f) => [f.code, f]));
  return {
    catalogue,
    procedure: (code) => procedures.get(code),
    unit: (code) => units.get(code),
    field: (code) => fields.get(code),
    proceduresOfUnit: (unitCode) => catalogue.procedures.filter((p) => p.unitCode === unitCode),
  };
}

/** Validates a catalogue from the portal or a file; the message names the first problem found. */
export function loadCatalogue(input: unknown): Result<Catalogue> {
  const parsed = catalogueSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  return err('CATALOGUE_INVALID', `Danh mục thủ tục không hợp lệ: ${first?.message ?? 'sai cấu trúc'} (tại ${first?.path.join('.') || 'gốc'}).`);
}

/** The latest version whose effectiveFrom is on or before `day`, or undefined when none is in force yet. */
export function catalogueInEffect(catalogues: readonly Catalogue[], day: LocalDate): Catalogue | undefined {
  return catalogues.filter((c) => c.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

export function stepOf(procedure: Procedure, code: string | null): { step: ProcessingStep; index: number } | undefined {
  const index = procedure.steps.findIndex((step) => step.code === code);
  return index === -1 ? undefined : { step: procedure.steps[index]!, index };
}

/** The first step after the counter's intake: where a received dossier waits to be assigned. */
export function firstProcessingStep(procedure: Procedure): ProcessingStep {
  return procedure.steps[1]!;
}

export function returnStep(procedure: Procedure): ProcessingStep {
  return procedure.steps.at(-1)!;
}
