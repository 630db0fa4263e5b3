// The shell in web mode: sections, keyboard navigation, routes that survive a reload.
import { expect, test } from './fixtures';
import { sectionTitles } from './pages/shell-page';

test.describe('the shell an officer opens', () => {
  test('opens in Vietnamese on Tổng quan with all seven sections in the sidebar', async ({ shell, page }) => {
    await shell.open();
    expect(await shell.htmlLang()).toBe('vi');
    await expect(shell.topBar).toContainText('Xử lý hồ sơ ngoại tuyến');
    expect(await shell.sectionNames()).toEqual([...sectionTitles.vi]);
    await expect(shell.heading).toHaveText('Tổng quan');
    await expect(shell.currentLink()).toContainText('Tổng quan');
    expect(await shell.hash()).toBe('#/tong-quan');
    await expect(page).toHaveTitle('Tổng quan — Xử lý hồ sơ ngoại tuyến');
    await shell.screenshot('shell-overview');
  });

  test('Báo cáo on a desk without dossiers says so, without invented figures', async ({ shell, page }) => {
    await shell.open();
    await shell.sectionLink('Báo cáo').click();
    await expect(shell.heading).toHaveText('Báo cáo');
    await expect(page.getByRole('main')).toContainText('Chưa có hồ sơ nào trên máy.');
    await expect(page.getByRole('main').locator('table, ul, ol')).toHaveCount(0);
  });

  test('Alt+1 … Alt+7 open the sections and put focus on the section heading', async ({ shell }) => {
    await shell.open();
    for (const [index, title] of sectionTitles.vi.entries()) {
      await shell.pressShortcut(index + 1);
      await expect(shell.heading).toHaveText(title);
      await expect(shell.heading).toBeFocused();
    }
    expect(await shell.hash()).toBe('#/cai-dat');
  });

  test('arrow keys move through the sidebar, wrap around, and Enter opens the focused section', async ({ shell, page }) => {
    await shell.open();
    await shell.sectionLink('Tổng quan').focus();
    await page.keyboard.press('ArrowDown');
    await expect(shell.sectionLink('Hồ sơ')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(shell.sectionLink('Tiếp nhận')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(shell.sectionLink('Cài đặt')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(shell.sectionLink('Tổng quan')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect(shell.sectionLink('Đồng bộ')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toHaveText('Đồng bộ');
    await expect(shell.heading).toBeFocused();
    await expect(shell.currentLink()).toContainText('Đồng bộ');
  });

  test('Tab reaches the skip link first and every section link after the top bar', async ({ shell, page }) => {
    await shell.open();
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeInViewport();
    // The profile button ("Chọn người dùng"), "Đăng xuất" (leaves the demo's stand-in mode), the
    // two language buttons, then the seven links.
    await page.keyboard.press('Tab');
    await expect(shell.topBar.getByRole('button', { name: 'Chọn người dùng' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(shell.topBar.getByRole('button', { name: 'Đăng xuất' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    for (const title of sectionTitles.vi) {
      await page.keyboard.press('Tab');
      await expect(shell.sectionLink(title)).toBeFocused();
    }
    await page.keyboard.press('Shift+Tab');
    await shell.skipLink.focus();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toBeFocused();
    expect(await shell.hash()).toBe('#/tong-quan');
  });

  test('the section survives a reload and the Back button returns to the previous one', async ({ shell, page }) => {
    await shell.open();
    await shell.sectionLink('Ký duyệt').click();
    expect(await shell.hash()).toBe('#/ky-duyet');
    await shell.reload();
    await expect(shell.heading).toHaveText('Ký duyệt');
    await expect(shell.currentLink()).toContainText('Ký duyệt');

    await shell.sectionLink('Báo cáo').click();
    await expect(shell.heading).toHaveText('Báo cáo');
    await page.goBack();
    await expect(shell.heading).toHaveText('Ký duyệt');
  });

  test('an unknown address opens Tổng quan and replaces the dead hash', async ({ shell, page }) => {
    await page.goto('/index.html#/khong-co');
    await expect(shell.heading).toHaveText('Tổng quan');
    expect(await shell.hash()).toBe('#/tong-quan');
  });

  test('fits a 1024×680 window without horizontal scrolling', async ({ shell, page }) => {
    await page.setViewportSize({ width: 1024, height: 680 });
    await shell.open('cai-dat');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    for (const title of sectionTitles.vi) await expect(shell.sectionLink(title)).toBeInViewport();
    await shell.screenshot('settings-1024x680');
  });
});
