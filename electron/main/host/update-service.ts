// The desk's updater behind the DesktopHost: checks the configured update folder, vets what it offers
// (electron-updater parses latest.yml but trusts it), downloads with progress, and installs on quit
// or when the officer asks, never while a form holds unsaved work or a sync is running. The
// administrator's minimum version (portal catalogue) skips the staged rollout and installs as soon as
// the desk is idle. Electron itself stays outside: `updater` is electron-updater's NsisUpdater in the
// packaged app and null in development, where everything answers "unsupported".
import type { UpdateInfo } from 'electron-updater';
import semver from 'semver';
import { HostErrorCode } from '../../../shared/host/errors';
import { err, ok, type Result } from '../../../shared/result';
import { updaterChannelName, type ReleaseMetadata, type UpdateChannel } from '../../../shared/updates/release-metadata';
import type { InstallOutcome, RestartBlocker, UpdatePolicy, UpdateStatus } from '../../../shared/updates/update-status';
import { classifyUpdateError, problemMessages } from '../updates/update-problems';
import { createUpdateSettingsInMemory, type UpdateSettingsStore } from '../updates/update-settings';
import { vetUpdateInfo, type VetOutcome } from '../updates/vet-update-info';

/** The part of electron-updater's AppUpdater we drive; NsisUpdater satisfies it as it is. */
export type AutoUpdaterLike = {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  channel: string | null;
  isUpdateSupported: (info: UpdateInfo) => boolean | Promise<boolean>;
  isUserWithinRollout: (info: UpdateInfo) => boolean | Promise<boolean>;
  on(event: string, listener: (...args: any[]) => void): unknown;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: UpdateInfo } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
};

export type UpdateServiceOptions = {
  updater: AutoUpdaterLike | null;
  currentVersion: string;
  /** The update folder (app-update.yml's url): files the metadata names must lie inside it. */
  feedUrl?: string;
  settings?: UpdateSettingsStore;
  log?: (message: string) => void;
};

type Core = Pick<UpdateStatus, 'state' | 'availableVersion' | 'percent' | 'problem' | 'message'>;

const NOTHING_TO_INSTALL = 'Chưa có bản cập nhật nào được tải về để cài đặt.';
const NOT_INSTALLED_APP = 'Cập nhật tự động chỉ có trong bản cài đặt của ứng dụng.';
const BUSY_DOWNLOADING = 'Đang tải bản cập nhật; hãy đổi kênh sau khi tải xong.';

export function createUpdateService(options: UpdateServiceOptions) {
  const { updater, currentVersion } = options;
  const log = options.log ?? (() => {});
  const settings = options.settings ?? createUpdateSettingsInMemory();
  const feedUrl = options.feedUrl ?? '';
  if (updater && !feedUrl) throw new Error('createUpdateService: feedUrl is required with an updater');

  let core: Core = { state: updater ? 'idle' : 'unsupported' };
  let channel: UpdateChannel = 'stable';
  let blockers: RestartBlocker[] = [];
  let minimumVersion: string | null = null;
  /** The vetted metadata of the version offered, downloading or downloaded. */
  let offered: ReleaseMetadata | null = null;
  let lastVet: VetOutcome | null = null;
  let checking: Promise<boolean> | null = null;
  let downloading: Promise<void> | null = null;
  let restarting = false;

  /** The minimum version while this desk is below it; undefined when no policy forces anything. */
  const required = (): string | undefined =>
    minimumVersion !== null && semver.valid(minimumVersion) && semver.lt(currentVersion, minimumVersion) ? minimumVersion : undefined;

  const status = (): UpdateStatus => {
    if (!updater) return { state: 'unsupported', currentVersion };
    const release = core.state === 'available' || core.state === 'downloading' || core.state === 'downloaded' ? offered : null;
    const requiredVersion = required();
    return {
      ...core,
      currentVersion,
      channel,
      ...(release?.releaseNotes ? { releaseNotes: release.releaseNotes } : {}),
      ...(release ? { releaseDate: release.releaseDate } : {}),
      ...(requiredVersion ? { requiredVersion } : {}),
      ...(blockers.length > 0 ? { blockedBy: [...blockers] } : {}),
    };
  };

  const fail = (error: unknown, phase: string) => {
    const { problem, reason } = classifyUpdateError(error);
    log(`update ${phase} failed [${problem}]: ${reason}`);
    core = { state: 'error', problem, message: problemMessages[problem] };
  };

  const applyChannel = () => {
    if (!updater) return;
    updater.channel = updaterChannelName(channel);
    // Setting a channel makes electron-updater allow downgrades; a desk leaving the pilot keeps its
    // version until stable catches up rather than installing an older one.
    updater.allowDowngrade = false;
  };

  const restart = () => {
    restarting = true;
    log(`restarting into ${offered?.version ?? 'the downloaded update'}`);
    // Silent: the officer already chose (or policy requires) the update; force-run: back in the app after.
    updater!.quitAndInstall(true, true);
  };

  const installIfRequired = () => {
    if (restarting || core.state !== 'downloaded' || !required()) return;
    if (blockers.length > 0) {
      log(`minimum version ${required()} downloaded; restart waits for: ${blockers.join(', ')}`);
      return;
    }
    restart();
  };

  const ready = updater
    ? settings.load().then((saved) => {
        channel = saved.channel;
        applyChannel();
      })
    : Promise.resolve();

  if (updater) {
    updater.autoDownload = false; // we vet the metadata first
    updater.autoInstallOnAppQuit = true;
    const supportedByOs = updater.isUpdateSupported;
    const withinRollout = updater.isUserWithinRollout;
    // electron-updater asks these for every version that differs from ours, before any download.
    updater.isUpdateSupported = async (info) => {
      lastVet = vetUpdateInfo(info, { feedUrl, currentVersion });
      return lastVet.ok ? supportedByOs(info) : false;
    };
    updater.isUserWithinRollout = async (info) => {
      if (required()) {
        log(`minimum version ${required()} required: rollout share ignored for ${info.version}`);
        return true;
      }
      // electron-updater buckets by the install's stable id (.updaterId in userData).
      const inside = await withinRollout(info);
      if (!inside) log(`staged rollout: ${info.version} goes to ${String(info.stagingPercentage)}% of desks, not yet this one`);
      return inside;
    };
    updater.on('download-progress', (progress: { percent: number }) => {
      if (core.state === 'downloading') core = { ...core, percent: Math.min(100, Math.max(0, progress.percent)) };
    });
    // Check and download failures arrive through their promises; this catches the install-on-quit path.
    updater.on('error', (error: unknown) => {
      if (checking || downloading) return;
      // The installer did not start: the officer (or the policy) may try again after the next download.
      restarting = false;
      fail(error, 'install');
    });
  }

  async function runCheck(): Promise<boolean> {
    lastVet = null;
    core = { state: 'checking' };
    let result: Awaited<ReturnType<AutoUpdaterLike['checkForUpdates']>>;
    try {
      result = await updater!.checkForUpdates();
    } catch (error) {
      fail(error, 'check');
      return false;
    }
    const vet = lastVet as VetOutcome | null;
    if (vet && !vet.ok && !vet.older) {
      fail(vet.refusal, 'check');
      return false;
    }
    if (vet && !vet.ok) log(`refused: ${vet.refusal.reason}`);
    if (!result) {
      core = { state: 'idle' };
      return false;
    }
    if (!result.isUpdateAvailable || !vet?.ok) {
      core = { state: 'not-available' };
      if (required()) log(`minimum version ${required()} required but the ${channel} channel offers ${result.updateInfo.version}`);
      return false;
    }
    offered = vet.metadata;
    core = { state: 'available', availableVersion: offered.version };
    log(`offered ${offered.version} on the ${channel} channel`);
    return true;
  }

  async function runDownload(): Promise<void> {
    const version = offered!.version;
    core = { state: 'downloading', availableVersion: version, percent: 0 };
    try {
      await updater!.downloadUpdate(); // electron-updater checks the sha512 (and the publisher, if configured)
    } catch (error) {
      offered = null;
      fail(error, 'download');
      return;
    }
    updater!.autoInstallOnAppQuit = true;
    core = { state: 'downloaded', availableVersion: version };
    log(`downloaded ${version}`);
    installIfRequired();
  }

  async function check(): Promise<Result<UpdateStatus>> {
    if (!updater) return ok(status());
    await ready;
    // One check or download at a time; asking again meanwhile answers where it stands.
    if (checking || downloading) return ok(status());
    checking = runCheck();
    let offeredNow: boolean;
    try {
      offeredNow = await checking;
    } finally {
      checking = null;
    }
    if (offeredNow) {
      downloading = runDownload().finally(() => (downloading = null));
    }
    return ok(status());
  }

  return {
    status,
    check,
    /** Resolves when the download started by the last check has ended (tests, shutdown). */
    settled: async (): Promise<void> => {
      await checking;
      await downloading;
    },
    async setChannel(next: UpdateChannel): Promise<Result<UpdateStatus>> {
      if (!updater) return err(HostErrorCode.unavailable, NOT_INSTALLED_APP);
      await ready;
      // A check in flight belongs to the old channel: let it end (and see whether it started a download).
      await checking;
      if (downloading) return err(HostErrorCode.notAllowed, BUSY_DOWNLOADING);
      if (next === channel) return ok(status());
      channel = next;
      await settings.save({ channel });
      applyChannel();
      log(`channel set to ${channel}`);
      // An update downloaded from the other channel must not install itself when the app quits.
      if (core.state === 'downloaded') updater.autoInstallOnAppQuit = false;
      offered = null;
      core = { state: 'idle' };
      return check();
    },
    setBlockers(next: readonly RestartBlocker[]): Result<UpdateStatus> {
      blockers = [...new Set(next)];
      installIfRequired();
      return ok(status());
    },
    async setPolicy(policy: UpdatePolicy): Promise<Result<UpdateStatus>> {
      const wasRequired = required();
      minimumVersion = policy.minimumVersion;
      const nowRequired = required();
      if (!updater || nowRequired === wasRequired) return ok(status());
      if (nowRequired) {
        log(`administrator policy: minimum version ${nowRequired} (running ${currentVersion})`);
        if (core.state === 'downloaded') installIfRequired();
        else return check();
      }
      return ok(status());
    },
    install(): Result<InstallOutcome> {
      if (!updater || core.state !== 'downloaded') return err(HostErrorCode.notAllowed, NOTHING_TO_INSTALL);
      if (blockers.length > 0) {
        log(`install asked while ${blockers.join(', ')}: not restarting`);
        return ok({ restarting: false, blockedBy: [...blockers] });
      }
      if (!restarting) restart();
      return ok({ restarting: true, blockedBy: [] });
    },
    /** Checks a while after start-up, then every few hours; answers a function that stops it. */
    startChecking({ firstAfterMs = 60_000, everyMs = 4 * 3_600_000 } = {}): () => void {
      if (!updater) return () => {};
      const first = setTimeout(() => void check(), firstAfterMs);
      const timer = setInterval(() => void check(), everyMs);
      return () => {
        clearTimeout(first);
        clearInterval(timer);
      };
    },
  };
}

export type UpdateService = ReturnType<typeof createUpdateService>;
