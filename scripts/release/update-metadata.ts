// Writes a channel's update metadata (latest.yml / pilot.yml) for one installer file: the fields
// electron-updater reads, validated by the same schema the desk checks them with.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import yaml from 'js-yaml';
import { releaseMetadataSchema, type ReleaseMetadata } from '../../shared/updates/release-metadata';

export type InstallerDigest = { sha512: string; size: number };

/** SHA-512 (base64, as electron-updater compares it) and size of a file, read as a stream. */
export async function digestFile(filePath: string): Promise<InstallerDigest> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return { sha512: hash.digest('base64'), size: (await stat(filePath)).size };
}

export type ReleaseDescription = {
  version: string;
  /** The installer's file name, published next to the metadata. */
  installerName: string;
  digest: InstallerDigest;
  releaseNotes?: string;
  /** 0–100; 100 or absent offers the version to every desk. */
  stagingPercentage?: number;
  releaseDate?: Date;
};

export function createReleaseMetadata(release: ReleaseDescription): ReleaseMetadata {
  const { installerName: url, digest } = release;
  const staged = release.stagingPercentage !== undefined && release.stagingPercentage < 100;
  return releaseMetadataSchema.parse({
    version: release.version,
    files: [{ url, sha512: digest.sha512, size: digest.size }],
    path: url,
    sha512: digest.sha512,
    releaseDate: (release.releaseDate ?? new Date()).toISOString(),
    ...(release.releaseNotes ? { releaseNotes: release.releaseNotes } : {}),
    // electron-updater treats an absent percentage as 100%; writing 100 would only add noise.
    ...(staged ? { stagingPercentage: release.stagingPercentage } : {}),
  });
}

/** YAML as electron-builder writes it: strings that look like dates or numbers stay quoted. */
export function metadataYaml(metadata: ReleaseMetadata): string {
  return yaml.dump(metadata, { lineWidth: -1, noRefs: true, quotingType: "'" });
}
