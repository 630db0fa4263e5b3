// The NSIS installer can only be built on Windows (electron-builder downloads Electron and NSIS),
// so a local release publishes this stand-in instead: a small text file, named so that nobody can
// mistake it for an installer, whose metadata and publishing path are exactly a real release's.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const standInInstallerName = (version: string): string => `DossierDesk-Setup-${version}.STAND-IN-not-an-installer.exe`;

export async function writeStandInInstaller(dir: string, version: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, standInInstallerName(version));
  const text = [
    `STAND-IN for the Dossier Desk ${version} Windows installer — NOT an installer.`,
    'Written by `npm run release:local` on a machine that cannot build NSIS installers.',
    'Its sha512 and size in latest.yml / pilot.yml are real, so the update path can be tested end to end;',
    'a desk that downloads it refuses to run it (it is not signed by the publisher).',
    `Build the real installer on Windows with: npx electron-builder --win nsis`,
    '',
  ].join('\r\n');
  await writeFile(file, text, 'utf8');
  return file;
}
