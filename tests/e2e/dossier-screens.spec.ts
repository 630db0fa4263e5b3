// Pictures of the officer's daily screens at the two window sizes the app supports (1280×800 and
// 1024×680), for a human to look at: the list with 200+ dossiers, a dossier with its history, an
// action dialog, and Tổng quan. Each picture also proves the screen fits without side scrolling.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';
import { chooseProfile, demoData, seedDossiers } from './seed-dossiers';

// Two weeks without work on the desk: some dossiers overdue, so every tone of the list shows.
const data = demoData(240, 14);
const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 680 },
] as const;

// The specialist with the most open work, on the dossier of theirs with the longest history.
const open = data.dossiers.filter((d) => d.status === 4 && d.assigneeId && d.step?.kind === 'process');
const specialist = data.staff
  .filter((o) => o.role === 'specialist')
  .map((o) => ({ officer: o, count: open.filter((d) => d.assigneeId === o.id).length }))
  .sort((a, b) => b.count - a.count)[0]!.officer;
const historyLength = (id: string) => data.events.filter((e) => e.dossierId === id).length;
const dossier = open.filter((d) => d.assigneeId === specialist.id).sort((a, b) => historyLength(b.id) - historyLength(a.id))[0]!;

async function noSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}

for (const size of sizes) {
  test(`the daily screens at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const dossiers = new DossiersPage(page);
    await dossiers.open();
    await expect(dossiers.emptyState).toContainText('Chưa có hồ sơ nào');
    await chooseProfile(page, specialist);
    await seedDossiers(page, data);
    await expect(dossiers.rows.first()).toBeVisible();
    await noSideScroll(page);
    await dossiers.screenshot(`dossiers-list-${size.width}`);

    await page.goto(`/index.html#/ho-so/${dossier.id}`);
    await expect(dossiers.detailHeading).toHaveText(dossier.code);
    await expect(dossiers.timelineItems).toHaveCount(historyLength(dossier.id));
    await noSideScroll(page);
    await dossiers.screenshot(`dossier-detail-${size.width}`);
    await dossiers.timelineItems.last().scrollIntoViewIfNeeded();
    await dossiers.screenshot(`dossier-timeline-${size.width}`);

    await dossiers.action('Yêu cầu bổ sung hồ sơ').click();
    await expect(dossiers.dialog).toBeVisible();
    await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(dossiers.dialog.getByRole('alert')).not.toBeEmpty();
    await dossiers.screenshot(`dossier-dialog-${size.width}`);
    await page.keyboard.press('Escape');
    await expect(dossiers.dialog).toBeHidden();

    await page.goto('/index.html#/tong-quan');
    await expect(page.locator('.work-cards')).toBeVisible();
    await noSideScroll(page);
    await dossiers.screenshot(`overview-${size.width}`);
  });
}
