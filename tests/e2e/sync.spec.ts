// Đồng bộ against the real portal (started here on 127.0.0.1:8787, the origin the web build's CSP
// allows): sign-in, sending the counter's work with progress shown, actionable errors when the
// portal cannot be used, and a refused intake shown with both sides.
import type { Page } from '@playwright/test';
import type { Portal } from '../../portal/src/app';
import { expect, test } from './fixtures';
import { portalOnLoopbackEachTest } from './loopback-portal';
import { DOSSIER_CODE, IntakePage } from './pages/intake-page';
import { SyncPage } from './pages/sync-page';
import { pdfFile, pngFile } from './sample-files';

const PORTAL = 'http://127.0.0.1:8787';
let portal: Portal;
portalOnLoopbackEachTest((served) => (portal = served));

/** Chromium reports refused requests and 4xx answers on the console; here they are the point. */
function forgiveNetworkErrors(problems: { list: string[] }): void {
  const kept = problems.list.filter((p) => !/Failed to load resource|net::ERR_/.test(p));
  problems.list.splice(0, problems.list.length, ...kept);
}

async function receiveAtCounter(page: Page): Promise<string> {
  const intake = new IntakePage(page);
  await intake.open();
  await intake.chooseProfile('CUDCN', { role: /Cán bộ tiếp nhận/ });
  await intake.procedure(/^Đăng ký chuyển giao công nghệ \(trừ/).check();
  await intake.fillApplicant({ name: 'Trần Văn Bình', idNumber: '001085012345', phone: '0987 654 321', address: 'Số 5 Lý Thái Tổ, Hà Nội' });
  await intake.field('Trích yếu').fill('Đề nghị đăng ký hợp đồng chuyển giao công nghệ xử lý nước thải');
  await intake.attach('VB', pdfFile());
  await intake.attach('HD', pngFile());
  await intake.attach('TCPL', pdfFile('tu-cach-phap-ly.pdf'));
  const code = await intake.receiveWithConfirm();
  expect(code).toMatch(DOSSIER_CODE);
  return code;
}

test('an officer signs in on the Đồng bộ screen and the counter’s work reaches the portal', async ({ page, problems }) => {
  const code = await receiveAtCounter(page);
  const sync = new SyncPage(page);
  await sync.open();
  await expect(sync.connection).toContainText('Máy này chưa đăng nhập Cổng');
  await expect(sync.unsent).toHaveText('1 thay đổi');
  await expect(sync.oldest).toHaveText('vừa xong');
  await expect(sync.syncNow).toBeDisabled();

  await sync.signIn('cudcn.mc1', 'sai-mat-khau');
  await expect(sync.connection.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  forgiveNetworkErrors(problems);

  await sync.signIn('cudcn.mc1');
  await expect(sync.connection).toContainText('(cudcn.mc1)');
  await expect(sync.historyRows().first()).toContainText('Thành công');
  await expect(sync.historyRows().first()).toContainText('Đăng nhập');
  await expect(sync.unsent).toHaveText('Không có');
  await expect(sync.lastSuccess).toContainText('vừa xong');
  await expect(sync.numbers).toHaveText('còn 50 số');
  await expect(sync.issues).toContainText('Không có thay đổi nào bị từ chối.');
  const { rows } = await portal.db.query<{ code: string }>('SELECT code FROM dossiers');
  expect(rows.map((r) => r.code)).toEqual([code]);

  // "Đồng bộ ngay" from the keyboard.
  await sync.syncNow.focus();
  await page.keyboard.press('Enter');
  await expect(sync.historyRows()).toHaveCount(2);
  await expect(sync.historyRows().first()).toContainText('Đồng bộ ngay');
  await sync.screenshot('sync-signed-in-1280');
  await sync.history.scrollIntoViewIfNeeded();
  await sync.screenshot('sync-history-1280');
});

test('while a run is under way, progress bars count the changes sent', async ({ page }) => {
  await receiveAtCounter(page);
  const sync = new SyncPage(page);
  await sync.open();
  await sync.signIn('cudcn.mc1');
  await expect(sync.historyRows()).toHaveCount(1);
  await receiveAtCounter(page);
  await sync.open();
  // The portal takes its time with this push.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${PORTAL}/api/v1/sync/push`, async (route) => {
    await held;
    await route.continue();
  });
  await sync.syncNow.click();
  await expect(sync.syncNow).toHaveText('Đang đồng bộ…');
  const items = sync.status.getByRole('progressbar', { name: 'Thay đổi đã gửi' });
  await expect(items).toHaveAttribute('aria-valuemax', '1');
  await expect(items).toHaveAttribute('aria-valuenow', '0');
  await expect(sync.status).toContainText('Đang gửi thay đổi lên Cổng');
  await sync.screenshot('sync-running-1280');
  release();
  await expect(sync.historyRows()).toHaveCount(2);
  await expect(sync.unsent).toHaveText('Không có');
});

test('the officer is told plainly when the portal cannot be reached, and when the session has expired', async ({ page, problems }) => {
  const sync = new SyncPage(page);
  await sync.open();
  await sync.signIn('cudcn.mc2');
  await expect(sync.historyRows()).toHaveCount(1);

  await page.route(`${PORTAL}/**`, (route) => route.abort('connectionrefused'));
  await sync.syncNow.click();
  await expect(sync.failure).toHaveText(`Không kết nối được Cổng dịch vụ công (${PORTAL}). Kiểm tra kết nối mạng; máy sẽ tự thử lại.`);
  await expect(sync.historyRows().first()).toContainText('Lỗi');

  await page.unroute(`${PORTAL}/**`);
  await page.route(`${PORTAL}/api/v1/sync/pull**`, (route) =>
    route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ error: { code: 'SESSION_EXPIRED', message: 'Phiên đăng nhập đã hết hạn.' } }) }),
  );
  await sync.syncNow.click();
  await expect(sync.connection.getByRole('alert')).toHaveText('Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.');
  await expect(sync.connection.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await expect(sync.syncNow).toBeDisabled();
  await sync.connection.scrollIntoViewIfNeeded();
  await sync.screenshot('sync-session-expired-1280');
  // Closed first, so no late refused request lands after the list is cleaned.
  await page.close();
  forgiveNetworkErrors(problems);
});

test('an intake another desk numbered the same offline is refused, and the refusal shows both sides', async ({ page, browser }) => {
  const other = await browser.newContext();
  await other.addInitScript(() => window === window.top && window.localStorage?.setItem('desk.standIn', '1'));
  const otherPage = await other.newPage();
  const theirs = await receiveAtCounter(otherPage);
  const mine = await receiveAtCounter(page);
  expect(mine).toBe(theirs);

  const otherSync = new SyncPage(otherPage);
  await otherSync.open();
  // The clerk who received there signs in there: each officer's work goes up with their own session.
  await otherSync.signIn('cudcn.mc1');
  await expect(otherSync.historyRows().first()).toContainText('Thành công');
  await other.close();

  const sync = new SyncPage(page);
  await sync.open();
  await sync.signIn('cudcn.mc1');
  const issue = sync.issues.getByTestId('sync-issue');
  await expect(issue).toHaveCount(1);
  await expect(issue).toContainText('Bị từ chối');
  await expect(issue).toContainText(mine);
  await expect(issue).toContainText('Tiếp nhận hồ sơ —');
  await expect(issue).toContainText('Cổng không có hồ sơ này.');
  await expect(issue).toContainText('Lý do của Cổng: Mã hồ sơ');
  await expect(issue).toContainText('Hãy tiếp nhận lại hồ sơ');
  await expect(sync.historyRows().first()).toContainText('bị từ chối 1');
  await issue.scrollIntoViewIfNeeded();
  await sync.screenshot('sync-refused-intake-1280');

  await issue.getByRole('button', { name: `Đánh dấu đã đọc: hồ sơ ${mine}` }).click();
  await expect(sync.issues).toContainText('Không có thay đổi nào bị từ chối.');
  // The portal's dossier with that code came down instead.
  await page.goto('/index.html#/ho-so');
  await expect(page.getByRole('main').getByText(mine).first()).toBeVisible();
});

test('the Đồng bộ screen reads in English', async ({ page, shell }) => {
  const sync = new SyncPage(page);
  await sync.open();
  await shell.switchLanguage('English');
  await expect(sync.connection.getByRole('heading', { name: 'Sign in to the portal' })).toBeVisible();
  await sync.connection.getByLabel('User name').fill('cudcn.mc1');
  await sync.connection.getByLabel('Password').fill('demo');
  await sync.connection.getByRole('button', { name: 'Sign in' }).click();
  await expect(sync.historyRows().first()).toContainText('Succeeded');
  await expect(sync.syncNow).toHaveText('Sync now');
  await expect(sync.numbers).toHaveText('50 left');
  await page.setViewportSize({ width: 1024, height: 680 });
  await sync.screenshot('sync-english-1024');
});
