// Page object for Hồ sơ (the list and one dossier) and Tổng quan, named the way an officer points
// at things: the search box, the chips, the list, a dossier's history, an action and its dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export class DossiersPage {
  readonly main: Locator;
  readonly search: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly sort: Locator;
  readonly emptyState: Locator;
  readonly detailHeading: Locator;
  readonly backButton: Locator;
  readonly timeline: Locator;
  readonly timelineItems: Locator;
  readonly actions: Locator;
  readonly dialog: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.search = page.getByRole('searchbox', { name: 'Tìm hồ sơ' });
    this.list = page.getByRole('listbox', { name: /Danh sách hồ sơ/ });
    this.rows = this.list.getByRole('option');
    this.count = page.getByTestId('dossier-count');
    this.sort = page.getByRole('combobox', { name: 'Sắp xếp' });
    this.emptyState = page.locator('.dossier-empty');
    this.detailHeading = page.locator('#dossier-heading');
    this.backButton = page.getByRole('button', { name: /Danh sách hồ sơ/ });
    this.timeline = page.getByRole('region', { name: 'Quá trình xử lý' });
    this.timelineItems = this.timeline.getByRole('listitem');
    this.actions = page.getByRole('region', { name: 'Thao tác' });
    this.dialog = page.getByRole('dialog');
    this.confirmation = this.actions.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/ho-so');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ');
  }

  /** A quick filter chip ("Quá hạn", "Chưa giao"…), whose name starts with its label. */
  chip(label: string): Locator {
    return this.page.locator('.quick-chips').getByRole('button', { name: new RegExp(`^${label}`) });
  }

  selectedRow(): Locator {
    return this.list.locator('[role="option"][aria-selected="true"]');
  }

  /** The number in "N hồ sơ" / "N trên M hồ sơ". */
  async shownCount(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    return Number(text.split(/\s/)[0]!.replace(/\./g, ''));
  }

  async rowTexts(): Promise<string[]> {
    return this.rows.allTextContents();
  }

  action(name: string): Locator {
    return this.actions.getByRole('button', { name, exact: true });
  }

  workCard(label: string): Locator {
    return this.page.locator('.work-cards').getByRole('link', { name: new RegExp(`^${label}:`) });
  }

  async screenshot(name: string): Promise<string> {
    const path = `test-results/screenshots/${name}.png`;
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
