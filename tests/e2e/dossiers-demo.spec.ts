// From an empty desk to work: load 200 demo dossiers in Cài đặt ("Nạp dữ liệu mẫu"), then find,
// filter, sort and open them in Hồ sơ with the keyboard alone.
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';

test('200 demo dossiers loaded in Settings are counted, searched, filtered, sorted and opened by keyboard', async ({ shell, page }) => {
  const dossiers = new DossiersPage(page);
  await shell.open('cai-dat');
  await page.getByLabel('Số hồ sơ').fill('200');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByText('Đã nạp 200 hồ sơ')).toBeVisible({ timeout: 30_000 });

  await shell.pressShortcut(2);
  await expect(shell.heading).toHaveText('Hồ sơ');
  await expect(dossiers.count).toHaveText(/^\d+ trên 200 hồ sơ$/);
  await page.getByRole('button', { name: 'Xóa bộ lọc', exact: true }).click();
  await expect(dossiers.count).toHaveText('200 hồ sơ');

  await dossiers.search.fill('nguyen');
  await expect(dossiers.count).toHaveText(/^\d+ trên 200 hồ sơ$/);
  const found = await dossiers.shownCount();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(200);
  await dossiers.search.fill('');

  // Overdue, nearest due date first: the chip's count is the list's count.
  const overdue = Number((await dossiers.chip('Quá hạn').locator('.chip__count').textContent()) ?? '0');
  await dossiers.chip('Quá hạn').click();
  if (overdue === 0) await expect(dossiers.emptyState).toContainText('Không có hồ sơ nào khớp');
  else await expect(dossiers.count).toHaveText(`${overdue} trên 200 hồ sơ`);
  await dossiers.chip('Quá hạn').click();
  await dossiers.sort.selectOption({ label: 'Hạn trả: gần nhất trước' });
  const due = (await dossiers.rows.locator('.dossier-row__cell:last-child > span:first-child').allTextContents())
    .filter((text) => text !== '—')
    .map((text) => text.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$2-$1'));
  expect(due).toEqual([...due].sort());

  await page.keyboard.press('/');
  await expect(dossiers.search).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dossiers.list).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const code = (await dossiers.selectedRow().locator('.dossier-row__code').textContent())!;
  await page.keyboard.press('Enter');
  await expect(dossiers.detailHeading).toHaveText(code);
  await expect(dossiers.timelineItems.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dossiers.list).toBeFocused();
  await expect(dossiers.selectedRow().locator('.dossier-row__code')).toHaveText(code);
});
