// Tiếp nhận at the one-stop counter: a clerk receives a complete dossier by keyboard alone, wrong
// entries and wrong files are refused in place with nothing stored, a dossier can be refused with
// a reason (form 03), and what was received is still there after a reload.
import { expect, test } from './fixtures';
import { DOSSIER_CODE, IntakePage, type ApplicantInput } from './pages/intake-page';
import { emptyFile, oversizedPdf, pdfFile, pngFile, textFile } from './sample-files';

const applicant: ApplicantInput = {
  name: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '001190012345',
  phone: '0912 345 678',
  email: 'tuyet@example.vn',
  address: 'Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội',
};
const TRANSFER = /^Đăng ký chuyển giao công nghệ \(trừ/;
const SUMMARY = 'Đề nghị đăng ký hợp đồng chuyển giao công nghệ sản xuất phân bón vi sinh';
const DATE = /\d{2}\/\d{2}\/\d{4}/;

async function clerkAtTransferDesk(intake: IntakePage): Promise<void> {
  await intake.open();
  await intake.chooseProfile('CUDCN', { role: /Cán bộ tiếp nhận/ });
  await intake.procedure(TRANSFER).check();
}

test('a clerk receives a complete dossier with a PDF and a PNG entirely by keyboard', async ({ page }) => {
  const intake = new IntakePage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await intake.open();
  await intake.chooseClerkByKeyboard('CUDCN');
  await intake.screenshot('intake-empty-1280');

  await page.keyboard.press('Alt+Digit3');
  await expect(intake.heading).toBeFocused();
  await intake.tabTo(intake.procedureFilter);
  await page.keyboard.type('chuyen giao');
  await intake.tabTo(intake.procedure(TRANSFER));
  await page.keyboard.press('Space');
  await expect(intake.procedure(TRANSFER)).toBeChecked();
  await expect(intake.liveDueDate).toHaveText(DATE);
  const promised = await intake.liveDueDate.textContent();

  await intake.tabTo(intake.field('Họ và tên'));
  await page.keyboard.type(applicant.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(applicant.idNumber);
  await page.keyboard.press('Tab');
  await page.keyboard.type(applicant.phone);
  await page.keyboard.press('Tab');
  await page.keyboard.type(applicant.email!);
  await page.keyboard.press('Tab');
  await expect(intake.field('Địa chỉ liên hệ')).toBeFocused();
  await page.keyboard.type(applicant.address);
  // Enter in the last one-line field must not receive anything by accident.
  await page.keyboard.press('Enter');
  await expect(intake.confirmDialog).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(intake.field('Trích yếu')).toBeFocused();
  await page.keyboard.type(SUMMARY);

  await intake.tabTo(intake.chooseFileButton('Văn bản đề nghị đăng ký chuyển giao công nghệ'));
  await intake.attachByKeyboard(pdfFile());
  await expect(intake.component('VB')).toContainText('don-de-nghi.pdf');
  await intake.tabTo(intake.chooseFileButton(/^Chọn tệp: Hợp đồng chuyển giao công nghệ/));
  await intake.attachByKeyboard(pngFile());
  await expect(intake.component('HD')).toContainText('hop-dong.png');
  await intake.tabTo(intake.chooseFileButton(/^Chọn tệp: Giấy tờ về tư cách pháp lý/));
  await intake.attachByKeyboard(pdfFile('tu-cach-phap-ly.pdf'));
  await expect(intake.component('TCPL')).toContainText('Đã có 1 tệp');
  await intake.screenshot('intake-filled-1280');

  await page.keyboard.press('Control+Enter');
  await expect(intake.confirmDialog).toBeVisible();
  await expect(intake.confirmDialog.getByRole('button', { name: 'Xác nhận tiếp nhận' })).toBeFocused();
  await expect(intake.confirmDialog).toContainText('3/4 thành phần, 3 tệp đính kèm');
  await intake.screenshot('intake-confirm-1280');
  await page.keyboard.press('Enter');

  await expect(intake.receipt).toBeVisible();
  await expect(intake.receipt.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeFocused();
  await expect(intake.issuedCode).toHaveText(DOSSIER_CODE);
  await expect(intake.issuedCode).toHaveText(/^CUDCN-\d{6}-0001$/);
  await expect(intake.promisedDate).toHaveText(promised!);
  await expect(intake.field('Họ và tên')).toHaveValue('');
  expect(await intake.storedDossierCount()).toBe(1);
  await intake.screenshot('intake-receipt-1280');
});

test('a wrong citizen ID and phone are shown beside their fields, and nothing is stored', async ({ page }) => {
  const intake = new IntakePage(page);
  await page.setViewportSize({ width: 1024, height: 680 });
  await clerkAtTransferDesk(intake);
  const id = intake.field('Số CCCD/định danh cá nhân');
  const phone = intake.field('Số điện thoại');

  await id.fill('12345');
  await id.press('Tab');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await expect(await intake.errorOf(id)).toHaveText(/phải có đúng 12 chữ số \(đang có 5\)/);
  await phone.fill('0123 456');
  await phone.press('Tab');
  await expect(await intake.errorOf(phone)).toHaveText(/Số điện thoại không đúng/);

  await intake.field('Họ và tên').fill(applicant.name);
  await intake.field('Địa chỉ liên hệ').fill(applicant.address);
  await intake.field('Trích yếu').fill(SUMMARY);
  await intake.attach('VB', pdfFile());
  await intake.receiveButton.click();
  await expect(intake.confirmDialog).toBeHidden();
  await expect(intake.fieldsToFix).toContainText('còn 2 thông tin cần sửa');
  await expect(id).toBeFocused();
  await id.scrollIntoViewIfNeeded();
  await intake.screenshot('intake-errors-1024');
  expect(await intake.storedDossierCount()).toBe(0);

  // Corrected, the error goes at once.
  await id.fill(applicant.idNumber);
  await expect(id).not.toHaveAttribute('aria-invalid', 'true');
  await expect(await intake.errorOf(id)).toHaveCount(0);
});

test('an empty, a too large and a wrong-type file are refused at their component with the reason', async ({ page }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await intake.attach('VB', emptyFile(), oversizedPdf(), textFile(), { ...pngFile(), name: 'scan.pdf' });
  const row = intake.component('VB');
  await expect(row.getByRole('alert')).toContainText('Tệp «trang.pdf» rỗng');
  await expect(row.getByRole('alert')).toContainText(/Tệp «ban-quet-lon\.pdf» có dung lượng 20,0 MB, vượt giới hạn 20,0 MB/);
  await expect(row.getByRole('alert')).toContainText('Tệp «ghi-chu.txt» không phải PDF, JPG, PNG hoặc DOCX');
  await expect(row.getByRole('alert')).toContainText('Tệp «scan.pdf» không phải PDF');
  await expect(row).toContainText('Chưa có tệp');
  await row.scrollIntoViewIfNeeded();
  await intake.screenshot('intake-files-refused-1280');

  // A good file afterwards is kept and the old reasons go.
  await intake.attach('VB', pdfFile());
  await expect(row).toContainText('Đã có 1 tệp');
  await expect(row.getByRole('alert')).toHaveCount(0);
});

test('files dropped on a component are attached to it, and can be removed again', async ({ page }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await intake.drop('HD', pngFile('hop-dong-trang-1.png'), pdfFile('hop-dong.pdf'));
  const row = intake.component('HD');
  await expect(row).toContainText('Đã có 2 tệp');
  await page.setViewportSize({ width: 1024, height: 680 });
  await row.scrollIntoViewIfNeeded();
  await intake.screenshot('intake-components-1024');
  await expect(row.getByRole('list', { name: /^Tệp đính kèm: Hợp đồng/ }).getByRole('listitem')).toHaveText([/PNG\s*hop-dong-trang-1\.png/, /PDF\s*hop-dong\.pdf/]);
  await row.getByRole('button', { name: 'Gỡ tệp hop-dong.pdf' }).click();
  await expect(row).toContainText('Đã có 1 tệp');
  await expect(row).not.toContainText('hop-dong.pdf');
});

test('an incomplete dossier is not received: the store says what is missing and nothing is stored', async ({ page }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await intake.fillApplicant(applicant);
  await intake.field('Trích yếu').fill(SUMMARY);
  await intake.attach('VB', pdfFile());
  await intake.receiveButton.click();
  await intake.confirmDialog.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();
  await expect(intake.storeError).toContainText('Hồ sơ còn thiếu: Hợp đồng chuyển giao công nghệ');
  await expect(intake.storeError).toBeFocused();
  await expect(intake.receipt).toBeHidden();
  expect(await intake.storedDossierCount()).toBe(0);
});

test('a dossier is refused with a required reason (form 03) and gets its code', async ({ page }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await intake.fillApplicant(applicant);
  await intake.field('Trích yếu').fill(SUMMARY);
  await intake.refuseButton.click();
  await expect(intake.refuseDialog).toBeVisible();
  const reason = intake.field('Lý do từ chối');
  await expect(reason).toBeFocused();
  await intake.refuseDialog.getByRole('button', { name: 'Xác nhận từ chối' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(await intake.errorOf(reason)).toHaveText('Hãy nhập lý do từ chối tiếp nhận.');
  await intake.screenshot('intake-refuse-dialog-1280');
  expect(await intake.storedDossierCount()).toBe(0);

  await reason.fill('Hồ sơ thuộc thẩm quyền của Sở Khoa học và Công nghệ nơi bên nhận chuyển giao đặt trụ sở.');
  await intake.refuseDialog.getByRole('button', { name: 'Xác nhận từ chối' }).click();
  await expect(intake.receipt.getByRole('heading')).toHaveText('Đã từ chối tiếp nhận hồ sơ');
  await expect(intake.issuedCode).toHaveText(DOSSIER_CODE);
  await expect(intake.receipt).toContainText('thuộc thẩm quyền của Sở Khoa học và Công nghệ');
  expect(await intake.storedDossierCount()).toBe(1);
});

test('a received dossier is still there after a reload', async ({ page }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await intake.fillApplicant(applicant);
  await intake.field('Trích yếu').fill(SUMMARY);
  await intake.attach('VB', pdfFile());
  await intake.attach('HD', pngFile());
  await intake.attach('TCPL', pdfFile('tu-cach-phap-ly.pdf'));
  const code = await intake.receiveWithConfirm();
  expect(code).toMatch(DOSSIER_CODE);

  const id = await intake.openedDossierId();

  await page.reload();
  await page.goto('/index.html#/ho-so');
  await expect(intake.main.getByText(code).first()).toBeVisible();
  await page.goto(`/index.html#/ho-so/${encodeURIComponent(id)}`);
  await expect(intake.main.getByText(code).first()).toBeVisible();
});

test('the receipt links to the dossier just received', async ({ page }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await intake.fillApplicant(applicant);
  await intake.field('Trích yếu').fill(SUMMARY);
  await intake.attach('VB', pdfFile());
  await intake.attach('HD', pngFile());
  await intake.attach('TCPL', pdfFile('tu-cach-phap-ly.pdf'));
  const code = await intake.receiveWithConfirm();
  await intake.receipt.getByRole('link', { name: `Mở hồ sơ ${code}` }).click();
  await expect(page).toHaveURL(/#\/ho-so\/[^/]+$/);
  await expect(intake.main.getByText(code).first()).toBeVisible();
});

test('the intake screen reads in English when English is chosen', async ({ page, shell }) => {
  const intake = new IntakePage(page);
  await clerkAtTransferDesk(intake);
  await shell.switchLanguage('English');
  await expect(page.getByRole('button', { name: 'Receive', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '3. Applicant' })).toBeVisible();
  await expect(page.getByTestId('intake-due-date')).toHaveText(/^\w+,? \d{2}\/\d{2}\/\d{4}$/);
  await page.setViewportSize({ width: 1024, height: 680 });
  await intake.screenshot('intake-english-1024');
});

test('only a counter clerk may receive: another role is told it has no permission here and can change profile', async ({ page }) => {
  const intake = new IntakePage(page);
  await intake.open();
  await intake.chooseProfile('CUDCN', { role: /Chuyên viên thụ lý/ });
  await expect(intake.main.getByRole('alert')).toHaveText('Bạn không có quyền mở mục «Tiếp nhận».');
  await expect(intake.main).toContainText('Vai trò của bạn (Chuyên viên thụ lý) không dùng mục này.');
  await expect(intake.receiveButton).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: /Tiếp nhận/ })).toHaveCount(0);
  await intake.profileBadge.getByRole('button').click();
  await expect(intake.profileDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(intake.profileDialog).toBeHidden();
});

test('without a profile, the screen asks for one first, marked as a stand-in for sign-in', async ({ page }) => {
  const intake = new IntakePage(page);
  await page.setViewportSize({ width: 1024, height: 680 });
  await intake.open();
  await expect(intake.main).toContainText('Chọn hồ sơ người dùng tạm thời — sẽ thay bằng đăng nhập');
  await expect(intake.profileBadge).toContainText('Chọn người dùng');
  await intake.screenshot('intake-no-profile-1024');
  await intake.main.getByLabel('Đơn vị', { exact: true }).selectOption({ value: 'CUDCN' });
  await intake.main.getByRole('button', { name: 'Dùng hồ sơ này' }).click();
  await expect(intake.procedureFilter).toBeVisible();
  await expect(intake.profileBadge.getByRole('button')).toHaveAccessibleName(/^Đổi người dùng/);

  await intake.profileBadge.getByRole('button').click();
  await expect(intake.profileDialog).toBeVisible();
  await intake.screenshot('profile-dialog-1024');
});
