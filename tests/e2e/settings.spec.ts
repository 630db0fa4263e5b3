// Cài đặt in web mode: what the browser host reports, updates unavailable, storage figures.
import { expect, test } from './fixtures';

test('Settings shows the app as running in the browser, with its version and platform', async ({ shell, page }) => {
  await shell.open('cai-dat');
  await expect(shell.heading).toHaveText('Cài đặt');
  const info = shell.appInfo();
  await expect(info).toContainText('Dossier Desk');
  await expect(info).toContainText('0.1.0');
  await expect(info.locator('[data-host]')).toHaveAttribute('data-host', 'browser');
  await expect(info.locator('[data-host]')).toHaveText('Trình duyệt web (browser)');
  await expect(info).toContainText('Linux');
  await expect(info).toContainText('vi-VN');

  await expect(page.locator('[data-update-state]')).toHaveAttribute('data-update-state', 'unsupported');
  await expect(page.locator('[data-update-state]')).toContainText('Không có trong trình duyệt');
  await expect(page.getByRole('button', { name: 'Kiểm tra cập nhật' })).toHaveCount(0);

  await expect(page.getByTestId('storage-usage')).toContainText('được phép');
  await expect(page.locator('[data-persisted]')).toBeVisible();
  // Tall enough to show all four cards in one picture.
  await page.setViewportSize({ width: 1280, height: 1000 });
  await shell.screenshot('settings');
});

test('Settings in English says the same things in English', async ({ shell, page }) => {
  await shell.open('cai-dat');
  await shell.switchLanguage('English');
  await expect(shell.appInfo().locator('[data-host]')).toHaveText('Web browser (browser)');
  await expect(page.locator('[data-update-state]')).toContainText('Not available in the browser');
  await expect(page.getByTestId('storage-usage')).toContainText('allowed');
});
