import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../../shared/documents/draft-schema';
import { freshDatabase } from '../store/test-support';
import { draftWith, fieldsOf } from './draft-fields';
import { decisionDraftFor, dossierInProcessing } from './test-support';

describe('editing a decision draft in the editor boxes', () => {
  it('round-trips, and reads one legal basis or recipient per line, one paragraph per line', async () => {
    const db = freshDatabase();
    const draft = decisionDraftFor(await dossierInProcessing(db, { now: '2026-03-10T02:00:00.000Z' }));
    db.close();
    const fields = fieldsOf(draft);
    expect(draftWith(draft, fields)).toEqual(draft);
    if (fields.kind !== 'decision') throw new Error('not a decision');
    const edited = draftWith(draft, { ...fields, legalBases: 'Căn cứ Luật A;\n\n  Căn cứ Luật B;  \n', articles: [...fields.articles, 'Điều khoản mới.\nĐoạn hai.'] });
    expect(edited.kind === 'decision' && edited.legalBases).toEqual(['Căn cứ Luật A;', 'Căn cứ Luật B;']);
    expect(edited.kind === 'decision' && edited.articles.at(-1)).toEqual({ paragraphs: ['Điều khoản mới.', 'Đoạn hai.'] });
    expect(validateDraft(edited).ok).toBe(true);
  });

  it('an emptied article stays, so validation tells the officer which box is empty', async () => {
    const db = freshDatabase();
    const draft = decisionDraftFor(await dossierInProcessing(db, { now: '2026-03-10T02:00:00.000Z' }));
    db.close();
    const fields = fieldsOf(draft);
    if (fields.kind !== 'decision') throw new Error('not a decision');
    const emptied = draftWith(draft, { ...fields, articles: ['  ', ...fields.articles.slice(1)] });
    expect(validateDraft(emptied)).toMatchObject({ ok: false, error: { message: '«Nội dung điều» đang để trống.' } });
  });
});
