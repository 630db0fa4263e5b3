import { describe, expect, it } from 'vitest';
import { buildDecisionDraft, buildFormDraft, toSigner } from './build-drafts';
import { formatPlaceAndDate } from './compose/decree30';
import { validateDraft } from './draft-schema';
import { sampleContext, sampleDossier } from './sample-documents';
import { fill, pickVersion } from './templates/template-text';

describe('drafts filled from a dossier', () => {
  const sample = sampleDossier('decision');

  it('a decision names the applicant, takes its number from the unit’s block and is signed KT. by a deputy', () => {
    const draft = buildDecisionDraft(sample.dossier, sampleContext(sample, { number: 7 }));
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(draft.value.number).toMatch(/^7\/QĐ-[A-Z]+$/u);
    expect(draft.value.summary).toContain(sample.dossier.applicant.name);
    expect(draft.value.articles[0]!.paragraphs[0]).toContain(sample.dossier.code);
    expect(draft.value.signer).toMatchObject({ authority: 'KT.', authorityTitle: 'Cục trưởng', position: 'Phó Cục trưởng' });
    expect(draft.value.legalBases.at(-1)).toMatch(/^Xét đề nghị/u);
    expect(validateDraft(draft.value).ok).toBe(true);
  });

  it('the officer’s edits to legal bases and articles are kept as data and still validate', () => {
    const draft = buildDecisionDraft(sample.dossier, sampleContext(sample));
    if (!draft.ok) throw new Error(draft.error.message);
    const edited = { ...draft.value, legalBases: ['Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025;', ...draft.value.legalBases] };
    expect(validateDraft(edited)).toEqual({ ok: true, value: edited });
  });

  it('a form that needs a signer says so when none is chosen', () => {
    const context = sampleContext(sample);
    delete context.signer;
    expect(buildFormDraft('04', sample.dossier, context)).toMatchObject({ ok: false, error: { code: 'SIGNER_MISSING' } });
    expect(buildFormDraft('01', sample.dossier, context).ok).toBe(true);
  });

  it('a head of unit signs without a prefix', () => {
    expect(toSigner({ name: 'Lê Văn An', title: 'Cục trưởng' })).toEqual({ authority: null, authorityTitle: null, position: 'Cục trưởng', name: 'Lê Văn An' });
  });
});

describe('templates as data', () => {
  it('an unknown placeholder is reported, not printed', () => {
    expect(fill('Cấp cho {applicant} ngày {signedOn}', { applicant: 'An' })).toMatchObject({ ok: false, error: { code: 'TEMPLATE_FIELD_UNKNOWN' } });
  });

  it('the version in force on the document’s date is used', () => {
    const versions = [
      { id: 'a', version: '2024.1', effectiveFrom: '2024-01-01' },
      { id: 'a', version: '2025.1', effectiveFrom: '2025-07-01' },
    ];
    expect(pickVersion(versions, '2025-06-30', () => true)?.version).toBe('2024.1');
    expect(pickVersion(versions, '2025-07-01', () => true)?.version).toBe('2025.1');
  });
});

describe('place and date (Decree 30)', () => {
  it('writes days below 10 and the months January and February with a leading zero', () => {
    expect(formatPlaceAndDate('Hà Nội', '2016-03-24')).toBe('Hà Nội, ngày 24 tháng 3 năm 2016');
    expect(formatPlaceAndDate('Hà Nội', '2013-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2013');
    expect(formatPlaceAndDate('Đà Nẵng', '2025-12-01')).toBe('Đà Nẵng, ngày 01 tháng 12 năm 2025');
  });
});

describe('one-stop slips filled from the dossier’s history', () => {
  it('the supplement request (form 02) lists the reason and the missing documents by name', () => {
    const sample = sampleDossier('decision');
    const at = sample.events.at(-1)!.at;
    const request = {
      ...sample.events.at(-1)!,
      type: 'supplementRequested' as const,
      at,
      payload: { round: 1, reason: 'Hồ sơ thiếu giấy tờ sau:', missingComponents: ['CTPL'], remainingWorkingDays: 3, resumeStatus: 4 as const },
    };
    const draft = buildFormDraft('02', sample.dossier, sampleContext(sample, { events: [...sample.events, request] }));
    if (!draft.ok) throw new Error(draft.error.message);
    const texts = draft.value.sections.map((s) => (s.type === 'text' ? s.text : '')).join('\n');
    expect(texts).toContain('Hồ sơ thiếu giấy tờ sau:\n- Chứng từ nộp phí, lệ phí;');
    expect(texts).not.toContain('{reason}');
  });
});
