// Page object for Ký duyệt: the queue with its rows and selection, the key dialog (file, passphrase,
// certificate, confirmation), batch progress, the verification panel and the trust anchors.
import { expect, type Locator, type Page } from '@playwright/test';

export class SigningPage {
  readonly main: Locator;
  readonly rows: Locator;
  readonly list: Locator;
  readonly signSelected: Locator;
  readonly dialog: Locator;
  readonly passphrase: Locator;
  readonly certificate: Locator;
  readonly progress: Locator;
  readonly finished: Locator;
  readonly emptyQueue: Locator;
  readonly failures: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.list = this.main.getByRole('listbox', { name: 'Văn bản chờ ký' });
    this.rows = this.list.getByRole('option');
    this.signSelected = this.main.getByRole('button', { name: 'Ký các văn bản đã chọn' });
    this.dialog = page.getByRole('dialog');
    this.passphrase = this.dialog.getByLabel('Mật khẩu của tệp chứng thư số');
    this.certificate = page.getByTestId('signing-certificate');
    this.progress = this.main.getByRole('progressbar', { name: 'Tiến độ ký số' });
    this.finished = page.getByTestId('signing-finished');
    this.emptyQueue = page.getByTestId('signing-queue-empty');
    this.failures = page.getByTestId('signing-failure');
    this.report = page.getByTestId('verification-report');
  }

  async open(tab: 'queue' | 'verify' | 'settings' = 'queue'): Promise<void> {
    const path = { queue: '', verify: '/kiem-tra', settings: '/cai-dat' }[tab];
    await this.page.goto(`/index.html#/ky-duyet${path}`);
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Ký duyệt');
  }

  tab(name: 'Văn bản chờ ký' | 'Kiểm tra chữ ký' | 'Chứng thư tin cậy và hình ảnh'): Locator {
    return this.main.getByRole('tab', { name });
  }

  /** Clicks `button` and gives the browser host's file chooser `file`. */
  async chooseFile(button: Locator, file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(file);
  }

  async openKey(p12File: string, passphrase: string): Promise<void> {
    await this.chooseFile(this.dialog.getByRole('button', { name: 'Chọn tệp .p12/.pfx…' }), p12File);
    await expect(this.dialog.getByTestId('signing-key-file')).toContainText('.p12');
    await this.passphrase.fill(passphrase);
    await this.dialog.getByRole('button', { name: 'Mở chứng thư số' }).click();
  }

  async addTrustAnchor(file: string): Promise<void> {
    await this.chooseFile(this.main.getByRole('button', { name: 'Thêm chứng thư gốc (.cer, .crt, .pem)…' }), file);
  }

  async verify(file: string): Promise<void> {
    await this.chooseFile(this.main.getByRole('button', { name: 'Mở tệp PDF để kiểm tra…' }), file);
    await expect(this.report).toBeVisible();
  }

  /** Into `dir` (default test-results/screenshots, which every Playwright run empties). */
  async screenshot(name: string, dir = 'test-results/screenshots'): Promise<string> {
    const path = `${dir}/${name}.png`;
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
