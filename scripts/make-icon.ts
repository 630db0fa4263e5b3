// `npm run icon`: writes build/icon.png (256 px, also the Linux/window icon) and build/icon.ico
// (16–256 px) from scripts/icon/draw-icon.ts. The files are committed; rerun after changing the drawing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { drawIcon, icoFromPngs } from './icon/draw-icon';

const buildDir = path.resolve(import.meta.dirname, '..', 'build');
await mkdir(buildDir, { recursive: true });
const sizes = [16, 24, 32, 48, 64, 128, 256];
const images = sizes.map((size) => ({ size, png: PNG.sync.write(drawIcon(size)) }));
await writeFile(path.join(buildDir, 'icon.png'), images.at(-1)!.png);
await writeFile(path.join(buildDir, 'icon.ico'), icoFromPngs(images));
console.log(`Wrote build/icon.png and build/icon.ico (${sizes.join(', ')} px).`);
