// Our own check of a channel file before anything is downloaded: electron-updater parses latest.yml
// but trusts whatever it says. We refuse a file that does not match the release script's schema,
// that sends the download to another server or folder, or that offers an older version.
import semver from 'semver';
import { releaseMetadataSchema, type ReleaseMetadata } from '../../../shared/updates/release-metadata';
import { UpdateRefused } from './update-problems';

export type VetOutcome =
  | { ok: true; metadata: ReleaseMetadata }
  /** `older`: a lower version is refused quietly (a desk that left the pilot channel waits for stable). */
  | { ok: false; refusal: UpdateRefused; older: boolean };

/** The folder the metadata came from, as electron-updater resolves file names against it. */
export const feedBase = (feedUrl: string): URL => {
  const base = new URL(feedUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
};

function insideFeed(reference: string, base: URL): boolean {
  let target: URL;
  try {
    target = new URL(reference, base);
  } catch {
    return false;
  }
  return target.origin === base.origin && target.pathname.startsWith(base.pathname) && !target.username && !target.password;
}

export function vetUpdateInfo(info: unknown, context: { feedUrl: string; currentVersion: string }): VetOutcome {
  const refuse = (problem: 'metadata' | 'otherHost', reason: string, older = false): VetOutcome => ({
    ok: false,
    refusal: new UpdateRefused(problem, reason),
    older,
  });
  const parsed = releaseMetadataSchema.safeParse(info);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`).join('; ');
    return refuse('metadata', `update metadata does not match the release schema: ${issues}`);
  }
  const metadata = parsed.data;
  const base = feedBase(context.feedUrl);
  const references = [...metadata.files.map((file) => file.url), metadata.path];
  const outside = references.find((reference) => !insideFeed(reference, base));
  if (outside !== undefined) return refuse('otherHost', `update metadata points outside ${base.href}: ${outside}`);
  if (!semver.gt(metadata.version, context.currentVersion)) {
    return refuse('metadata', `offered version ${metadata.version} is not newer than the running ${context.currentVersion}`, true);
  }
  return { ok: true, metadata };
}
