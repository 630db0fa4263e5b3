// A dossier's attached files preview in place, read from the local attachment store as blob: URLs.
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { expect, test } from './fixtures';
import { pdfFile, pngFile, type SampleFile } from './sample-files';
import { demoData, openSeededDossier, type SeedFile } from './seed-dossiers';

// Playwright's trace recorder fetches blob: images and frames from inside the page to snapshot
// them, which the app's CSP (connect-src without blob:) rightly blocks and the fixture reports.
// The app itself only shows the blob, so these tests run untraced.
test.use({ trace: 'off' });

const data = demoData(120, 14);
const dossier = data.dossiers.find((d) => d.status === 4 && d.assigneeId !== null)!;
const officer = data.staff.find((o) => o.id === dossier.assigneeId)!;
const component = shippedCatalogue.procedures.find((p) => p.code === dossier.procedureCode)!.components[0]!;

const attached = (sample: SampleFile): SeedFile => ({ dossierId: dossier.id, componentCode: component.code, name: sample.name, mimeType: sample.mimeType, bytes: [...sample.buffer] });

test('an attached image previews in place under its component, and closes', async ({ page }) => {
  const dossiers = await openSeededDossier(page, data, officer, dossier.id, [attached(pngFile('anh-chup.png'))]);
  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  await expect(components.locator('.component').first()).toContainText(component.name);
  await components.getByRole('button', { name: 'Xem anh-chup.png' }).click();
  await expect(components.getByRole('img', { name: 'Xem trước: anh-chup.png' })).toHaveAttribute('src', /^blob:/);
  await components.getByRole('button', { name: 'Đóng xem trước' }).click();
  await expect(components.getByRole('img')).toHaveCount(0);
  await expect(dossiers.detailHeading).toHaveText(dossier.code);
});

test('an attached PDF previews in a frame', async ({ page }) => {
  await openSeededDossier(page, data, officer, dossier.id, [attached(pdfFile('don-de-nghi.pdf'))]);
  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  await components.getByRole('button', { name: 'Xem don-de-nghi.pdf' }).click();
  const frame = components.locator('iframe[title="Xem trước: don-de-nghi.pdf"]');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', /^blob:/);
});
