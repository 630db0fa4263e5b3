// Page object for Báo cáo: the period picker, the Biểu 06 table and its export buttons, named the
// way an officer points at them.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { BIEU06_COLUMNS, type Bieu06Counts } from '../../../shared/reports/bieu06';

export class ReportsPage {
  readonly table: Locator;
  readonly deploymentTable: Locator;
  readonly periodKind: Locator;
  readonly year: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('bieu06-table');
    this.deploymentTable = page.getByTestId('deployment-table');
    this.periodKind = page.getByLabel('Loại kỳ');
    this.year = page.getByLabel('Năm', { exact: true });
    this.progress = page.getByText(/Đang lập báo cáo/);
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/bao-cao');
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Báo cáo');
  }

  /** The figures of one line: 'total', a field code or a procedure code, as numbers. */
  async figures(code: string): Promise<Bieu06Counts> {
    const row = this.table.locator(`tr[data-code="${code}"]`);
    const cells = await row.locator('td[data-column]').allTextContents();
    return Object.fromEntries(BIEU06_COLUMNS.map((column, i) => [column, Number(cells[i]!.replace(/\D/g, ''))])) as Bieu06Counts;
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async export(format: 'CSV' | 'Excel (XLSX)' | 'PDF'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Xuất ${format}` }).click();
    return download;
  }
}
