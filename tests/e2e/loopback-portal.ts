// The real portal on the origin the web build's CSP allows (127.0.0.1:8787), fresh for each test:
// PGlite and a temporary blob folder. After the test the page closes before the portal, so no sync
// run can hit a closed port before the page's errors are checked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPortal, type Portal, type PortalOptions } from '../../portal/src/app';
import { test } from './fixtures';

/** Registers the portal's start and stop around each test of the file (or describe block); `use` receives it. */
export function portalOnLoopbackEachTest(use: (portal: Portal) => void = () => {}, options: Omit<PortalOptions, 'database' | 'blobDir'> = {}): void {
  let portal: Portal | undefined;
  let blobDir: string | undefined;
  test.beforeEach(async () => {
    blobDir = await mkdtemp(path.join(tmpdir(), 'desk-e2e-blobs-'));
    portal = await createPortal({ ...options, database: 'pglite', blobDir });
    await portal.app.listen({ host: '127.0.0.1', port: 8787 });
    use(portal);
  });
  test.afterEach(async ({ page }) => {
    await page.close();
    await portal?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });
}
