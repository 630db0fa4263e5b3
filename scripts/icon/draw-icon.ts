// The Dossier Desk icon, drawn from shapes (signed distances) so that every size is rendered sharp
// rather than scaled: a blue tile, a white dossier sheet with a folded corner and lines of text, and
// a green "done" badge. Colours are the app's own (renderer/src/base.css).
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];
const BLUE_TOP: Rgba = [0x1b, 0x6c, 0xb0, 255];
const BLUE_BOTTOM: Rgba = [0x0b, 0x4f, 0x8a, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const FOLD: Rgba = [0xc9, 0xd8, 0xea, 255];
const INK: Rgba = [0x0b, 0x4f, 0x8a, 255];
const GREEN: Rgba = [0x17, 0x8a, 0x4c, 255];

// Distances in the 256-unit design grid; negative inside.
const roundedRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  const outside = Math.hypot(dx, dy);
  const inside = Math.min(0, Math.max(x0 + r - x, x - (x1 - r), y0 + r - y, y - (y1 - r)));
  return outside + inside - r;
};
const circle = (x: number, y: number, cx: number, cy: number, r: number) => Math.hypot(x - cx, y - cy) - r;
const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number, halfWidth: number) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - halfWidth;
};
// Half-plane below the line through the fold: the sheet's top-right corner is cut along it.
const FOLD_SIZE = 38;
const SHEET = { x0: 62, y0: 40, x1: 178, y1: 214 };
const foldCut = (x: number, y: number) => (x - (SHEET.x1 - FOLD_SIZE) - (y - SHEET.y0)) / Math.SQRT2;

/** The colour at one design-grid point (before anti-aliasing). */
function colourAt(x: number, y: number): Rgba {
  let colour: Rgba = [0, 0, 0, 0];
  const paint = (distance: number, rgba: Rgba) => {
    if (distance <= 0) colour = rgba;
  };
  const t = Math.min(1, Math.max(0, (y - 16) / 224));
  paint(roundedRect(x, y, 14, 14, 242, 242, 50), BLUE_TOP.map((c, i) => Math.round(c + (BLUE_BOTTOM[i]! - c) * t)) as Rgba);
  paint(Math.max(roundedRect(x, y, SHEET.x0, SHEET.y0, SHEET.x1, SHEET.y1, 10), foldCut(x, y)), PAPER);
  // The folded flap: the triangle under the cut, inside the sheet's box.
  paint(Math.max(-foldCut(x, y), x - SHEET.x1, SHEET.y0 - y, (SHEET.x1 - FOLD_SIZE) - x + (y - SHEET.y0) - FOLD_SIZE), FOLD);
  for (const [y0, x1] of [
    [96, 152],
    [122, 156],
    [148, 128],
  ] as const) {
    paint(segment(x, y, 86, y0, x1, y0, 6), INK);
  }
  paint(circle(x, y, 182, 184, 46), BLUE_BOTTOM);
  paint(circle(x, y, 182, 184, 38), GREEN);
  paint(Math.min(segment(x, y, 162, 186, 176, 200, 7), segment(x, y, 176, 200, 203, 169, 7)), PAPER);
  return colour;
}

/** The icon at `size` pixels, each pixel the average of 8×8 samples (smooth edges at 16 px too). */
export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const samples = 8;
  const scale = 256 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale);
          // Premultiplied, so transparent samples do not darken the edge.
          sum[0]! += r * a;
          sum[1]! += g * a;
          sum[2]! += b * a;
          sum[3]! += a;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3]! / (samples * samples);
      png.data[offset] = sum[3] ? Math.round(sum[0]! / sum[3]!) : 0;
      png.data[offset + 1] = sum[3] ? Math.round(sum[1]! / sum[3]!) : 0;
      png.data[offset + 2] = sum[3] ? Math.round(sum[2]! / sum[3]!) : 0;
      png.data[offset + 3] = Math.round(alpha);
    }
  }
  return png;
}

/** A Windows .ico holding PNG images (supported since Windows Vista), largest last. */
export function icoFromPngs(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}
