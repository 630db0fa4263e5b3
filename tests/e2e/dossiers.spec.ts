// Hồ sơ in web mode: the list over a few hundred demo dossiers (count, accent-free search, overdue
// filter, sort, saved views), the keyboard path into a dossier and back, and what a dossier shows.
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';
import { demoData, expectations, seedDossiers } from './seed-dossiers';
import { foldVietnamese } from '../../shared/domain/text/fold';

// As the desk stood two weeks ago: some open dossiers are past their promised date today.
const data = demoData(300, 14);
const expected = expectations(data);
const total = data.dossiers.length;

/** dd/MM/yyyy → yyyy-MM-dd, so dates compare as strings. */
const isoOf = (text: string) => text.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$2-$1');

test('without dossiers, the list and Tổng quan say so instead of showing an empty table', async ({ page }) => {
  const dossiers = new DossiersPage(page);
  await dossiers.open();
  await expect(dossiers.emptyState).toContainText('Chưa có hồ sơ nào trên máy này.');
  await expect(dossiers.emptyState).toContainText('nạp dữ liệu mẫu trong Cài đặt');
  await expect(dossiers.list).toHaveCount(0);
  await page.goto('/index.html#/tong-quan');
  await expect(page.getByRole('main')).toContainText('Chưa có hồ sơ nào trên máy này.');
});

test.describe('with a few hundred dossiers on the desk', () => {
  test.beforeEach(async ({ page }) => {
    const dossiers = new DossiersPage(page);
    await dossiers.open();
    await expect(dossiers.emptyState).toBeVisible();
    await seedDossiers(page, data);
    await expect(dossiers.rows.first()).toBeVisible();
  });

  test('the list starts on the open dossiers, counts them, and renders only the rows in view', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    await expect(dossiers.count).toHaveText(`${expected.open.length} trên ${total} hồ sơ`);
    await expect(page.locator('summary', { hasText: 'Trạng thái' })).toContainText('Đang xử lý');
    expect(await dossiers.rows.count()).toBeLessThan(40);
    await expect(dossiers.rows.first()).toHaveAttribute('aria-setsize', String(expected.open.length));
    await page.getByRole('button', { name: 'Xóa bộ lọc', exact: true }).click();
    await expect(dossiers.count).toHaveText(`${total} hồ sơ`);
    // Scrolling far down fetches later pages: the last dossier is reachable.
    await dossiers.list.focus();
    await page.keyboard.press('End');
    await expect(dossiers.selectedRow()).toHaveAttribute('aria-posinset', String(total));
  });

  test('search ignores accents and case: "nguyen" finds Nguyễn, and the chips count within the results', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    await page.getByRole('button', { name: 'Xóa bộ lọc', exact: true }).click();
    await dossiers.search.fill('nguyen');
    const matching = expected.matching('nguyen');
    await expect(dossiers.count).toHaveText(`${matching.length} trên ${total} hồ sơ`);
    // "Nguyễn" the surname and "Nguyên" in "Tây Nguyên" alike.
    const shown = (await dossiers.rowTexts()).map(foldVietnamese);
    expect(shown.some((text) => text.includes('nguyen'))).toBe(true);
    await dossiers.search.fill('NGUYỄN');
    await expect(dossiers.count).toHaveText(`${matching.length} trên ${total} hồ sơ`);
    await dossiers.search.fill('');
    await expect(dossiers.count).toHaveText(`${total} hồ sơ`);
  });

  test('Quá hạn lists exactly the overdue dossiers, in due-date order either way, in red', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    expect(expected.overdue.length, 'the seeded desk should have overdue dossiers').toBeGreaterThan(0);
    await expect(dossiers.chip('Quá hạn')).toContainText(String(expected.overdue.length));
    await dossiers.chip('Quá hạn').click();
    await expect(dossiers.chip('Quá hạn')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossiers.count).toHaveText(`${expected.overdue.length} trên ${total} hồ sơ`);
    await expect(dossiers.rows).toHaveCount(expected.overdue.length);
    for (const text of await dossiers.rows.locator('.days-left').allTextContents()) expect(text).toMatch(/^quá hạn \d+ ngày$/);
    await expect(dossiers.rows.locator('.days-left').first()).toHaveCSS('color', 'rgb(166, 27, 27)');
    const dueDates = async () => (await dossiers.rows.locator('.dossier-row__cell:last-child > span:first-child').allTextContents()).map(isoOf);
    const ascending = await dueDates();
    expect(ascending).toEqual([...ascending].sort());
    await dossiers.sort.selectOption({ label: 'Hạn trả: xa nhất trước' });
    const descending = await dueDates();
    expect(descending).toEqual([...ascending].sort().reverse());
  });

  test('the keyboard: / to search, arrows to choose, Enter to open, Escape back to the same row', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    await page.keyboard.press('/');
    await expect(dossiers.search).toBeFocused();
    await page.keyboard.type('nguyen');
    await expect(dossiers.count).toHaveText(`${expected.matching('nguyen').filter((d) => expected.open.includes(d)).length} trên ${total} hồ sơ`);
    await page.keyboard.press('ArrowDown');
    await expect(dossiers.list).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(dossiers.selectedRow()).toHaveAttribute('aria-posinset', '3');
    const code = (await dossiers.selectedRow().locator('.dossier-row__code').textContent())!;
    await page.keyboard.press('Enter');
    await expect(dossiers.detailHeading).toHaveText(code);
    await expect(dossiers.detailHeading).toBeFocused();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/ho-so\/[0-9a-f-]{36}$/);
    await expect(dossiers.timelineItems.first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dossiers.list).toBeFocused();
    await expect(dossiers.selectedRow().locator('.dossier-row__code')).toHaveText(code);
    await expect(dossiers.search).toHaveValue('nguyen');
    expect(await page.evaluate(() => location.hash)).toBe('#/ho-so');
  });

  test('a dossier waiting for a supplement shows the stopped clock, the component asked for, and its history', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    const waiting = data.dossiers.find((d) => d.status === 5 && d.receivedAt !== null)!;
    const history = data.events.filter((e) => e.dossierId === waiting.id);
    await page.goto(`/index.html#/ho-so/${waiting.id}`);
    await expect(dossiers.detailHeading).toHaveText(waiting.code);
    await expect(page.getByTestId('dossier-due')).toContainText('Tạm dừng tính thời gian');
    await expect(page.getByRole('region', { name: 'Người nộp hồ sơ' })).toContainText(waiting.applicant.idNumber);
    await expect(page.locator('.component--requested')).not.toHaveCount(0);
    await expect(dossiers.timelineItems).toHaveCount(history.length);
    await expect(dossiers.timeline).toContainText('Yêu cầu bổ sung hồ sơ lần');
    await expect(dossiers.timeline).toContainText('Nội dung cần bổ sung');
    // The address is the dossier: a reload lands on it again.
    await page.reload();
    await expect(dossiers.detailHeading).toHaveText(waiting.code);
    await dossiers.backButton.click();
    await expect(dossiers.list).toBeVisible();
  });

  test('an address naming no dossier on this desk says so and leads back to the list', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    await page.goto('/index.html#/ho-so/khong-co-ho-so-nay');
    await expect(page.getByRole('alert')).toHaveText('Không tìm thấy hồ sơ này trên máy. Có thể địa chỉ đã cũ; hãy quay lại danh sách.');
    await page.keyboard.press('Escape');
    await expect(dossiers.list).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toBe('#/ho-so');
  });

  test('saved views keep a filter and sort under a name, across a reload, until deleted', async ({ page }) => {
    const dossiers = new DossiersPage(page);
    await dossiers.chip('Quá hạn').click();
    await dossiers.sort.selectOption({ label: 'Hạn trả: xa nhất trước' });
    const menu = page.getByText('Bộ lọc đã lưu', { exact: true });
    await menu.click();
    await page.getByLabel('Lưu bộ lọc và cách sắp xếp hiện tại với tên').fill('Quá hạn, xa nhất trước');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu bộ lọc «Quá hạn, xa nhất trước».')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Xóa bộ lọc', exact: true }).click();
    await expect(dossiers.count).toHaveText(`${total} hồ sơ`);

    await page.reload();
    await menu.click();
    await page.getByRole('button', { name: 'Quá hạn, xa nhất trước', exact: true }).click();
    await expect(dossiers.count).toHaveText(`${expected.overdue.length} trên ${total} hồ sơ`);
    await expect(dossiers.sort).toHaveValue('dueDate.desc');
    await page.getByRole('button', { name: 'Xóa bộ lọc «Quá hạn, xa nhất trước»' }).click();
    await expect(page.getByText('Chưa lưu bộ lọc nào.')).toBeVisible();
  });
});
