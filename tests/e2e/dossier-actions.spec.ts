// Acting on a dossier: the buttons are what the workflow allows the chosen officer now; each opens
// a confirm dialog; a refusal is explained in the dialog and changes nothing; a recorded action
// shows in the status, the history and a confirmation, and in the list behind it.
import type { Page } from '@playwright/test';
import type { DemoOfficer } from '../../shared/domain/demo/staff';
import { expect, test } from './fixtures';
import { demoData, openSeededDossier } from './seed-dossiers';

const data = demoData(300, 14);
const received = data.dossiers.find((d) => d.status === 2)!;
const head = data.staff.find((o) => o.unitCode === received.unitCode && o.role === 'head')!;
const inAppraisal = data.dossiers.find((d) => d.status === 4 && d.assigneeId !== null && d.step?.role === 'specialist' && d.step.kind === 'process')!;
const specialist = data.staff.find((o) => o.id === inAppraisal.assigneeId)!;

const openWith = (page: Page, officer: DemoOfficer | null, dossierId: string) => openSeededDossier(page, data, officer, dossierId);

test('a head of division assigns a received dossier to a specialist of the unit', async ({ page }) => {
  const dossiers = await openWith(page, head, received.id);
  const before = await dossiers.timelineItems.count();
  await expect(dossiers.actions).toContainText(`Anh/chị đang làm việc với tư cách ${head.name}`);
  await dossiers.action('Phân công xử lý').click();
  await expect(dossiers.dialog).toBeVisible();
  await expect(dossiers.dialog.getByRole('heading')).toHaveText('Phân công xử lý');
  // Nobody chosen yet: the dialog says so and nothing is recorded.
  await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dossiers.dialog.getByRole('alert')).toHaveText('Hãy chọn cán bộ được phân công.');
  const picker = dossiers.dialog.getByLabel(/Cán bộ thực hiện — Chuyên viên thụ lý/);
  const choices = (await picker.locator('option').allTextContents()).slice(1);
  expect(choices.length).toBe(4);
  await picker.selectOption({ index: 2 });
  const chosen = choices[1]!.split(' — ')[0]!;
  await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dossiers.dialog).toBeHidden();
  await expect(dossiers.confirmation).toHaveText(`Đã ghi: Phân công xử lý — hồ sơ ${received.code}.`);
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Đang xử lý');
  await expect(dossiers.timelineItems).toHaveCount(before + 1);
  await expect(dossiers.timelineItems.last()).toContainText(`Phân công ${chosen} xử lý.`);
  await expect(dossiers.timelineItems.last()).toContainText(`${head.name} · Lãnh đạo phòng`);
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Tìm hồ sơ' }).fill(received.code);
  await expect(dossiers.rows).toHaveCount(1);
  await expect(dossiers.rows.first()).toContainText(chosen);
});

test('a refused action is explained in the dialog and changes nothing; Escape cancels', async ({ page }) => {
  const dossiers = await openWith(page, specialist, inAppraisal.id);
  const before = await dossiers.timelineItems.count();
  const button = dossiers.action('Yêu cầu bổ sung hồ sơ');
  await button.click();
  await page.keyboard.press('Escape');
  await expect(dossiers.dialog).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dossiers.dialog.getByRole('alert')).toHaveText('Chưa thực hiện được: Hãy ghi rõ nội dung cần bổ sung để in trên Mẫu 02.');
  await expect(dossiers.dialog).toBeVisible();
  await expect(dossiers.timelineItems).toHaveCount(before);

  await dossiers.dialog.getByLabel(/Nội dung cần bổ sung, hoàn thiện/).fill('Bổ sung bản sao có chứng thực của quyết định thành lập.');
  await dossiers.dialog.getByRole('checkbox').first().check();
  await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dossiers.dialog).toBeHidden();
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Yêu cầu bổ sung');
  await expect(page.getByTestId('dossier-due')).toContainText('Tạm dừng tính thời gian');
  await expect(dossiers.timelineItems).toHaveCount(before + 1);
  await expect(dossiers.timelineItems.last()).toContainText('(Mẫu 02); tạm dừng tính thời gian.');
  await expect(dossiers.timelineItems.last()).toContainText('Bổ sung bản sao có chứng thực của quyết định thành lập.');
  await expect(page.locator('.component--requested')).toHaveCount(1);
  // The specialist has nothing more to do while the applicant is asked.
  await expect(dossiers.actions.getByRole('button', { name: 'Yêu cầu bổ sung hồ sơ' })).toHaveCount(0);
});

test('without a chosen officer, a dossier asks for one instead of offering actions', async ({ page }) => {
  const dossiers = await openWith(page, null, received.id);
  await expect(dossiers.actions).toContainText('Chưa chọn cán bộ làm việc trên máy này.');
  await expect(dossiers.actions.getByRole('button')).toHaveText(['Chọn cán bộ làm việc']);
  await dossiers.actions.getByRole('button', { name: 'Chọn cán bộ làm việc' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
