// Test data for the dossier screens: the demo generator's dossiers and histories (the same code
// the app's "Nạp dữ liệu mẫu" runs), written straight into the app's IndexedDB in the page, so a
// spec does not depend on another screen to get its data. Nothing in the app is test-only.
import { expect, type Page } from '@playwright/test';
import { DossiersPage } from './pages/dossiers-page';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { generateDemoDossiers, type DemoData } from '../../shared/domain/demo/generate';
import type { DemoOfficer } from '../../shared/domain/demo/staff';
import { vietnamDateOf } from '../../shared/domain/calendar/vietnam-time';
import { dueWindow, isOverdue } from '../../shared/domain/deadlines/timeliness';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import { foldVietnamese } from '../../shared/domain/text/fold';
import { isOpen } from '../../shared/domain/workflow/status';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';
import { reportFactsOf } from '../../shared/reports/report-facts';

export type SeedFile = { dossierId: string; componentCode: string; name: string; mimeType: string; bytes: number[] };

/**
 * `count` demo dossiers from a fixed seed, as they stood `daysAgo` days ago: a desk left alone for
 * a while, so some open dossiers have gone past their promised date by today.
 */
export function demoData(count: number, daysAgo = 0, seed = 2026): DemoData {
  const now = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return generateDemoDossiers(seed, count, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now });
}

/** Facts a spec expects of the list, computed from the data with the domain's own rules. */
export function expectations(data: Pick<DemoData, 'dossiers'>) {
  const today = vietnamDateOf(new Date().toISOString());
  const { dueSoonUntil } = dueWindow(today, vietnamWorkingCalendar());
  const words = (d: Dossier) => foldVietnamese(`${d.code} ${d.applicant.name} ${d.applicant.idNumber} ${d.applicant.taxCode ?? ''} ${d.summary}`).split(/[^a-z0-9]+/);
  return {
    today,
    open: data.dossiers.filter((d) => isOpen(d.status)),
    overdue: data.dossiers.filter((d) => isOverdue(d, today)),
    dueSoon: data.dossiers.filter((d) => isOpen(d.status) && !d.pausedSince && d.dueDate !== null && d.dueDate >= today && d.dueDate <= dueSoonUntil),
    matching: (word: string) => data.dossiers.filter((d) => words(d).some((w) => w.startsWith(word))),
  };
}

/**
 * Writes the dossiers, their events, their report facts (as the app's import derives them) and any
 * files into the app's database, then reloads so the app reads them at start-up. The app must have
 * opened its database once (any screen has).
 */
export async function seedDossiers(page: Page, data: Pick<DemoData, 'dossiers' | 'events'>, files: SeedFile[] = []): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'dossier-desk'));
  const histories = new Map<string, ProcessingEvent[]>();
  for (const event of data.events) histories.set(event.dossierId, [...(histories.get(event.dossierId) ?? []), event]);
  const facts = data.dossiers.flatMap((d) => reportFactsOf((histories.get(d.id) ?? []).sort((a, b) => a.version - b.version)) ?? []);
  await page.evaluate(
    async ({ dossiers, events, facts, files }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['dossiers', 'events', 'reportFacts', 'attachments', 'dossierFiles'], 'readwrite');
      for (const dossier of dossiers) tx.objectStore('dossiers').put(dossier);
      for (const row of facts) tx.objectStore('reportFacts').put(row);
      for (const event of events) tx.objectStore('events').put(event);
      for (const file of files) {
        const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(file.bytes))), (b) => b.toString(16).padStart(2, '0')).join('');
        const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
        tx.objectStore('attachments').put({ sha256, size: file.bytes.length, mimeType: file.mimeType, blob, storedAt: new Date().toISOString() });
        tx.objectStore('dossierFiles').put({
          id: crypto.randomUUID(),
          dossierId: file.dossierId,
          componentCode: file.componentCode,
          sha256,
          name: file.name,
          size: file.bytes.length,
          mimeType: file.mimeType,
          addedAt: new Date().toISOString(),
          addedBy: 'seed',
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { dossiers: data.dossiers, events: data.events, facts, files },
  );
  await page.reload();
}

/** A fresh desk with these dossiers (and files), the officer chosen, opened on one dossier. */
export async function openSeededDossier(page: Page, data: Pick<DemoData, 'dossiers' | 'events'>, officer: DemoOfficer | null, dossierId: string, files: SeedFile[] = []) {
  const dossiers = new DossiersPage(page);
  await dossiers.open();
  await expect(dossiers.emptyState).toBeVisible();
  if (officer) await chooseProfile(page, officer);
  await seedDossiers(page, data, files);
  await expect(dossiers.rows.first()).toBeVisible();
  await page.goto(`/index.html#/ho-so/${dossierId}`);
  await expect(dossiers.timelineItems.first()).toBeVisible();
  return dossiers;
}

/** Chooses the officer at this desk the way the stand-in profile picker remembers it. */
export async function chooseProfile(page: Page, officer: DemoOfficer): Promise<void> {
  await page.evaluate((chosen) => localStorage.setItem('desk.profile', JSON.stringify(chosen)), {
    id: officer.id,
    name: officer.name,
    role: officer.role,
    unitCode: officer.unitCode,
    title: officer.title,
  });
}
