import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { freshDatabase, catalogue } from '../store/test-support';
import { draftableKinds, kindAllowed } from './document-kinds';
import { pdfFileName } from './document-labels';
import { dossierInProcessing } from './test-support';

describe('which documents a dossier offers to draft', () => {
  it('a decision while processing, the receipt slip (01) and the control sheet (06) once received', async () => {
    const db = freshDatabase();
    const dossier = await dossierInProcessing(db, { now: '2026-03-10T02:00:00.000Z' });
    const events = await db.events.where('dossierId').equals(dossier.id).toArray();
    db.close();
    const procedure = catalogue.procedure(dossier.procedureCode);
    const kinds = draftableKinds(dossier, procedure, events);
    expect(kinds[0]).toBe('decision');
    expect(kinds).toContain('form-01');
    expect(kinds).toContain('form-06');
    expect(draftableKinds({ ...dossier, status: 10 }, procedure, events)).not.toContain('decision');
    expect(kindAllowed('decision', 10)).toBe(false);
    expect(kindAllowed('form-02', 10)).toBe(true);
  });

  it('saves a decision as an ASCII file name without the slash of its number', () => {
    const t = translator('vi');
    expect(pdfFileName(t, { kind: 'decision', number: '15/QĐ-UDCN' }, 'CUDCN-260310-0001')).toBe('Quyet-dinh-15-QD-UDCN.pdf');
    expect(pdfFileName(t, { kind: 'form-02' }, 'CUDCN-260310-0001')).toBe('Mau-02-CUDCN-260310-0001.pdf');
  });
});
