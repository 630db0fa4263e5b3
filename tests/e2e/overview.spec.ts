// Tổng quan: the day's figures open the Hồ sơ list on exactly the dossiers they count — for the
// whole desk without a profile, for the officer's own work with one — and the urgent five open
// straight into a dossier.
import { addDays, formatVietnameseDate } from '../../shared/domain/calendar/local-date';
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';
import { chooseProfile, demoData, expectations, seedDossiers } from './seed-dossiers';

const data = demoData(300, 14);
const expected = expectations(data);
const total = data.dossiers.length;

test.beforeEach(async ({ page }) => {
  const dossiers = new DossiersPage(page);
  await dossiers.open();
  await expect(dossiers.emptyState).toBeVisible();
});

test('without a profile the figures cover the whole desk, and a card opens the list filtered to it', async ({ page }) => {
  const dossiers = new DossiersPage(page);
  await seedDossiers(page, data);
  await page.goto('/index.html#/tong-quan');
  await expect(page.getByRole('main')).toContainText('Chưa chọn cán bộ làm việc trên máy này');
  await expect(dossiers.workCard('Đang xử lý')).toContainText(String(expected.open.length));
  await expect(dossiers.workCard('Quá hạn')).toContainText(String(expected.overdue.length));
  await expect(dossiers.workCard('Sắp đến hạn')).toContainText(String(expected.dueSoon.length));
  await dossiers.workCard('Quá hạn').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ');
  await expect(dossiers.chip('Quá hạn')).toHaveAttribute('aria-pressed', 'true');
  await expect(dossiers.count).toHaveText(`${expected.overdue.length} trên ${total} hồ sơ`);
});

test("with a specialist's profile, Việc của tôi counts and lists the open dossiers assigned to them", async ({ page }) => {
  const dossiers = new DossiersPage(page);
  const byAssignee = new Map<string, typeof expected.open>();
  const specialists = new Set(data.staff.filter((o) => o.role === 'specialist').map((o) => o.id));
  for (const d of expected.open) if (d.assigneeId && specialists.has(d.assigneeId)) byAssignee.set(d.assigneeId, [...(byAssignee.get(d.assigneeId) ?? []), d]);
  const busiest = [...byAssignee].sort((a, b) => b[1].length - a[1].length)[0]!;
  const specialist = data.staff.find((o) => o.id === busiest[0])!;
  await chooseProfile(page, specialist);
  await seedDossiers(page, data);
  await page.goto('/index.html#/tong-quan');
  await expect(page.getByRole('main')).toContainText(`Chào ${specialist.name}`);
  await expect(dossiers.workCard('Việc của tôi')).toContainText(String(busiest[1].length));
  const urgent = page.getByRole('region', { name: 'Cần xử lý trước' }).getByRole('link');
  await expect(urgent).toHaveCount(Math.min(5, busiest[1].length));
  const firstCode = (await urgent.first().locator('.urgent__code').textContent())!;

  await dossiers.workCard('Việc của tôi').click();
  await expect(dossiers.chip('Của tôi')).toHaveAttribute('aria-pressed', 'true');
  await expect(dossiers.count).toHaveText(`${busiest[1].length} trên ${total} hồ sơ`);

  await page.goto('/index.html#/tong-quan');
  await urgent.first().click();
  await expect(dossiers.detailHeading).toHaveText(firstCode);
});

test('a week bar of the charts, opened by keyboard, lists exactly the dossiers it counts, under a removable date-range chip', async ({ page, shell }) => {
  const dossiers = new DossiersPage(page);
  await seedDossiers(page, data);
  await shell.open('tong-quan');
  const charts = page.getByRole('region', { name: 'Biểu đồ' });
  for (const [series, chip] of [
    ['Tiếp nhận', 'Tiếp nhận'],
    ['Giải quyết', 'Kết thúc xử lý'],
  ] as const) {
    const bars = charts.getByRole('button', { name: new RegExp(`^Tuần từ .*: ${series} \\d+ hồ sơ`) });
    await expect(bars).toHaveCount(12);
    // The busiest week, so the count is not a trivial zero.
    const weeks = (await bars.evaluateAll((rects) => rects.map((rect) => rect.getAttribute('aria-label')!))).map((label) => {
      const [, day, month, year, count] = /^Tuần từ (\d{2})\/(\d{2})\/(\d{4}): .* (\d+) hồ sơ/.exec(label)!;
      return { weekStart: `${year}-${month}-${day}`, count: Number(count) };
    });
    const busiest = weeks.reduce((best, week, i) => (week.count > weeks[best]!.count ? i : best), 0);
    const { weekStart, count } = weeks[busiest]!;
    expect(count).toBeGreaterThan(0);

    await bars.nth(busiest).focus();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toHaveText('Hồ sơ');
    await expect(dossiers.count).toHaveText(`${count} trên ${total} hồ sơ`);
    const range = page.getByRole('button', { name: `Bỏ điều kiện «${chip} từ ${formatVietnameseDate(weekStart)} đến ${formatVietnameseDate(addDays(weekStart, 6))}»` });
    await expect(range).toBeVisible();
    await range.focus();
    await page.keyboard.press('Enter');
    await expect(range).toHaveCount(0);
    await expect(dossiers.count).toHaveText(`${total} hồ sơ`);
    await shell.open('tong-quan');
  }
});
