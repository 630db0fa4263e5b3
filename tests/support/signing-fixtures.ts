// Inputs for signing tests and the demo: a one-page PDF with Vietnamese text, the Noto Sans font
// bytes, and drawn-on-the-fly transparent PNGs of a handwritten signature (blue) and an agency
// seal (red), so no binary fixtures need to live in the repository.
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);

/** Noto Sans Regular TTF (full Vietnamese coverage) from @expo-google-fonts/noto-sans. */
export function notoSans(): Uint8Array {
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  return new Uint8Array(readFileSync(path.join(dir, '400Regular', 'NotoSans_400Regular.ttf')));
}

export const SAMPLE_SENTENCES = [
  'QUYẾT ĐỊNH về việc cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
  'Điều 1. Cấp Giấy chứng nhận cho Viện Nghiên cứu Ứng dụng Công nghệ Đồng Tháp.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
];

/** A one-page A4 decision-like PDF. `objectStreams` picks pdf-lib's xref-stream output (its default) or a classic table. */
export async function samplePdf(options: { objectStreams?: boolean; pages?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(notoSans(), { subset: true });
  for (let p = 0; p < (options.pages ?? 1); p++) {
    const page = doc.addPage([595.28, 841.89]);
    SAMPLE_SENTENCES.forEach((sentence, i) => page.drawText(sentence, { x: 60, y: 760 - i * 24, size: 11, font, color: rgb(0, 0, 0) }));
  }
  return doc.save({ useObjectStreams: options.objectStreams ?? true });
}

function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number] | null): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = paint(x, y) ?? [0, 0, 0, 0];
      image.data.set(colour, (y * width + x) * 4);
    }
  }
  return new Uint8Array(PNG.sync.write(image));
}

/** A blue scribble on a transparent background, like a scanned handwritten signature. */
export function sampleSignaturePng(width = 300, height = 120): Uint8Array {
  const curve = (x: number) => height / 2 + Math.sin(x / 17) * height * 0.25 + Math.sin(x / 5.3) * height * 0.08;
  return png(width, height, (x, y) => {
    const onStroke = Math.abs(y - curve(x)) < 2.5 || (x > width * 0.15 && x < width * 0.85 && Math.abs(y - height * 0.78 + (x - width / 2) * 0.05) < 1.5);
    return onStroke ? [20, 40, 170, 255] : null;
  });
}

/** A red round seal: an outer ring, an inner ring and a star, transparent outside. */
export function sampleSealPng(size = 240): Uint8Array {
  const c = size / 2;
  return png(size, size, (x, y) => {
    const r = Math.hypot(x - c, y - c);
    const angle = Math.atan2(y - c, x - c);
    const starRadius = size * 0.16 * (0.55 + 0.45 * Math.cos(5 * (angle + Math.PI / 2)));
    const onSeal = (r > c - 8 && r < c - 2) || (r > c * 0.62 && r < c * 0.66) || r < starRadius;
    return onSeal ? [200, 20, 30, 230] : null;
  });
}
