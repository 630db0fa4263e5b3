// Page object for Cài đặt → Cập nhật, and a scripted desktop updater standing in for the Electron
// preload's bridge (window.desktopHost), so the desktop-only screens can be driven in Chromium.
import type { Locator, Page } from '@playwright/test';

export type FakeUpdaterState = {
  state: 'idle' | 'checking' | 'available' | 'not-available' | 'downloading' | 'downloaded' | 'error';
  availableVersion?: string;
  percent?: number;
  releaseNotes?: string;
  releaseDate?: string;
  requiredVersion?: string;
};

/** Installs, before the app loads, a bridge answering like the main process with `initial` as the updater. */
export async function installFakeDesktopUpdater(page: Page, initial: FakeUpdaterState): Promise<void> {
  await page.addInitScript((start: FakeUpdaterState) => {
    type Answer = Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }>;
    const ok = (value: unknown): Answer => Promise.resolve({ ok: true, value });
    const fake = { status: { ...start, currentVersion: '0.1.0', channel: 'stable' } as Record<string, unknown>, work: [] as string[], calls: [] as string[] };
    (window as unknown as { __fakeUpdater: typeof fake }).__fakeUpdater = fake;
    const status = () => ok({ ...fake.status, ...(fake.work.length ? { blockedBy: fake.work } : {}) });
    (window as unknown as { desktopHost: Record<string, (request: any) => Answer> }).desktopHost = {
      getAppInfo: () => ok({ name: 'Dossier Desk', version: '0.1.0', platform: 'win32', host: 'electron', locale: 'vi-VN' }),
      openFile: () => ok(null),
      saveFile: () => ok({ saved: false }),
      getSecret: () => ok(null),
      setSecret: () => ok(null),
      deleteSecret: () => ok(null),
      deleteAllSecrets: () => ok(null),
      listSigningKeys: () => ok([]),
      openExternal: () => ok(null),
      getUpdateStatus: status,
      checkForUpdates: () => {
        fake.calls.push('check');
        return status();
      },
      installUpdate: () => {
        fake.calls.push('install');
        return ok(fake.work.length ? { restarting: false, blockedBy: fake.work } : { restarting: true, blockedBy: [] });
      },
      setUpdateChannel: ({ channel }: { channel: string }) => {
        fake.calls.push(`channel:${channel}`);
        fake.status = { ...fake.status, channel };
        return status();
      },
      // The app reports its own open work; the test decides it through `fake.work` instead.
      setRestartBlockers: () => status(),
      setUpdatePolicy: () => status(),
    };
  }, initial);
}

export class UpdatesCard {
  readonly card: Locator;
  readonly statusLine: Locator;
  readonly installButton: Locator;
  readonly checkButton: Locator;
  readonly progress: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: /^(Cập nhật|Updates)$/ });
    this.statusLine = this.card.locator('[data-update-state]');
    this.installButton = this.card.getByRole('button', { name: /Cài đặt và khởi động lại|Install and restart/ });
    this.checkButton = this.card.getByRole('button', { name: /Kiểm tra cập nhật|Check for updates/ });
    this.progress = this.card.getByRole('progressbar');
    this.alert = this.card.getByRole('alert');
  }

  channel(name: RegExp): Locator {
    return this.card.getByRole('radio', { name });
  }

  whatsNew(): Locator {
    return this.card.getByRole('region', { name: /Có gì mới|What's new/ });
  }

  /** Sets the open work the fake updater reports (what the renderer would have told it). */
  async setOpenWork(work: Array<'unsaved-work' | 'sync'>): Promise<void> {
    await this.page.evaluate((next) => {
      (window as unknown as { __fakeUpdater: { work: string[] } }).__fakeUpdater.work = next;
    }, work);
  }

  async calls(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __fakeUpdater: { calls: string[] } }).__fakeUpdater.calls);
  }
}
