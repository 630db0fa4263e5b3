// Cài đặt → Cập nhật as an officer uses it in the desktop app: what's new, the channel, the download
// bar, and "Cài đặt và khởi động lại" refused while work is open — all from the keyboard. The
// updater is scripted (pages/updates-card.ts); its decisions are unit-tested in electron/main.
import { expect, test } from './fixtures';
import { installFakeDesktopUpdater, UpdatesCard } from './pages/updates-card';

const downloaded = {
  state: 'downloaded' as const,
  availableVersion: '0.2.0',
  releaseNotes: 'Sửa lỗi in phiếu hẹn.\nThêm mẫu quyết định cấp giấy chứng nhận.',
  releaseDate: '2026-11-20T02:00:00.000Z',
};

test('a downloaded update shows the version in use, what is new, and installs from the keyboard once work is closed', async ({ shell, page }) => {
  await installFakeDesktopUpdater(page, downloaded);
  await shell.open('cai-dat');
  const updates = new UpdatesCard(page);

  await expect(updates.card.getByTestId('update-current-version')).toHaveText('0.1.0');
  await expect(updates.statusLine).toHaveAttribute('data-update-state', 'downloaded');
  await expect(updates.whatsNew()).toContainText('Có gì mới trong phiên bản 0.2.0');
  await expect(updates.whatsNew()).toContainText('Thêm mẫu quyết định cấp giấy chứng nhận.');
  await expect(updates.channel(/Ổn định/)).toBeChecked();

  await updates.setOpenWork(['sync']);
  await updates.installButton.focus();
  await page.keyboard.press('Enter');
  await expect(updates.alert).toHaveText('Chưa thể khởi động lại: đang đồng bộ với Cổng dịch vụ công. Hãy đợi lượt đồng bộ xong rồi bấm lại.');

  await updates.setOpenWork([]);
  await page.keyboard.press('Enter');
  await expect(updates.statusLine).toHaveText('Đang khởi động lại để cài bản cập nhật…');
  expect(await updates.calls()).toEqual(['install', 'install']);
});

test('the officer moves to the pilot channel with the arrow keys', async ({ shell, page }) => {
  await installFakeDesktopUpdater(page, { state: 'not-available' });
  await shell.open('cai-dat');
  const updates = new UpdatesCard(page);
  await updates.channel(/Ổn định/).focus();
  await page.keyboard.press('ArrowDown');
  await expect(updates.channel(/Thí điểm/)).toBeChecked();
  await expect.poll(() => updates.calls()).toContain('channel:pilot');
});

test('a download in progress shows a labelled progress bar', async ({ shell, page }) => {
  await installFakeDesktopUpdater(page, { state: 'downloading', availableVersion: '0.2.0', percent: 40 });
  await shell.open('cai-dat');
  const updates = new UpdatesCard(page);
  await expect(updates.progress).toHaveAttribute('aria-valuenow', '40');
  await expect(updates.progress).toHaveAccessibleName('Tiến độ tải bản cập nhật');
  await expect(updates.statusLine).toHaveText('Đang tải bản cập nhật: 40%.');
});

test('the update card speaks English too, including a required version', async ({ shell, page }) => {
  await installFakeDesktopUpdater(page, { ...downloaded, requiredVersion: '0.2.0' });
  await shell.open('cai-dat');
  await shell.switchLanguage('English');
  const updates = new UpdatesCard(page);
  await expect(updates.card).toContainText('The Informatics Center requires version 0.2.0 or later');
  await expect(updates.installButton).toHaveText('Install and restart');
  await expect(updates.channel(/Pilot/)).not.toBeChecked();
});
