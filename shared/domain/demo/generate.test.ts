import { describe, expect, it } from 'vitest';
import { vietnamDateOf } from '../calendar/vietnam-time';
import { vietnamWorkingCalendar } from '../calendar/working-calendar';
import { shippedCatalogue } from '../catalogue/shipped-catalogue';
import { parseDossierCode } from '../codes/dossier-code';
import { validateCitizenId, validateEmail, validatePhone, validateTaxCode } from '../dossiers/applicant';
import { dossierSchema } from '../dossiers/dossier';
import { replay } from '../workflow/apply';
import { processingEventSchema } from '../workflow/events';
import { DOSSIER_STATUSES } from '../workflow/status';
import { generateDemoDossiers, iterateDemoDossiers, statusesPresent } from './generate';
import { SeededRandom } from './random';
import { demoStaff } from './staff';

const now = '2026-06-15T03:00:00.000Z';
const options = { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now };
const demo = generateDemoDossiers(7, 3_000, options);

describe('demo data', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = generateDemoDossiers(7, 200, options);
    expect(generateDemoDossiers(7, 200, options)).toEqual(again);
    expect(generateDemoDossiers(8, 200, options).dossiers[0]).not.toEqual(again.dossiers[0]);
  });

  it('shows every status from 1 to 10, even in a demo of ten dossiers', () => {
    expect(statusesPresent(demo.dossiers)).toEqual([...DOSSIER_STATUSES]);
    expect(statusesPresent(generateDemoDossiers(1, 10, options).dossiers)).toEqual([...DOSSIER_STATUSES]);
  });

  it('has histories that the workflow produced: replaying them gives each dossier', () => {
    const byDossier = new Map<string, typeof demo.events>();
    for (const event of demo.events) byDossier.set(event.dossierId, [...(byDossier.get(event.dossierId) ?? []), event]);
    for (const dossier of demo.dossiers) expect(replay(byDossier.get(dossier.id)!)).toEqual(dossier);
  });

  it('has valid rows and events, all before now', () => {
    for (const dossier of demo.dossiers.slice(0, 500)) expect(dossierSchema.safeParse(dossier).success).toBe(true);
    for (const event of demo.events.slice(0, 5_000)) expect(processingEventSchema.safeParse(event).success).toBe(true);
    expect(demo.events.every((e) => e.at < now)).toBe(true);
    expect(new Set(demo.events.map((e) => e.id)).size).toBe(demo.events.length);
  });

  it('gives each dossier a code unique for its unit and day, dated the day it was filed', () => {
    expect(new Set(demo.dossiers.map((d) => d.code)).size).toBe(demo.dossiers.length);
    for (const dossier of demo.dossiers) {
      const parts = parseDossierCode(dossier.code)!;
      expect(parts.unitCode).toBe(dossier.unitCode);
      expect(parts.day).toBe(vietnamDateOf(dossier.submittedAt));
    }
  });

  it('has applicants whose IDs, phones, emails and tax codes pass the intake checks', () => {
    for (const { applicant } of demo.dossiers) {
      expect(validateCitizenId(applicant.idNumber)).toEqual({ ok: true, value: applicant.idNumber });
      expect(validatePhone(applicant.phone).ok).toBe(true);
      if (applicant.email) expect(validateEmail(applicant.email).ok).toBe(true);
      if (applicant.kind === 'organisation') expect(validateTaxCode(applicant.taxCode!).ok).toBe(true);
    }
    expect(demo.dossiers.some((d) => d.applicant.name.startsWith('Công ty'))).toBe(true);
    expect(demo.dossiers.some((d) => d.applicant.kind === 'person')).toBe(true);
  });

  it('spreads receipts over the year before now, on every channel, with about ten events per dossier', () => {
    const months = new Set(demo.dossiers.map((d) => d.submittedAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    expect(new Set(demo.dossiers.map((d) => d.channel))).toEqual(new Set(['online', 'counter', 'postal']));
    const perDossier = demo.events.length / demo.dossiers.length;
    expect(perDossier).toBeGreaterThan(7.5);
    expect(perDossier).toBeLessThan(12);
  });

  it('streams dossiers one by one with the same content as the collected form', () => {
    const streamed = [...iterateDemoDossiers(7, 50, options)].map((item) => item.dossier);
    expect(streamed).toEqual(generateDemoDossiers(7, 50, options).dossiers);
  });

  it('staffs every unit with clerks, specialists, heads, leaders and an administrator', () => {
    const staff = demoStaff(shippedCatalogue);
    for (const unit of shippedCatalogue.units) {
      expect(new Set(staff.filter((o) => o.unitCode === unit.code).map((o) => o.role))).toEqual(new Set(['clerk', 'specialist', 'head', 'leader', 'admin']));
    }
    expect(staff.find((o) => o.id === 'cshtt.ld1')?.title).toBe('Cục trưởng');
  });
});

describe('the seeded generator', () => {
  it('repeats for a seed and makes well-formed version 4 UUIDs', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    expect([a.next(), a.int(1, 6), a.uuid()]).toEqual([b.next(), b.int(1, 6), b.uuid()]);
    for (let i = 0; i < 100; i++) expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
