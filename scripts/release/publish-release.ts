// Publishes a release into the portal's update folder. The installer lands first and the channel's
// metadata last, each through a temporary name and a rename, so a desk checking meanwhile sees the
// old release or the new one, never metadata that names a file not yet there.
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { channelMetadataFile, type ReleaseMetadata, type UpdateChannel } from '../../shared/updates/release-metadata';
import { digestFile, metadataYaml } from './update-metadata';

export type PublishRequest = {
  updatesDir: string;
  channel: UpdateChannel;
  installerPath: string;
  metadata: ReleaseMetadata;
  /** electron-builder's `<installer>.blockmap`, for differential downloads, when there is one. */
  blockmapPath?: string;
};

export type PublishOutcome = { metadataFile: string; installerFile: string };

async function placeAtomically(destination: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${destination}.${process.pid}.partial`;
  try {
    await write(temporary);
    await rename(temporary, destination);
  } finally {
    await rm(temporary, { force: true });
  }
}

export async function publishRelease(request: PublishRequest): Promise<PublishOutcome> {
  const { updatesDir, metadata } = request;
  const installerName = metadata.files[0]!.url;
  if (path.basename(installerName) !== installerName) throw new Error(`Tên bộ cài không hợp lệ: ${installerName}`);
  await mkdir(updatesDir, { recursive: true });

  const installerFile = path.join(updatesDir, installerName);
  // A published installer is never replaced by different bytes: desks may hold its hash already.
  const existing = await digestFile(installerFile).catch(() => null);
  if (existing && existing.sha512 !== metadata.sha512) {
    throw new Error(`${installerName} đã được phát hành với nội dung khác; hãy tăng số phiên bản thay vì ghi đè.`);
  }
  const copied = await digestFile(request.installerPath);
  if (copied.sha512 !== metadata.sha512 || copied.size !== metadata.files[0]!.size) {
    throw new Error(`Bộ cài ${request.installerPath} không khớp với mã băm trong metadata.`);
  }
  if (!existing) await placeAtomically(installerFile, (temporary) => copyFile(request.installerPath, temporary));
  if (request.blockmapPath) {
    const blockmap = await readFile(request.blockmapPath);
    await placeAtomically(`${installerFile}.blockmap`, (temporary) => writeFile(temporary, blockmap));
  }

  const metadataFile = path.join(updatesDir, channelMetadataFile(request.channel));
  await placeAtomically(metadataFile, (temporary) => writeFile(temporary, metadataYaml(metadata), 'utf8'));
  return { metadataFile, installerFile };
}
