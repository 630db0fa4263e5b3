// Signing in at the desk against the real portal (started here on 127.0.0.1:8787, demo officers,
// password "demo"): online, then offline against this desk's verifier when the portal cannot be
// reached, the lockout after wrong passwords (kept across a reload), two officers sharing a desk
// with their own screens, and the screen lock (idle and Ctrl+L) that hides the app and keeps its state.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { portalOnLoopbackEachTest } from './loopback-portal';
import { AuditCard } from './pages/audit-card';
import { SignInPage } from './pages/sign-in-page';

test.use({ standIn: false });

portalOnLoopbackEachTest();

/** Chromium reports refused requests and 4xx answers on the console; here they are the point. */
function forgiveNetworkErrors(problems: { list: string[] }): void {
  const kept = problems.list.filter((p) => !/Failed to load resource|net::ERR_/.test(p));
  problems.list.splice(0, problems.list.length, ...kept);
}

/** The portal's address stops answering, as when the network cable is out. */
const cutPortal = (page: Page) => page.route('http://127.0.0.1:8787/**', (route) => route.abort('internetdisconnected'));

test('an officer signs in online, then offline with the same password; wrong passwords lock the name with a countdown a reload keeps', async ({ page, problems }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await expect(signIn.username).toBeFocused();
  await expect(signIn.password).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: /Dùng hồ sơ tạm thời/ })).toBeVisible();

  const name = await signIn.signInAs('cudcn.mc1');
  await expect(page.getByTestId('profile-role')).toContainText('CUDCN');
  await signIn.signOut();

  await cutPortal(page);
  await signIn.knownOfficer('cudcn.mc1').click();
  await expect(signIn.username).toHaveValue('cudcn.mc1');
  await expect(signIn.password).toBeFocused();
  await signIn.password.fill('demo');
  await page.keyboard.press('Enter');
  await expect(signIn.profileName).toHaveText(name);
  await signIn.switchUser();

  await signIn.signIn('cudcn.mc1', 'sai-mat-khau');
  await expect(signIn.alert).toHaveText('Mật khẩu không đúng (đăng nhập ngoại tuyến, kiểm tra trên máy này).');
  await expect(signIn.password).toHaveValue('');
  for (let attempt = 2; attempt <= 5; attempt++) {
    await signIn.password.fill(`sai-${attempt}`);
    await signIn.password.press('Enter');
    await expect(signIn.password).toHaveValue('');
  }
  await expect(signIn.alert).toHaveText('Sai mật khẩu quá nhiều lần. Tài khoản này tạm khóa trên máy này.');
  await expect(signIn.wait).toHaveText(/^Hãy thử lại sau 0:(30|29|28)\.$/);
  await expect(signIn.submit).toBeDisabled();
  const first = await signIn.wait.textContent();
  await expect(signIn.wait).not.toHaveText(first ?? '');

  await page.reload();
  await expect(signIn.heading).toBeVisible();
  await signIn.username.fill('CUDCN.mc1');
  await expect(signIn.wait).toHaveText(/^Hãy thử lại sau 0:\d\d\.$/);
  await expect(signIn.submit).toBeDisabled();
  await signIn.password.fill('demo');
  await signIn.password.press('Enter');
  await expect(signIn.heading).toBeVisible();
  await expect(signIn.profileName).toHaveCount(0);
  forgiveNetworkErrors(problems);
});

test('Đồng bộ renews the portal session of the officer at the desk only, through the same sign-in', async ({ page, problems }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  const name = await signIn.signInAs('cudcn.mc1');
  await signIn.signOut();
  // Offline sign-in: the desk works, but this officer has no portal session any more.
  await cutPortal(page);
  await signIn.knownOfficer('cudcn.mc1').click();
  await signIn.password.fill('demo');
  await signIn.password.press('Enter');
  await expect(signIn.profileName).toHaveText(name);

  await page.evaluate(() => (location.hash = '#/dong-bo'));
  const form = page.getByRole('form', { name: 'Đăng nhập Cổng' });
  const username = form.getByLabel('Tên đăng nhập');
  await expect(username).toHaveValue('cudcn.mc1');
  await expect(username).toHaveAttribute('readonly', '');
  await form.getByLabel('Mật khẩu').fill('demo');
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(form.getByRole('alert')).toContainText('chưa gia hạn được phiên đồng bộ');

  await page.unroute('http://127.0.0.1:8787/**');
  await form.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(form.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await form.getByLabel('Mật khẩu').fill('demo');
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(form).toBeHidden();
  await expect(signIn.profileName).toHaveText(name);
  forgiveNetworkErrors(problems);
});

test('signing out with «Xóa dữ liệu trên máy này» asks again, then leaves no officer, session or verifier on the desk', async ({ page, problems }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  const name = await signIn.signInAs('cudcn.mc1');
  const signOut = page.getByRole('dialog', { name: 'Đăng xuất khỏi máy này?' });
  const wipe = page.getByRole('dialog', { name: 'Xóa dữ liệu trên máy này?' });

  // Cancelling the second confirmation changes nothing: still signed in.
  await signIn.accountButtons.getByRole('button', { name: 'Đăng xuất' }).click();
  await signOut.getByRole('checkbox', { name: /Xóa dữ liệu trên máy này/ }).check();
  await signOut.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(wipe).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wipe).toBeHidden();
  await expect(signIn.profileName).toHaveText(name);

  await signIn.accountButtons.getByRole('button', { name: 'Đăng xuất' }).click();
  await signOut.getByRole('checkbox', { name: /Xóa dữ liệu trên máy này/ }).check();
  await signOut.getByRole('button', { name: 'Đăng xuất' }).click();
  await wipe.getByRole('button', { name: 'Xóa dữ liệu' }).click();
  await expect(signIn.heading).toBeVisible();
  await expect(signIn.known.getByRole('button')).toHaveCount(0);
  // The verifier went with the data: offline, this officer can no longer sign in here.
  await cutPortal(page);
  await signIn.signIn('cudcn.mc1');
  await expect(signIn.alert).toContainText('tài khoản này chưa từng đăng nhập trên máy này');
  forgiveNetworkErrors(problems);
});

test('an officer who never signed in on this desk cannot sign in offline', async ({ page, problems }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await cutPortal(page);
  await signIn.signIn('cudcn.mc2');
  await expect(signIn.alert).toContainText('tài khoản này chưa từng đăng nhập trên máy này. Hãy kết nối mạng');
  forgiveNetworkErrors(problems);
});

test('two officers share a desk: each signs in, switches, and sees their own name and screens', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  const clerk = await signIn.signInAs('cudcn.mc1');
  expect(await signIn.sectionNames()).toEqual(['Tổng quan', 'Hồ sơ', 'Tiếp nhận', 'Đồng bộ', 'Cài đặt']);

  // A forbidden section's address says so, and its shortcut does nothing.
  await page.evaluate(() => (location.hash = '#/ky-duyet'));
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Bạn không có quyền mở mục «Ký duyệt».');
  await page.evaluate(() => (location.hash = '#/tong-quan'));
  await page.keyboard.press('Alt+Digit4');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Tổng quan');

  await signIn.switchUser();
  await expect(signIn.knownOfficer('cudcn.mc1')).toBeVisible();
  const leader = await signIn.signInAs('cudcn.ld1');
  expect(leader).not.toBe(clerk);
  expect(await signIn.sectionNames()).toEqual(['Tổng quan', 'Hồ sơ', 'Ký duyệt', 'Báo cáo', 'Đồng bộ', 'Cài đặt']);
  await page.keyboard.press('Alt+Digit4');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Ký duyệt');

  await signIn.switchUser();
  await expect(signIn.known.getByRole('button')).toHaveCount(2);
  await signIn.knownOfficer('cudcn.mc1').click();
  await signIn.password.fill('demo');
  await signIn.password.press('Enter');
  await expect(signIn.profileName).toHaveText(clerk);
  expect(await signIn.sectionNames()).not.toContain('Ký duyệt');
});

test('the screen locks after the idle minutes and on Ctrl+L, shows nothing of the app, and unlocks with the password keeping unsaved input', async ({ page }) => {
  await page.clock.install();
  const signIn = new SignInPage(page);
  await signIn.open();
  const admin = await signIn.signInAs('cudcn.qt1');
  await page.evaluate(() => (location.hash = '#/cai-dat'));
  const policy = page.getByRole('region', { name: 'Đăng nhập và khóa màn hình' });
  await policy.getByLabel('Khóa màn hình sau (phút không thao tác)').fill('1');
  await policy.getByRole('button', { name: 'Lưu' }).click();
  await expect(policy.getByRole('status')).toHaveText('Đã lưu.');
  // Typed, not saved: still there after the lock.
  await policy.getByLabel('Số ngày được đăng nhập ngoại tuyến').fill('21');

  await page.clock.fastForward('01:05');
  await expect(signIn.lockHeading).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Màn hình đã khóa' })).toContainText(admin);
  await expect(signIn.profileName).toBeHidden();
  await expect(page.getByRole('main')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('.account-gate__app')).toHaveAttribute('inert', '');
  await expect(signIn.password).toBeFocused();

  await signIn.password.fill('sai');
  await signIn.password.press('Enter');
  await expect(signIn.alert).toHaveText('Mật khẩu không đúng.');
  await signIn.password.fill('demo');
  await signIn.password.press('Enter');
  await expect(signIn.lockHeading).toHaveCount(0);
  await expect(policy.getByLabel('Số ngày được đăng nhập ngoại tuyến')).toHaveValue('21');

  await page.keyboard.press('Control+KeyL');
  await expect(signIn.lockHeading).toBeVisible();
  await signIn.password.fill('demo');
  await signIn.password.press('Enter');
  await expect(policy).toBeVisible();

  // The administrator's log shows both locks and both unlocks, under the administrator's name.
  const audit = new AuditCard(page);
  await audit.filterByAction('Khóa màn hình');
  await expect(audit.rows).toHaveCount(2);
  await expect(audit.rows.first()).toContainText(admin);
  await audit.filterByAction('Mở khóa màn hình');
  await expect(audit.rows).toHaveCount(2);
});
