// Page object for the Đồng bộ screen: the connection card with its sign-in form, the sync status
// with "Đồng bộ ngay" and its progress bars, the refusals and the run history.
import { expect, type Locator, type Page } from '@playwright/test';

export class SyncPage {
  readonly main: Locator;
  readonly connection: Locator;
  readonly status: Locator;
  readonly issues: Locator;
  readonly history: Locator;
  readonly syncNow: Locator;
  readonly progressBars: Locator;
  readonly unsent: Locator;
  readonly oldest: Locator;
  readonly lastSuccess: Locator;
  readonly numbers: Locator;
  readonly failure: Locator;
  readonly waiting: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.connection = this.main.getByRole('region', { name: /Kết nối với Cổng|Connection to the portal/ });
    this.status = this.main.getByRole('region', { name: /Trạng thái đồng bộ|Sync status/ });
    this.issues = this.main.getByRole('region', { name: /Thay đổi bị Cổng từ chối|Changes refused by the portal/ });
    this.history = this.main.getByRole('region', { name: /Các lần đồng bộ gần đây|Recent sync runs/ });
    this.syncNow = this.status.getByRole('button', { name: /Đồng bộ ngay|Đang đồng bộ…|Sync now|Syncing…/ });
    this.progressBars = this.status.getByRole('progressbar');
    this.unsent = page.getByTestId('sync-unsent');
    this.oldest = page.getByTestId('sync-oldest');
    this.lastSuccess = page.getByTestId('sync-last-success');
    this.numbers = page.getByTestId('sync-numbers');
    this.failure = page.getByTestId('sync-failure');
    this.waiting = page.getByTestId('sync-waiting');
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/dong-bo');
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Đồng bộ');
  }

  async signIn(username: string, password = 'demo'): Promise<void> {
    await this.connection.getByLabel('Tên đăng nhập').fill(username);
    await this.connection.getByLabel('Mật khẩu').fill(password);
    await this.connection.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  /** Rows of the run history, newest first. */
  historyRows(): Locator {
    return this.history.locator('tbody tr');
  }

  async screenshot(name: string): Promise<string> {
    const path = `test-results/screenshots/${name}.png`;
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }
}
