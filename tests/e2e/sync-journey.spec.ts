// The whole sync journey in web mode against the real portal on 127.0.0.1:8787: citizens file
// online through the national portal, the counter signs in and pulls them (with the file one of
// them carries), the network is cut, officers receive, refuse and assign offline, the network
// comes back, the desk sends its work by itself with progress shown, and the portal holds every
// step exactly once, in the desk's order, with the desk's event ids.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { counterIntake } from '../../shared/domain/workflow/testing';
import { BLOB_CONTENT_TYPE, PORTAL_KEY_HEADER, publicFilingResponseSchema, syncPaths, type PublicFiling } from '../../shared/sync/contract';
import { DEFAULT_PUBLIC_KEY, type Portal } from '../../portal/src/app';
import { expect, test } from './fixtures';
import { portalOnLoopbackEachTest } from './loopback-portal';
import { DossiersPage } from './pages/dossiers-page';
import { IntakePage } from './pages/intake-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';

const PORTAL = 'http://127.0.0.1:8787';
let portal: Portal;
portalOnLoopbackEachTest((served) => (portal = served));

const asPortal = { [PORTAL_KEY_HEADER]: DEFAULT_PUBLIC_KEY };

/** What the national portal forwards when a citizen files online; one filing carries a PDF. */
async function fileOnline(name: string, summary: string, withFile = false): Promise<string> {
  const { code: _code, channel: _channel, ...intake } = counterIntake({ summary, applicant: { ...counterIntake().applicant, name } });
  const files: PublicFiling['files'] = [];
  if (withFile) {
    const bytes = Buffer.from(`%PDF-1.7\n% Hợp đồng chuyển giao công nghệ của ${name}\n%%EOF\n`, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const put = await fetch(PORTAL + syncPaths.blob(sha256), {
      method: 'PUT',
      headers: { ...asPortal, 'content-type': BLOB_CONTENT_TYPE, 'upload-offset': '0', 'upload-length': String(bytes.length) },
      body: bytes,
    });
    expect(put.status).toBe(204);
    files.push({ componentCode: 'HD', name: 'hop-dong-cgcn.pdf', mimeType: 'application/pdf', sha256, size: bytes.length });
  }
  const filing: PublicFiling = { externalId: `DVCQG-${name}`, intake, submittedAt: new Date(Date.now() - 3_600_000).toISOString(), files };
  const answer = await fetch(PORTAL + syncPaths.publicDossiers, { method: 'POST', headers: { ...asPortal, 'content-type': 'application/json' }, body: JSON.stringify(filing) });
  expect(answer.status).toBe(201);
  return publicFilingResponseSchema.parse(await answer.json()).code;
}

async function portalDossier(code: string) {
  const { rows } = await portal.db.query<{ id: string; body: { status: number; version: number; assigneeId: string | null } }>('SELECT id, body FROM dossiers WHERE code = $1', [code]);
  return rows[0]!;
}

async function portalEventTypes(dossierId: string): Promise<string[]> {
  const { rows } = await portal.db.query<{ body: { type: string; version: number } }>("SELECT body FROM feed WHERE kind = 'event' AND dossier_id = $1 ORDER BY seq", [dossierId]);
  return rows.map((row) => `${row.body.version}:${row.body.type}`);
}

/** The list with no filter left over from earlier visits (the list remembers its filters). */
async function openWholeList(page: Page, dossiers: DossiersPage): Promise<void> {
  await dossiers.open();
  const clear = page.getByRole('button', { name: 'Xóa bộ lọc' });
  if (await clear.isVisible()) await clear.click();
  await expect(clear).toBeHidden();
}

/** Opens a dossier from the list by its code. */
async function openByCode(page: Page, dossiers: DossiersPage, code: string): Promise<void> {
  await openWholeList(page, dossiers);
  await dossiers.search.fill(code);
  await expect(dossiers.rows).toHaveCount(1);
  await expect(dossiers.rows.first()).toContainText(code);
  await dossiers.rows.first().click();
  await expect(dossiers.detailHeading).toHaveText(code);
}

test('online dossiers come down, are worked on with the network cut, and every step reaches the portal once back online', async ({ page, context, problems }) => {
  test.setTimeout(120_000);
  const first = await fileOnline('Công ty TNHH Nông sản Sạch Hòa Bình', 'Đăng ký hợp đồng chuyển giao công nghệ sấy lạnh nông sản', true);
  const second = await fileOnline('Công ty CP Thiết bị Y tế Đông Á', 'Đăng ký hợp đồng chuyển giao công nghệ tiệt trùng');
  const third = await fileOnline('Hợp tác xã Chè Tân Cương', 'Đăng ký hợp đồng chuyển giao công nghệ chế biến chè');

  // The counter signs in; the unit's online filings come down with their file.
  const sync = new SyncPage(page);
  const shell = new ShellPage(page);
  const intake = new IntakePage(page);
  const dossiers = new DossiersPage(page);
  await sync.open();
  await sync.signIn('cudcn.mc1');
  await expect(sync.connection).toContainText('(cudcn.mc1)');
  await expect(sync.historyRows().first()).toContainText('Thành công');
  await expect(sync.unsent).toHaveText('Không có');
  await openWholeList(page, dossiers);
  for (const code of [first, second, third]) await expect(dossiers.list).toContainText(code);
  await openByCode(page, dossiers, first);
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Mới đăng ký');
  await expect(dossiers.timelineItems.first()).toContainText('Ghi nhận hồ sơ nộp trực tuyến trên Cổng dịch vụ công.');
  await page.getByRole('region', { name: 'Thành phần hồ sơ' }).getByRole('button', { name: /hop-dong-cgcn\.pdf/ }).click();
  await expect(page.locator('.file-preview iframe, .file-preview object, .file-preview embed').first()).toBeVisible();

  // The network goes down. Work goes on: receive one, refuse one, and the head assigns the first.
  await context.setOffline(true);
  await expect(shell.networkStatus).toContainText('Ngoại tuyến');
  const act = async (action: string, fill?: () => Promise<void>) => {
    // A pull landing at that moment re-renders the actions; a click it swallowed is made again.
    await expect(async () => {
      if (!(await dossiers.dialog.isVisible())) await dossiers.action(action).click();
      await expect(dossiers.dialog).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await fill?.();
    await dossiers.dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(dossiers.dialog).toBeHidden();
    await expect(dossiers.confirmation).toContainText(`Đã ghi: ${action}`);
  };
  await act('Tiếp nhận hồ sơ');
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Được tiếp nhận');
  await openByCode(page, dossiers, second);
  await act('Từ chối tiếp nhận hồ sơ', () => dossiers.dialog.getByLabel(/Lý do/).fill('Hợp đồng chưa có chữ ký của bên nhận chuyển giao.'));
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Không được tiếp nhận');
  const headName = await intake.chooseProfile('CUDCN', { role: /Lãnh đạo phòng/ });
  await openByCode(page, dossiers, first);
  await act('Phân công xử lý', async () => {
    await dossiers.dialog.getByLabel(/Cán bộ thực hiện — Chuyên viên thụ lý/).selectOption({ index: 1 });
  });
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Đang xử lý');
  // The history says which steps are only on this computer: the two made offline, not the filing.
  await expect(dossiers.timelineItems.filter({ hasText: 'Chưa gửi lên cổng' })).toHaveCount(2);
  await expect(dossiers.timelineItems.first()).not.toContainText('Chưa gửi lên cổng');

  // Nothing has left the desk; the Đồng bộ screen says how much waits.
  expect(await portalEventTypes((await portalDossier(first)).id)).toEqual(['1:submitted']);
  await sync.open();
  await expect(sync.unsent).toHaveText('3 thay đổi');

  // The portal takes a moment with the push, so the progress can be seen; then the network returns
  // and the desk sends its work by itself.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${PORTAL}${syncPaths.push}`, async (route) => {
    await held;
    await route.continue();
  });
  await context.setOffline(false);
  await expect(shell.networkStatus).toContainText('Trực tuyến');
  const sent = sync.status.getByRole('progressbar', { name: 'Thay đổi đã gửi' });
  await expect(sent).toHaveAttribute('aria-valuemax', '3');
  await expect(sent).toHaveAttribute('aria-valuenow', '0');
  await sync.screenshot('sync-journey-sending-1280');
  release();
  // The counter's two steps went up with the counter's session; the head's assignment waits for the
  // head, who has not signed in on this desk (and everything queued after it would wait too).
  await expect(sync.waiting).toHaveText(`1 thay đổi của ${headName} đang chờ cán bộ này đăng nhập. Các thay đổi làm sau đó cũng chờ, để được gửi đúng thứ tự.`);
  await expect(sync.unsent).toHaveText('1 thay đổi');
  await expect(sync.historyRows().filter({ hasText: 'Có mạng trở lại' })).toHaveCount(1);
  await expect(sync.connection).toContainText('Cán bộ đang làm việc chưa đăng nhập Cổng trên máy này');
  await sync.screenshot('sync-journey-waiting-for-officer-1280');
  await sync.signIn('cudcn.tp1');
  await expect(sync.connection).toContainText('(cudcn.tp1)');
  await expect(sync.waiting).toHaveCount(0);
  await expect(sync.unsent).toHaveText('Không có');
  await expect(sync.historyRows().first()).toContainText('Thành công');
  await expect(sync.historyRows().first()).toContainText('Đăng nhập');
  await expect(sync.issues).toContainText('Không có thay đổi nào bị từ chối.');
  await sync.screenshot('sync-journey-done-1280');

  // The portal holds every step, once, in order.
  const firstOnPortal = await portalDossier(first);
  expect(firstOnPortal.body).toMatchObject({ status: 4, version: 3 });
  expect(firstOnPortal.body.assigneeId).not.toBeNull();
  expect(await portalEventTypes(firstOnPortal.id)).toEqual(['1:submitted', '2:received', '3:assigned']);
  const secondOnPortal = await portalDossier(second);
  expect(secondOnPortal.body).toMatchObject({ status: 3, version: 2 });
  expect(await portalEventTypes(secondOnPortal.id)).toEqual(['1:submitted', '2:refusedToReceive']);
  expect(await portalEventTypes((await portalDossier(third)).id)).toEqual(['1:submitted']);
  await openByCode(page, dossiers, first);
  await expect(dossiers.timelineItems).toHaveCount(3);
  await expect(dossiers.timelineItems.filter({ hasText: 'Chưa gửi lên cổng' })).toHaveCount(0);
  await sync.open();

  // A second run sends nothing twice, and a reload shows the same dossiers.
  const runs = await sync.historyRows().count();
  await sync.syncNow.click();
  await expect(sync.historyRows()).toHaveCount(runs + 1);
  await expect(sync.historyRows().first()).toContainText('Thành công');
  expect(await portalEventTypes(firstOnPortal.id)).toHaveLength(3);
  await page.reload();
  await openByCode(page, dossiers, first);
  await expect(dossiers.timelineItems).toHaveCount(3);
  await expect(page.locator('.dossier-detail__header .status-chip')).toHaveText('Đang xử lý');
  // Offline fetches fail by design while the network is cut; nothing else may reach the console.
  // The page is closed first, so no late failure lands after the list is cleaned.
  await page.close();
  problems.list.splice(0, problems.list.length, ...problems.list.filter((p) => !/Failed to load resource|net::ERR_INTERNET_DISCONNECTED/.test(p)));
});

test('the counter is warned before the numbers the portal leased for today run out', async ({ page, problems }) => {
  const sync = new SyncPage(page);
  const intake = new IntakePage(page);
  await sync.open();
  await sync.signIn('cudcn.mc1');
  await expect(sync.numbers).toHaveText('còn 50 số');
  await intake.open();
  await expect(page.getByTestId('intake-numbers')).toHaveCount(0);

  // As if the day's block had been used down to its last three numbers.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dossier-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const blocks = open.result.transaction('numberBlocks', 'readwrite').objectStore('numberBlocks');
          const all = blocks.getAll();
          all.onsuccess = () => {
            for (const block of all.result as { source: string; to: number; next: number }[]) if (block.source === 'portal') blocks.put({ ...block, next: block.to - 2 });
            blocks.transaction.oncomplete = () => resolve();
          };
        };
      }),
  );
  // The portal cannot lease more just now (the desk would top up by itself otherwise).
  await page.route(`${PORTAL}${syncPaths.leases}`, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.getByTestId('intake-numbers')).toHaveText('Chỉ còn 3 số hồ sơ Cổng cấp cho hôm nay. Hãy đồng bộ khi có mạng để nhận thêm.');
  await sync.open();
  await expect(sync.numbers).toContainText('Sắp hết số hồ sơ được cấp');
  // The refused lease requests are the point; the page is closed first so none lands later.
  await page.close();
  problems.list.splice(0, problems.list.length, ...problems.list.filter((p) => !/Failed to load resource|net::ERR_INTERNET_DISCONNECTED/.test(p)));
});
