// Tracks electron-updater's state for the DesktopHost. Unpackaged builds (development, tests)
// report 'unsupported' rather than pretending to check. Issue #7 adds channels, staging and policy.
import type { UpdateStatus } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { err, ok, type Result } from '../../../shared/result';

export type AutoUpdaterLike = {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: string, listener: (...args: any[]) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
};

export function createUpdateService(options: { updater: AutoUpdaterLike | null; currentVersion: string }) {
  const { updater, currentVersion } = options;
  let status: UpdateStatus = { state: updater ? 'idle' : 'unsupported', currentVersion };
  const set = (next: Omit<UpdateStatus, 'currentVersion'>) => (status = { ...next, currentVersion });

  if (updater) {
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.on('checking-for-update', () => set({ state: 'checking' }));
    updater.on('update-available', (info: { version: string }) => set({ state: 'available', availableVersion: info.version }));
    updater.on('update-not-available', () => set({ state: 'not-available' }));
    updater.on('download-progress', (p: { percent: number }) =>
      set({ state: 'downloading', availableVersion: status.availableVersion, percent: Math.min(100, Math.max(0, p.percent)) }),
    );
    updater.on('update-downloaded', (info: { version: string }) => set({ state: 'downloaded', availableVersion: info.version }));
    updater.on('error', (error: Error) => set({ state: 'error', message: error.message }));
  }

  return {
    status: (): UpdateStatus => status,
    async check(): Promise<Result<UpdateStatus>> {
      if (!updater) return ok(status);
      try {
        await updater.checkForUpdates();
      } catch (error) {
        set({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      return ok(status);
    },
    install(): Result<null> {
      if (!updater || status.state !== 'downloaded') {
        return err(HostErrorCode.notAllowed, 'Chưa có bản cập nhật nào được tải về để cài đặt.');
      }
      updater.quitAndInstall(false, true);
      return ok(null);
    },
  };
}
