// What the officer sees of a dossier's components: filed at intake, supplemented, asked for now, with files.
import { describe, expect, it } from 'vitest';
import type { DocumentComponent } from '../../../../shared/domain/catalogue/catalogue-schema';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import type { DossierFile } from '../../store/records';
import { dossierComponents } from './components';

const components: DocumentComponent[] = [
  { code: 'TK', name: 'Tờ khai', required: true, originals: 2, copies: 0 },
  { code: 'MNH', name: 'Mẫu nhãn hiệu', required: true, originals: 5, copies: 0 },
  { code: 'GUQ', name: 'Giấy ủy quyền', required: false, originals: 1, copies: 0 },
];

const origin = {
  intake: { code: 'CSHTT-260310-0001', procedureCode: '1.005157', channel: 'counter', applicant: {} as never, summary: 'x', documents: [{ componentCode: 'TK', originals: 2, copies: 0 }] },
  fieldCode: 'SHTT',
  unitCode: 'CSHTT',
};
const events = [
  { type: 'received', payload: { origin } },
  { type: 'supplementRequested', payload: { round: 1, missingComponents: ['MNH'] } },
  { type: 'supplementRecorded', payload: { round: 1, documents: [{ componentCode: 'MNH', originals: 5, copies: 0 }] } },
  { type: 'supplementRequested', payload: { round: 2, missingComponents: ['GUQ'] } },
] as unknown as ProcessingEvent[];
const file = { id: 'f1', dossierId: 'd', componentCode: 'TK', sha256: 'ab', name: 'to-khai.pdf', size: 10, mimeType: 'application/pdf', addedAt: '', addedBy: '' } satisfies DossierFile;

describe("a dossier's components", () => {
  it('show what was filed at intake, what came in a supplement round, and what is being asked for now', () => {
    const entries = dossierComponents({ status: 5 }, { components }, events, [file]);
    expect(entries.map((e) => [e.code, e.filed, e.supplementedIn, e.requestedNow, e.files.length])).toEqual([
      ['TK', { originals: 2, copies: 0 }, [], false, 1],
      ['MNH', null, [1], false, 0],
      ['GUQ', null, [], true, 0],
    ]);
  });

  it('stop marking a component as asked for once the dossier is no longer waiting for a supplement', () => {
    expect(dossierComponents({ status: 4 }, { components }, events, []).some((e) => e.requestedNow)).toBe(false);
  });

  it('still list a component filed under a code the catalogue no longer knows', () => {
    const stray = { ...file, componentCode: 'OLD' };
    const entries = dossierComponents({ status: 4 }, { components }, events, [stray]);
    expect(entries.at(-1)).toMatchObject({ code: 'OLD', name: 'OLD', files: [stray] });
  });
});
