// Page object for the Văn bản card of a dossier: its list of documents, the drafting buttons, the
// open document's editor boxes, its live preview, and saving the PDF.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class DocumentsCard {
  readonly card: Locator;
  readonly rows: Locator;
  readonly editor: Locator;
  readonly preview: Locator;
  readonly previewFrame: Locator;
  readonly previewState: Locator;
  readonly alert: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Văn bản', exact: true });
    this.rows = this.card.getByRole('list', { name: 'Văn bản của hồ sơ' }).getByRole('listitem');
    this.editor = this.card.locator('.document-editor');
    this.preview = this.editor.getByRole('figure');
    this.previewFrame = this.preview.locator('iframe');
    this.previewState = this.preview.locator('.document-preview__state');
    this.alert = this.card.getByRole('alert');
    this.done = this.card.locator('.documents-card__done');
  }

  button(name: string | RegExp): Locator {
    return this.card.getByRole('button', { name });
  }

  article(n: number): Locator {
    return this.editor.getByRole('textbox', { name: new RegExp(`^Điều ${n}`) });
  }

  /** Waits until the frame shows a PDF rendered after `since` (another blob URL), and returns its URL. */
  async previewChangedFrom(since: string | null): Promise<string> {
    await expect(this.previewState).toHaveText('Bản xem trước đã cập nhật.');
    await expect(this.previewFrame).toHaveAttribute('src', /^blob:/);
    if (since) await expect(this.previewFrame).not.toHaveAttribute('src', since);
    return (await this.previewFrame.getAttribute('src'))!;
  }

  /** "Lưu tệp PDF": in web mode the browser host downloads the file; returns where it was saved. */
  async savePdf(to: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.preview.getByRole('button', { name: 'Lưu tệp PDF' }).click();
    const saved = await download;
    await saved.saveAs(to);
    return saved;
  }

  /** The card with the open document, scrolled to the top of the screen (main scrolls, not the page). */
  async screenshot(name: string): Promise<string> {
    const path = `test-results/screenshots/${name}.png`;
    await this.card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // The browser's PDF viewer paints a moment after the frame loads.
    await this.page.waitForTimeout(1500);
    await this.page.screenshot({ path });
    return path;
  }
}
