// The language switch: English on request, Vietnamese back, both remembered across a reload.
import { expect, test } from './fixtures';
import { sectionTitles } from './pages/shell-page';

test('switching to English and back is remembered across reloads', async ({ shell, page }) => {
  await shell.open('ho-so');
  await shell.switchLanguage('English');
  expect(await shell.htmlLang()).toBe('en');
  expect(await shell.sectionNames()).toEqual([...sectionTitles.en]);
  await expect(shell.heading).toHaveText('Dossiers');
  await expect(shell.topBar).toContainText('Offline dossier processing');
  await expect(page).toHaveTitle('Dossiers — Offline dossier processing');

  await shell.reload();
  expect(await shell.htmlLang()).toBe('en');
  await expect(shell.heading).toHaveText('Dossiers');
  await expect(shell.networkStatus).toContainText('Online');

  await shell.switchLanguage('Tiếng Việt');
  await shell.reload();
  expect(await shell.htmlLang()).toBe('vi');
  expect(await shell.sectionNames()).toEqual([...sectionTitles.vi]);
  await expect(shell.heading).toHaveText('Hồ sơ');
});

test('the language choice in Settings is the same choice as the top bar switch', async ({ shell, page }) => {
  await shell.open('cai-dat');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(shell.heading).toHaveText('Settings');
  await expect(shell.languageButton('English')).toHaveAttribute('aria-pressed', 'true');
  await shell.languageButton('Tiếng Việt').click();
  await expect(page.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
  await expect(shell.heading).toHaveText('Cài đặt');
});
