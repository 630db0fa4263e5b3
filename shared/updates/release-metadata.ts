// The update channels and the metadata file (latest.yml / pilot.yml) the release script writes and
// the desk's updater reads. One schema for both sides, so a file the script writes is a file the
// desk accepts, and anything else (hand-edited, truncated, tampered) is refused before download.
import { z } from 'zod';

export const updateChannels = ['stable', 'pilot'] as const;
export const updateChannelSchema = z.enum(updateChannels);
export type UpdateChannel = z.infer<typeof updateChannelSchema>;

/** electron-updater's own channel names: "latest" is its name for the stable channel. */
export const updaterChannelName = (channel: UpdateChannel): string => (channel === 'stable' ? 'latest' : channel);

/** The metadata file of a channel in the update folder (electron-updater asks for `<channel>.yml`). */
export const channelMetadataFile = (channel: UpdateChannel): string => `${updaterChannelName(channel)}.yml`;

/** The path prefix under which the portal serves its update folder. */
export const UPDATES_PATH = '/updates/';

// A SHA-512 digest in base64 is always 88 characters ending in "==".
export const sha512Base64Schema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'sha512 không phải mã băm SHA-512 dạng base64');

// Strict semantic versions only (1.2.3, 1.2.3-pilot.1): YAML would turn "1.0" into a number anyway.
const versionSchema = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, 'phiên bản không đúng dạng x.y.z');

export const MAX_RELEASE_NOTES = 20_000;

export const updateFileSchema = z.object({
  /** Relative to the folder the metadata sits in; the desk refuses a URL that leaves its host. */
  url: z.string().min(1).max(500),
  sha512: sha512Base64Schema,
  size: z.int().positive(),
});

export const releaseMetadataSchema = z.object({
  version: versionSchema,
  files: z.array(updateFileSchema).min(1).max(10),
  /** Older electron-updater readers use these two; they repeat files[0]. */
  path: z.string().min(1).max(500),
  sha512: sha512Base64Schema,
  releaseDate: z.iso.datetime(),
  releaseNotes: z.string().max(MAX_RELEASE_NOTES).optional(),
  /** Share of desks (0–100) offered this version; absent means everyone. */
  stagingPercentage: z.number().min(0).max(100).optional(),
});
export type ReleaseMetadata = z.infer<typeof releaseMetadataSchema>;
