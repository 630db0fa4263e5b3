// The installer's blockmap (`<installer>.blockmap`), which lets desks download only the blocks that
// changed since their version. electron-builder writes one next to the installer it builds; for an
// installer without one (the local stand-in) it is made here with electron-builder's own code.
import { access } from 'node:fs/promises';
import { buildBlockMap } from 'app-builder-lib/out/targets/blockmap/blockmap';

export async function ensureBlockmap(installerPath: string): Promise<string> {
  const blockmapPath = `${installerPath}.blockmap`;
  const exists = await access(blockmapPath).then(
    () => true,
    () => false,
  );
  if (!exists) await buildBlockMap(installerPath, 'gzip', blockmapPath);
  return blockmapPath;
}
