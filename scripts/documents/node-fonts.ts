// Loads the document fonts (Noto Serif, shipped as an npm package) from disk for Node: the CLI,
// tests and benchmarks. The renderer loads the same files through Vite (renderer/src/documents).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { DocumentFonts, FontStyle } from '../../shared/documents/fonts';

const require = createRequire(import.meta.url);

export const NOTO_SERIF_FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

let loaded: Promise<DocumentFonts> | undefined;

/** The same byte arrays on every call, so parsed fonts are cached across documents. */
export function loadDocumentFonts(): Promise<DocumentFonts> {
  loaded ??= (async () => {
    const read = async (style: FontStyle) => new Uint8Array(await readFile(require.resolve(NOTO_SERIF_FILES[style])));
    const [regular, bold, italic, boldItalic] = await Promise.all([read('regular'), read('bold'), read('italic'), read('boldItalic')]);
    return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
  })();
  return loaded;
}
