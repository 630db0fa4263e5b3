// The document font (Noto Serif, four faces, full Vietnamese coverage) for the renderer and its
// render worker: Vite emits the TTFs as same-origin assets (`?url`), fetched once per thread and
// kept, so every document reuses the same byte arrays (shared/documents caches parsing per array).
// Node (CLI, tests, benchmarks) reads the same files from disk: scripts/documents/node-fonts.ts.
import boldItalicUrl from '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf?url';
import boldUrl from '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url';
import italicUrl from '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf?url';
import regularUrl from '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url';
import type { DocumentFonts, FontStyle } from '../../../shared/documents/fonts';

export const DOCUMENT_FONT_URLS: Readonly<Record<FontStyle, string>> = { regular: regularUrl, bold: boldUrl, italic: italicUrl, boldItalic: boldItalicUrl };

export class FontLoadError extends Error {
  readonly code = 'FONTS_UNAVAILABLE';
  constructor() {
    super('Không tải được phông chữ văn bản (Noto Serif) của ứng dụng. Hãy khởi động lại ứng dụng; nếu vẫn lỗi, cài đặt lại ứng dụng.');
  }
}

let loaded: Promise<DocumentFonts> | undefined;

async function fetchFace(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new FontLoadError();
  return new Uint8Array(await response.arrayBuffer());
}

/** The four faces, fetched on first use; a failed load is forgotten so the next call tries again. */
export function loadDocumentFonts(): Promise<DocumentFonts> {
  loaded ??= (async () => {
    try {
      const [regular, bold, italic, boldItalic] = await Promise.all([regularUrl, boldUrl, italicUrl, boldItalicUrl].map(fetchFace));
      return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
    } catch {
      loaded = undefined;
      throw new FontLoadError();
    }
  })();
  return loaded;
}
