// `npm run release:local` / `tsx scripts/release.ts`: build the app, describe one installer in the
// channel's update metadata, and publish both into the portal's update folder (served at /updates/).
//
//   npm run release:local -- --channel pilot --notes "Sửa lỗi in phiếu hẹn" --staging 20
//   tsx scripts/release.ts --installer dist/DossierDesk-Setup-0.2.0.exe --updates-dir /srv/portal/updates
//
// --local: publish into .portal-data/updates (what `npm run portal` serves) and, without --installer,
// a stand-in file instead of the installer this machine cannot build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { updateChannelSchema, UPDATES_PATH } from '../shared/updates/release-metadata';
import { ensureBlockmap } from './release/blockmap';
import { publishRelease } from './release/publish-release';
import { writeStandInInstaller } from './release/stand-in-installer';
import { createReleaseMetadata, digestFile } from './release/update-metadata';

const { values } = parseArgs({
  options: {
    local: { type: 'boolean', default: false },
    channel: { type: 'string', default: 'stable' },
    version: { type: 'string' },
    notes: { type: 'string' },
    'notes-file': { type: 'string' },
    staging: { type: 'string' },
    installer: { type: 'string' },
    'updates-dir': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const root = path.resolve(import.meta.dirname, '..');
const channel = updateChannelSchema.safeParse(values.channel).data ?? fail(`--channel phải là stable hoặc pilot (nhận: ${values.channel})`);
const version = values.version ?? (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const staging = values.staging === undefined ? undefined : Number(values.staging);
if (staging !== undefined && !(staging >= 0 && staging <= 100)) fail('--staging phải là số phần trăm từ 0 đến 100');
const updatesDir = values['updates-dir'] ?? (values.local ? path.join(root, '.portal-data', 'updates') : fail('--updates-dir là bắt buộc khi không dùng --local'));
if (!values.installer && !values.local) fail('--installer là bắt buộc khi không dùng --local (bộ cài NSIS dựng trên Windows)');
const releaseNotes = values['notes-file'] ? await readFile(values['notes-file'], 'utf8') : values.notes;

if (!values['skip-build']) {
  console.log('Building (electron-vite build)…');
  execFileSync('npx', ['electron-vite', 'build', '-c', 'electron.config.ts'], { cwd: root, stdio: 'inherit' });
}

let installerPath = values.installer;
if (!installerPath) {
  installerPath = await writeStandInInstaller(path.join(root, 'dist', 'release-local'), version);
  console.warn(`This machine cannot build the NSIS installer: publishing a STAND-IN file (${path.basename(installerPath)}), not an installer.`);
}
const blockmapPath = await ensureBlockmap(installerPath);

const metadata = createReleaseMetadata({
  version,
  installerName: path.basename(installerPath),
  digest: await digestFile(installerPath),
  releaseNotes,
  stagingPercentage: staging,
});
const published = await publishRelease({ updatesDir, channel, installerPath, metadata, blockmapPath });
console.log(`Published ${version} on the ${channel} channel${staging !== undefined && staging < 100 ? ` to ${staging}% of desks` : ''}:`);
console.log(`  ${published.metadataFile}\n  ${published.installerFile}`);
console.log(`The portal serves them at <portal>${UPDATES_PATH}${path.basename(published.metadataFile)}.`);
