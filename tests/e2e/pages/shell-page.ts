// Page object for the app shell: the top bar, the section sidebar and the current section, named the
// way an officer would point at them.
import { expect, type Locator, type Page } from '@playwright/test';

export const sectionSlugs = ['tong-quan', 'ho-so', 'tiep-nhan', 'ky-duyet', 'bao-cao', 'dong-bo', 'cai-dat'] as const;
export type SectionSlug = (typeof sectionSlugs)[number];

export const sectionTitles = {
  vi: ['Tổng quan', 'Hồ sơ', 'Tiếp nhận', 'Ký duyệt', 'Báo cáo', 'Đồng bộ', 'Cài đặt'],
  en: ['Overview', 'Dossiers', 'Intake', 'Signing', 'Reports', 'Sync', 'Settings'],
} as const;

export class ShellPage {
  readonly sidebar: Locator;
  readonly sectionLinks: Locator;
  readonly heading: Locator;
  readonly networkStatus: Locator;
  readonly skipLink: Locator;
  readonly topBar: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation');
    this.sectionLinks = this.sidebar.getByRole('link');
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.networkStatus = page.getByRole('status').filter({ has: page.locator('.network-status__badge') });
    this.skipLink = page.locator('.skip-link');
    this.topBar = page.getByRole('banner').first();
  }

  async open(slug?: SectionSlug): Promise<void> {
    await this.page.goto(slug ? `/index.html#/${slug}` : '/index.html');
    await expect(this.heading).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.heading).toBeVisible();
  }

  sectionLink(name: string): Locator {
    return this.sidebar.getByRole('link', { name, exact: false });
  }

  async sectionNames(): Promise<string[]> {
    return (await this.sidebar.locator('.sidebar__label').allTextContents()).map((text) => text.trim());
  }

  /** The section the sidebar marks as current. */
  currentLink(): Locator {
    return this.sidebar.locator('a[aria-current="page"]');
  }

  async pressShortcut(digit: number): Promise<void> {
    await this.page.keyboard.press(`Alt+Digit${digit}`);
  }

  languageButton(name: 'Tiếng Việt' | 'English'): Locator {
    return this.topBar.getByRole('button', { name, exact: true });
  }

  async switchLanguage(name: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.languageButton(name).click();
    await expect(this.languageButton(name)).toHaveAttribute('aria-pressed', 'true');
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  /** The facts the Settings section shows under "About the application". */
  appInfo(): Locator {
    return this.page.getByTestId('app-info');
  }

  async screenshot(name: string): Promise<string> {
    const path = `test-results/screenshots/${name}.png`;
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
