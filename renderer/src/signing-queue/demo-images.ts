// Demo signature and seal images, drawn on a canvas when first needed, so an officer can try
// signing before choosing their own PNGs (and no binary image ships in the repository).
let drawn: Promise<{ signatureImage: Uint8Array; sealImage: Uint8Array }> | undefined;

async function png(width: number, height: number, paint: (g: OffscreenCanvasRenderingContext2D) => void): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('Không vẽ được ảnh mẫu (canvas 2D không khả dụng).');
  paint(g);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/** A blue handwritten-looking scribble on a transparent background. */
function signature(g: OffscreenCanvasRenderingContext2D) {
  g.strokeStyle = 'rgb(20, 40, 170)';
  g.lineWidth = 4;
  g.lineCap = 'round';
  g.beginPath();
  for (let x = 20; x <= 280; x += 2) {
    const y = 60 + Math.sin(x / 17) * 26 + Math.sin(x / 5.3) * 9;
    if (x === 20) g.moveTo(x, y);
    else g.lineTo(x, y);
  }
  g.stroke();
  g.beginPath();
  g.moveTo(50, 100);
  g.quadraticCurveTo(150, 86, 255, 96);
  g.stroke();
}

/** A red round seal: two rings, a star and the words "MẪU" (demo) across it. */
function seal(g: OffscreenCanvasRenderingContext2D) {
  const c = 120;
  g.strokeStyle = 'rgba(200, 20, 30, 0.9)';
  g.fillStyle = 'rgba(200, 20, 30, 0.9)';
  g.lineWidth = 6;
  g.beginPath();
  g.arc(c, c, 112, 0, Math.PI * 2);
  g.stroke();
  g.lineWidth = 3;
  g.beginPath();
  g.arc(c, c, 76, 0, Math.PI * 2);
  g.stroke();
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 40 : 17;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    g.lineTo(c + r * Math.cos(a), c + r * Math.sin(a));
  }
  g.closePath();
  g.fill();
  g.font = 'bold 26px sans-serif';
  g.textAlign = 'center';
  g.fillText('MẪU', c, 210);
}

export function demoAppearanceImages(): Promise<{ signatureImage: Uint8Array; sealImage: Uint8Array }> {
  drawn ??= Promise.all([png(300, 120, signature), png(240, 240, seal)]).then(([signatureImage, sealImage]) => ({ signatureImage, sealImage }));
  return drawn;
}
