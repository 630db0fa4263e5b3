// The online/offline badge follows the browser's network state and announces the change.
import { expect, test } from './fixtures';

test('the network badge flips to offline and back', async ({ shell, context }) => {
  await shell.open();
  await expect(shell.networkStatus).toHaveAttribute('aria-live', 'polite');
  await expect(shell.networkStatus).toContainText('Trực tuyến');

  await context.setOffline(true);
  await expect(shell.networkStatus).toContainText('Ngoại tuyến');
  await expect(shell.networkStatus).toContainText('công việc vẫn được lưu trên máy');
  await expect(shell.networkStatus).toHaveAttribute('data-online', 'false');
  await shell.screenshot('shell-offline');

  await context.setOffline(false);
  await expect(shell.networkStatus).toContainText('Trực tuyến');
  await expect(shell.networkStatus).toHaveAttribute('data-online', 'true');
});
