// Small files for attachment tests: the app judges type by the first bytes, so a PDF header or a
// PNG signature with its IHDR chunk is a PDF or a PNG as far as the counter is concerned.
export type SampleFile = { name: string; mimeType: string; buffer: Buffer };

export function pdfFile(name = 'don-de-nghi.pdf'): SampleFile {
  const text = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(text, 'latin1') };
}

export function pngFile(name = 'hop-dong.png'): SampleFile {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  // IHDR: length 13, 'IHDR', 1×1 px, 8-bit RGBA, then its CRC.
  const ihdr = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89];
  return { name, mimeType: 'image/png', buffer: Buffer.from([...signature, ...ihdr]) };
}

export function emptyFile(name = 'trang.pdf'): SampleFile {
  return { name, mimeType: 'application/pdf', buffer: Buffer.alloc(0) };
}

export function textFile(name = 'ghi-chu.txt'): SampleFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.from('Không phải tệp quét.', 'utf8') };
}

/** A PDF one byte over the 20 MB limit. */
export function oversizedPdf(name = 'ban-quet-lon.pdf'): SampleFile {
  const buffer = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
  buffer.write('%PDF-1.4\n', 0, 'latin1');
  return { name, mimeType: 'application/pdf', buffer };
}
