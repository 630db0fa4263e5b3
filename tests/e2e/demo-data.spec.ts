// Cài đặt → Dữ liệu mẫu: loading generated dossiers with a progress bar, and the top bar's warning
// when local storage is nearly full.
import { expect, test } from './fixtures';

test('loading 300 demo dossiers from Settings reports them loaded', async ({ shell, page }) => {
  await shell.open('cai-dat');
  const card = page.getByRole('region', { name: 'Dữ liệu mẫu' });
  await expect(card).toContainText('hạt giống cố định');
  const count = page.getByLabel('Số hồ sơ');
  await expect(count).toHaveValue('1000');
  await count.fill('300');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByText('Đã nạp 300 hồ sơ')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shell.screenshot('settings-demo-data-1280');
});

test('the demo count is checked before anything is loaded', async ({ shell, page }) => {
  await shell.open('cai-dat');
  const count = page.getByLabel('Số hồ sơ');
  await count.fill('200000');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(count).toBeFocused();
  await expect(page.getByText('Số hồ sơ phải từ 1 đến 100000.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('a larger load shows its progress as a progress bar', async ({ shell, page }) => {
  await shell.open('cai-dat');
  await page.getByLabel('Số hồ sơ').fill('6000');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  const bar = page.getByRole('progressbar', { name: 'Tiến độ nạp dữ liệu mẫu' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '6000');
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(page.getByText('Đã nạp 6000 hồ sơ')).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);
});

test('the top bar warns when local storage is past 80% of its quota', async ({ shell, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(StorageManager.prototype, 'estimate', { value: async () => ({ usage: 900 * 1024 * 1024, quota: 1000 * 1024 * 1024 }) });
    // An officer chosen too, so the picture shows the top bar at its fullest.
    const officer = { id: 'cudcn.mc1', name: 'Nguyễn Thị Phương Thảo', role: 'clerk', unitCode: 'CUDCN', title: 'Cán bộ Bộ phận Một cửa' };
    localStorage.setItem('desk.profile', JSON.stringify(officer));
  });
  await shell.open('bao-cao');
  const warning = shell.topBar.getByTestId('storage-warning');
  await expect(warning).toHaveText(/Bộ nhớ trên máy sắp đầy \(90%\)/);
  await shell.screenshot('storage-warning-1280');
  await page.setViewportSize({ width: 1024, height: 680 });
  await shell.screenshot('storage-warning-1024');
  await warning.getByRole('link', { name: /Bộ nhớ trên máy sắp đầy/ }).click();
  await expect(shell.heading).toHaveText('Cài đặt');
});

test('no storage warning while there is room', async ({ shell }) => {
  await shell.open('bao-cao');
  await expect(shell.heading).toBeVisible();
  await expect(shell.topBar.getByTestId('storage-warning')).toHaveCount(0);
});
