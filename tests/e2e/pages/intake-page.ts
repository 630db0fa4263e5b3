// Page object for the stand-in profile picker and the Tiếp nhận (intake) screen, named the way a
// counter clerk would point at things. Keyboard helpers move focus with Tab only, so a test that
// uses them proves the tab order reaches each control.
import { expect, type Locator, type Page } from '@playwright/test';
import type { SampleFile } from '../sample-files';

export type ApplicantInput = { name: string; idNumber: string; phone: string; email?: string; address: string };

export const DOSSIER_CODE = /^[A-Z][A-Z0-9]+-\d{6}-\d{4}$/;

export class IntakePage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly profileBadge: Locator;
  readonly profileDialog: Locator;
  readonly procedureFilter: Locator;
  readonly receiveButton: Locator;
  readonly refuseButton: Locator;
  readonly confirmDialog: Locator;
  readonly refuseDialog: Locator;
  readonly receipt: Locator;
  readonly issuedCode: Locator;
  readonly promisedDate: Locator;
  readonly liveDueDate: Locator;
  readonly storeError: Locator;
  readonly fieldsToFix: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.profileBadge = page.getByRole('banner').getByRole('group', { name: 'Người dùng hiện tại' });
    this.profileDialog = page.getByRole('dialog', { name: /Chọn hồ sơ người dùng tạm thời/ });
    this.procedureFilter = this.main.getByRole('searchbox', { name: 'Tìm thủ tục' });
    this.receiveButton = this.main.getByRole('button', { name: 'Tiếp nhận', exact: true });
    this.refuseButton = this.main.getByRole('button', { name: 'Từ chối tiếp nhận', exact: true });
    this.confirmDialog = page.getByRole('dialog', { name: 'Tiếp nhận hồ sơ này?' });
    this.refuseDialog = page.getByRole('dialog', { name: /Từ chối tiếp nhận hồ sơ/ });
    this.receipt = page.getByTestId('intake-receipt');
    this.issuedCode = page.getByTestId('issued-code');
    this.promisedDate = page.getByTestId('promised-date');
    this.liveDueDate = page.getByTestId('intake-due-date');
    this.storeError = page.getByTestId('intake-store-error');
    this.fieldsToFix = this.main.getByRole('alert').filter({ hasText: 'thông tin cần sửa' });
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/tiep-nhan');
    await expect(this.heading).toHaveText('Tiếp nhận');
  }

  /** Picks an officer in the top bar's dialog: by unit code and role title, or the first of the unit. */
  async chooseProfile(unitCode: string, officer: { role?: RegExp; index?: number } = {}): Promise<string> {
    await this.profileBadge.getByRole('button').click();
    await expect(this.profileDialog).toBeVisible();
    await this.profileDialog.getByLabel('Đơn vị', { exact: true }).selectOption({ value: unitCode });
    const options = this.profileDialog.getByRole('radio');
    const option = officer.role ? this.profileDialog.getByRole('radio', { name: officer.role }).nth(officer.index ?? 0) : options.nth(officer.index ?? 0);
    await option.check();
    const name = (await option.locator('xpath=..').locator('.profile-option__name').textContent()) ?? '';
    await this.profileDialog.getByRole('button', { name: 'Dùng hồ sơ này' }).click();
    await expect(this.profileDialog).toBeHidden();
    await expect(this.profileBadge).toContainText(name);
    return name;
  }

  /** The first counter clerk of a unit, chosen by keyboard from the badge's button on. */
  async chooseClerkByKeyboard(unitCode: string): Promise<void> {
    await this.profileBadge.getByRole('button').focus();
    await this.page.keyboard.press('Enter');
    await expect(this.profileDialog).toBeVisible();
    const unit = this.profileDialog.getByLabel('Đơn vị', { exact: true });
    await expect(unit).toBeFocused();
    // Arrow keys step through a closed <select> on Windows and Linux.
    const values = await unit.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const steps = values.indexOf(unitCode) - values.indexOf(await unit.inputValue());
    for (let i = 0; i < Math.abs(steps); i++) await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await expect(unit).toHaveValue(unitCode);
    await this.page.keyboard.press('Tab');
    await expect(this.profileDialog.getByRole('radio').first()).toBeFocused();
    await this.page.keyboard.press('Space');
    await this.page.keyboard.press('Tab');
    await expect(this.profileDialog.getByRole('button', { name: 'Dùng hồ sơ này' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.profileDialog).toBeHidden();
  }

  /** A text field or text area by its label (the required asterisk is not part of its name). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  procedure(name: RegExp | string): Locator {
    return this.main.getByRole('radiogroup').getByRole('radio', { name });
  }

  component(code: string): Locator {
    return this.page.getByTestId(`intake-component-${code}`);
  }

  /** The in-place error of a field: the element its aria-describedby names as the error. */
  async errorOf(field: Locator): Promise<Locator> {
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    return this.page.locator(errorId ? `[id="${errorId}"]` : '[data-no-error-described]');
  }

  async fillApplicant(applicant: ApplicantInput): Promise<void> {
    await this.field('Họ và tên').fill(applicant.name);
    await this.field('Số CCCD/định danh cá nhân').fill(applicant.idNumber);
    await this.field('Số điện thoại').fill(applicant.phone);
    if (applicant.email) await this.field('Thư điện tử').fill(applicant.email);
    await this.field('Địa chỉ liên hệ').fill(applicant.address);
  }

  async attach(componentCode: string, ...files: SampleFile[]): Promise<void> {
    await this.page.getByTestId(`intake-component-${componentCode}-input`).setInputFiles(files);
  }

  /** Drops files onto a component's row, as dragging them from the file manager does. */
  async drop(componentCode: string, ...files: SampleFile[]): Promise<void> {
    const payload = files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] }));
    const dataTransfer = await this.page.evaluateHandle((items) => {
      const transfer = new DataTransfer();
      for (const item of items) transfer.items.add(new File([new Uint8Array(item.bytes)], item.name, { type: item.mimeType }));
      return transfer;
    }, payload);
    const row = this.component(componentCode);
    await row.dispatchEvent('dragover', { dataTransfer });
    await row.dispatchEvent('drop', { dataTransfer });
  }

  /** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
  async tabTo(target: Locator, limit = 12): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab did not reach ${target.toString()} within ${limit} presses`);
  }

  /** Opens the file chooser from the focused "Chọn tệp" button with Enter, and picks the files. */
  async attachByKeyboard(...files: SampleFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(files);
  }

  chooseFileButton(componentName: string | RegExp): Locator {
    return this.main.getByRole('button', { name: typeof componentName === 'string' ? `Chọn tệp: ${componentName}` : componentName });
  }

  async receiveWithConfirm(): Promise<string> {
    await this.receiveButton.click();
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmDialog.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();
    await expect(this.receipt).toBeVisible();
    return (await this.issuedCode.textContent())?.trim() ?? '';
  }

  /** Dossiers in the local database, read straight from IndexedDB: proves what was (not) stored. */
  async storedDossierCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('dossier-desk');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('dossiers')) {
              db.close();
              resolve(0);
              return;
            }
            const count = db.transaction('dossiers').objectStore('dossiers').count();
            count.onsuccess = () => {
              resolve(count.result);
              db.close();
            };
            count.onerror = () => reject(count.error);
          };
        }),
    );
  }

  /** The dossier id in the receipt's "Mở hồ sơ" link. */
  async openedDossierId(): Promise<string> {
    const href = (await this.receipt.getByRole('link').getAttribute('href')) ?? '';
    return decodeURIComponent(href.replace('#/ho-so/', ''));
  }

  async screenshot(name: string): Promise<string> {
    const path = `test-results/screenshots/${name}.png`;
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
