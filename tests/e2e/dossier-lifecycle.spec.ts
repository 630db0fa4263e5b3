// The whole one-stop path of one dossier on one desk, offline, in web mode: received at the counter
// with its files after the afternoon cut-off, assigned, paused for a supplement, answered,
// forwarded up, approved, signed and returned. The browser's clock is set to the days an officer
// would live through, so the promised date is checked against the working-day rules: the
// cut-off, the Hùng Kings compensatory day off (27/04/2026), 30/04 and 01/05, and the week the
// clock stood still. Every step is checked in the header, the facts, the timeline and a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';
import { IntakePage } from './pages/intake-page';
import { pdfFile, pngFile } from './sample-files';

const UNIT = 'CUDCN';
const TRANSFER = /^Đăng ký chuyển giao công nghệ \(trừ/;
const applicant = { name: 'Trần Văn Bảo', idNumber: '079085001234', phone: '0903 123 456', email: 'bao.tran@example.vn', address: '12 Lê Lợi, Quận 1, TP. Hồ Chí Minh' };

/** A moment on the Vietnamese wall clock. */
const at = (localDateTime: string) => new Date(`${localDateTime}:00+07:00`);

async function moveClock(page: Page, localDateTime: string): Promise<void> {
  await page.clock.setSystemTime(at(localDateTime));
  // A new working day: reloading proves the dossier is stored, not held in memory.
  await page.reload();
}

test('a dossier goes from the counter to its returned result, with the promised date right at every step', async ({ page }) => {
  test.setTimeout(90_000);
  const intake = new IntakePage(page);
  const dossiers = new DossiersPage(page);
  const status = page.locator('.dossier-detail__header .status-chip');
  const due = page.getByTestId('dossier-due');
  const last = () => dossiers.timelineItems.last();
  const act = async (action: string, fill?: () => Promise<void>) => {
    await dossiers.action(action).click();
    await expect(dossiers.dialog.getByRole('heading')).toHaveText(action);
    await fill?.();
    await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(dossiers.dialog).toBeHidden();
    await expect(dossiers.confirmation).toContainText(`Đã ghi: ${action}`);
  };

  // Monday 20/04/2026, 16:00: after the 15:00 cut-off, so the clock counts from Tuesday 21/04.
  // Five working days: 22, 23, 24, (27 is a day off), 28, 29 → promised for 29/04/2026.
  await page.clock.install({ time: at('2026-04-20T16:00') });
  await intake.open();
  const clerk = await intake.chooseProfile(UNIT, { role: /Cán bộ tiếp nhận/ });
  await intake.procedure(TRANSFER).check();
  await expect(intake.liveDueDate).toHaveText('Thứ Tư, 29/04/2026');
  await intake.fillApplicant(applicant);
  await intake.field('Trích yếu').fill('Đăng ký hợp đồng chuyển giao công nghệ sấy lạnh nông sản');
  await intake.attach('VB', pdfFile('van-ban-de-nghi.pdf'));
  await intake.attach('HD', pngFile('hop-dong-trang-1.png'), pdfFile('hop-dong.pdf'));
  await intake.attach('TCPL', pdfFile('giay-phep-kinh-doanh.pdf'));
  const code = await intake.receiveWithConfirm();
  expect(code).toBe(`${UNIT}-260420-0001`);
  await expect(intake.promisedDate).toHaveText('Thứ Tư, 29/04/2026');
  await intake.receipt.getByRole('link', { name: `Mở hồ sơ ${code}` }).click();

  await expect(dossiers.detailHeading).toHaveText(code);
  await expect(status).toHaveText('Được tiếp nhận');
  await expect(due).toHaveText('29/04/2026 — còn 6 ngày');
  await expect(dossiers.timelineItems).toHaveCount(1);
  await expect(last()).toContainText('Tiếp nhận hồ sơ, hẹn trả kết quả ngày 29/04/2026; chuyển bước «Thẩm định hợp đồng chuyển giao công nghệ».');
  await expect(last()).toContainText(clerk);
  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  for (const name of ['van-ban-de-nghi.pdf', 'hop-dong-trang-1.png', 'hop-dong.pdf', 'giay-phep-kinh-doanh.pdf']) {
    await expect(components.getByRole('button', { name: new RegExp(name.replace('.', '\\.')) })).toBeVisible();
  }

  // Tuesday 21/04, 08:30: the head of division assigns a specialist.
  await moveClock(page, '2026-04-21T08:30');
  await expect(due).toHaveText('29/04/2026 — còn 5 ngày');
  const head = await intake.chooseProfile(UNIT, { role: /Lãnh đạo phòng/ });
  let specialist = '';
  await act('Phân công xử lý', async () => {
    const picker = dossiers.dialog.getByLabel(/Cán bộ thực hiện — Chuyên viên thụ lý/);
    await picker.selectOption({ index: 1 });
    specialist = (await picker.locator('option:checked').textContent())!.split(' — ')[0]!;
  });
  await expect(status).toHaveText('Đang xử lý');
  await expect(last()).toContainText(`Phân công ${specialist} xử lý.`);
  await expect(last()).toContainText(head);

  // Thursday 23/04, 09:00: the specialist asks for a notarised contract; three working days were left.
  await moveClock(page, '2026-04-23T09:00');
  await intake.chooseProfile(UNIT, { role: new RegExp(specialist) });
  await act('Yêu cầu bổ sung hồ sơ', async () => {
    await dossiers.dialog.getByLabel(/Nội dung cần bổ sung, hoàn thiện/).fill('Bổ sung bản dịch hợp đồng có chứng thực.');
    await dossiers.dialog.getByRole('checkbox', { name: /Hợp đồng chuyển giao công nghệ/ }).check();
  });
  await expect(status).toHaveText('Yêu cầu bổ sung');
  await expect(due).toHaveText('29/04/2026 — Tạm dừng tính thời gian (còn 3 ngày)');
  await expect(last()).toContainText('Yêu cầu bổ sung hồ sơ lần 1 (Mẫu 02); tạm dừng tính thời gian.');
  await expect(last()).toContainText('Bổ sung bản dịch hợp đồng có chứng thực.');
  await dossiers.screenshot('lifecycle-supplement');
  await expect(dossiers.action('Chuyển bước tiếp theo')).toHaveCount(0);

  // Wednesday 06/05, 10:00, after the 30/04–01/05 holidays: the applicant brings it to the counter.
  // The clock stood still; the three days left run again from today: 07, 08, 11/05.
  await moveClock(page, '2026-05-06T10:00');
  await expect(due).toHaveText('29/04/2026 — Tạm dừng tính thời gian (còn 3 ngày)');
  await intake.chooseProfile(UNIT, { role: /Cán bộ tiếp nhận/ });
  await act('Nhận hồ sơ bổ sung', async () => {
    await expect(dossiers.dialog.getByRole('checkbox', { name: /Hợp đồng chuyển giao công nghệ/ })).toBeChecked();
  });
  await expect(status).toHaveText('Đang xử lý');
  await expect(due).toHaveText('11/05/2026 — còn 3 ngày');
  await expect(last()).toContainText('Nhận hồ sơ bổ sung lần 1; hẹn trả kết quả ngày 11/05/2026.');

  // Thursday 07/05: the specialist forwards to the head, who forwards to the unit's leader.
  await moveClock(page, '2026-05-07T09:00');
  await expect(due).toHaveText('11/05/2026 — còn 2 ngày');
  await intake.chooseProfile(UNIT, { role: new RegExp(specialist) });
  await act('Chuyển bước tiếp theo');
  await expect(last()).toContainText('Chuyển hồ sơ sang bước «Xem xét, trình ký».');
  await intake.chooseProfile(UNIT, { role: /Lãnh đạo phòng/ });
  await act('Chuyển bước tiếp theo');
  await expect(last()).toContainText('Chuyển hồ sơ sang bước «Phê duyệt, ký kết quả».');
  await expect(status).toHaveText('Đang xử lý');

  // Friday 08/05: the leader approves and signs; the result is ready a working day early.
  await moveClock(page, '2026-05-08T09:00');
  const leader = await intake.chooseProfile(UNIT, { role: /Lãnh đạo đơn vị/ });
  await expect(dossiers.action('Ký kết quả')).toHaveCount(0);
  await act('Phê duyệt kết quả');
  await expect(last()).toContainText('Phê duyệt kết quả giải quyết.');
  await act('Ký kết quả', () => dossiers.dialog.getByLabel('Số, ký hiệu văn bản kết quả').fill('125/GCN-CGCN'));
  await expect(status).toHaveText('Đã xử lý xong');
  await expect(due).toHaveText('11/05/2026 — Hoàn thành trước hạn');
  await expect(last()).toContainText('số 125/GCN-CGCN');
  await expect(last()).toContainText(leader);

  // Friday 08/05, 14:00: the counter hands the certificate over.
  await moveClock(page, '2026-05-08T14:00');
  await intake.chooseProfile(UNIT, { role: /Cán bộ tiếp nhận/ });
  await act('Trả kết quả', () => dossiers.dialog.getByRole('radio', { name: 'trực tiếp tại Bộ phận Một cửa' }).check());
  await expect(status).toHaveText('Đã trả kết quả');
  await expect(last()).toContainText('Trả kết quả cho người nộp (trực tiếp tại Bộ phận Một cửa).');
  await expect(dossiers.actions.getByRole('button')).toHaveCount(0);

  // Everything is still there after a reload: status, promise, the nine entries of the history, the files.
  const history = await dossiers.timelineItems.allTextContents();
  expect(history).toHaveLength(9);
  await page.reload();
  await expect(dossiers.detailHeading).toHaveText(code);
  await expect(status).toHaveText('Đã trả kết quả');
  await expect(due).toHaveText('11/05/2026 — Hoàn thành trước hạn');
  expect(await dossiers.timelineItems.allTextContents()).toEqual(history);
  await expect(components.getByRole('button', { name: /hop-dong\.pdf/ })).toBeVisible();
  await dossiers.screenshot('lifecycle-returned');
  await dossiers.backButton.click();
  // The list opens on the dossiers still in progress; a returned one is found once that filter is cleared.
  await expect(dossiers.count).toHaveText('0 trên 1 hồ sơ');
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await dossiers.search.fill(applicant.name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  await expect(dossiers.rows).toHaveCount(1);
  await expect(dossiers.rows.first()).toContainText(code);
  await expect(dossiers.rows.first()).toContainText('Đã trả kết quả');
});
