// The audit log as the unit administrator sees it in Cài đặt: officer switches and settings changes
// are listed, the chain is reported intact, and other roles are not shown the log.
import { expect, test } from './fixtures';
import { AuditCard } from './pages/audit-card';
import { IntakePage } from './pages/intake-page';

const UNIT = 'CUDCN';

test('the administrator sees sign-ins and a language change in an intact log, and can filter it', async ({ shell, page }) => {
  await shell.open('cai-dat');
  const intake = new IntakePage(page);
  const audit = new AuditCard(page);
  await intake.chooseProfile(UNIT, { role: /Cán bộ tiếp nhận/ });
  await expect(audit.card).toContainText('Chỉ quản trị đơn vị xem được nhật ký.');

  const admin = await intake.chooseProfile(UNIT, { role: /Quản trị/ });
  await shell.switchLanguage('English');
  await shell.switchLanguage('Tiếng Việt');
  // Signed in the clerk; signed the clerk out and the administrator in; two language changes.
  await expect(audit.chain).toContainText('Nhật ký nguyên vẹn (5 mục)');
  await expect(audit.rows).toHaveCount(5);
  await expect(audit.rows.first()).toContainText('Thay đổi cài đặt');
  await expect(audit.rows.first()).toContainText(admin);

  await audit.filterByAction('Đăng nhập');
  await expect(audit.rows).toHaveCount(2);
  await audit.filterByAction('Tất cả');
  await audit.search('from vi');
  await expect(audit.rows).toHaveCount(1);
});
