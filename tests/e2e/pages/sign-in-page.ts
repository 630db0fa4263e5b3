// Page object for the sign-in screen, the lock screen and the top bar's account buttons, named the
// way an officer would point at them.
import { expect, type Locator, type Page } from '@playwright/test';

export class SignInPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly wait: Locator;
  readonly known: Locator;
  readonly lockHeading: Locator;
  readonly accountButtons: Locator;
  readonly profileName: Locator;
  readonly sidebar: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Đăng nhập' });
    this.username = page.getByLabel('Tên đăng nhập', { exact: true });
    this.password = page.getByLabel('Mật khẩu', { exact: true });
    this.submit = page.getByRole('button', { name: /^(Đăng nhập|Mở khóa)$/ });
    this.alert = page.getByRole('alert');
    this.wait = page.getByTestId('sign-in-wait');
    this.known = page.getByRole('region', { name: 'Đã đăng nhập trên máy này' });
    this.lockHeading = page.getByRole('heading', { level: 1, name: 'Màn hình đã khóa' });
    this.accountButtons = page.getByRole('banner').getByRole('group', { name: 'Tài khoản' });
    this.profileName = page.getByTestId('profile-name');
    this.sidebar = page.getByRole('navigation', { name: 'Các mục chính' });
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html');
    await expect(this.heading).toBeVisible();
  }

  /** Types the name and password and presses Enter, as an officer would. */
  async signIn(username: string, password = 'demo'): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  /** Signs in and waits for the shell with the officer's name in the top bar. */
  async signInAs(username: string, password = 'demo'): Promise<string> {
    await this.signIn(username, password);
    await expect(this.profileName).toBeVisible();
    return (await this.profileName.textContent()) ?? '';
  }

  async signOut(options: { forgetOffline?: boolean } = {}): Promise<void> {
    await this.accountButtons.getByRole('button', { name: 'Đăng xuất' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Đăng xuất khỏi máy này?' });
    if (options.forgetOffline) await dialog.getByRole('checkbox', { name: /Quên cả thông tin đăng nhập ngoại tuyến/ }).check();
    await dialog.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(this.heading).toBeVisible();
  }

  async switchUser(): Promise<void> {
    await this.accountButtons.getByRole('button', { name: 'Đổi người dùng' }).click();
    await expect(this.heading).toBeVisible();
  }

  knownOfficer(username: string): Locator {
    return this.known.getByRole('button', { name: new RegExp(username.replace('.', '\\.')) });
  }

  sectionNames(): Promise<string[]> {
    return this.sidebar.locator('.sidebar__label').allTextContents();
  }
}
