// Page object for the "Nhật ký" card in Cài đặt: its integrity verdict, filters and entries.
import type { Locator, Page } from '@playwright/test';

export class AuditCard {
  readonly card: Locator;
  readonly chain: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: /^(Nhật ký|Audit log)$/ });
    this.chain = page.getByTestId('audit-chain');
    this.rows = this.card.locator('tbody tr');
  }

  async search(text: string): Promise<void> {
    await this.card.getByLabel('Tìm trong nhật ký').fill(text);
  }

  async filterByAction(label: string): Promise<void> {
    await this.card.getByLabel('Loại', { exact: true }).selectOption({ label });
  }
}
