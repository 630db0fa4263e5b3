// The dossier's components as the officer checks them: each component the procedure lists, what
// the applicant filed for it at intake and in supplement rounds, whether a supplement is being
// asked for it now, and the electronic files attached to it.
import type { DocumentComponent, Procedure } from '../../../../shared/domain/catalogue/catalogue-schema';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import type { DossierFile } from '../../store/records';

export type ComponentEntry = {
  code: string;
  name: string;
  required: boolean;
  /** Originals and copies filed at intake; null when the component was not filed then. */
  filed: { originals: number; copies: number } | null;
  /** Supplement rounds in which the applicant brought this component. */
  supplementedIn: number[];
  /** The open supplement request (status 5) names this component. */
  requestedNow: boolean;
  files: DossierFile[];
};

export function dossierComponents(
  dossier: Pick<Dossier, 'status'>,
  procedure: Pick<Procedure, 'components'> | undefined,
  events: readonly ProcessingEvent[],
  files: readonly DossierFile[],
): ComponentEntry[] {
  const filed = new Map<string, { originals: number; copies: number }>();
  const supplemented = new Map<string, number[]>();
  let lastRequest: readonly string[] = [];
  for (const event of events) {
    if ((event.type === 'submitted' || event.type === 'received' || event.type === 'refusedToReceive') && event.payload.origin) {
      for (const d of event.payload.origin.intake.documents) filed.set(d.componentCode, { originals: d.originals, copies: d.copies });
    } else if (event.type === 'supplementRecorded') {
      for (const d of event.payload.documents) supplemented.set(d.componentCode, [...(supplemented.get(d.componentCode) ?? []), event.payload.round]);
    } else if (event.type === 'supplementRequested') {
      lastRequest = event.payload.missingComponents;
    }
  }
  const requested = new Set(dossier.status === 5 ? lastRequest : []);
  const listed: DocumentComponent[] = [...(procedure?.components ?? [])];
  // Components filed under codes today's catalogue no longer lists still show, by their code.
  const known = new Set(listed.map((c) => c.code));
  for (const code of [...filed.keys(), ...supplemented.keys(), ...files.map((f) => f.componentCode)]) {
    if (!known.has(code)) {
      known.add(code);
      listed.push({ code, name: code, required: false, originals: 0, copies: 0 });
    }
  }
  return listed.map((component) => ({
    code: component.code,
    name: component.name,
    required: component.required,
    filed: filed.get(component.code) ?? null,
    supplementedIn: supplemented.get(component.code) ?? [],
    requestedNow: requested.has(component.code),
    files: files.filter((file) => file.componentCode === component.code),
  }));
}
