// Vietnamese text folding: the one function that turns both stored text and what an officer types
// into the same accent-free, lower-case form, so 'dang anh' finds 'Đặng Thị Ánh Tuyết'.

const COMBINING_MARKS = /\p{M}+/gu;
// Đ/đ have no decomposition in Unicode; Ð (U+00D0, Icelandic eth) is what legacy fonts and OCR
// often produce for Đ, so it folds the same way.
const D_WITH_STROKE = /[đĐÐð]/g;
const WHITESPACE = /\s+/g;

/** Text as stored and shown: composed (NFC) so the same name is the same string, spaces tidied. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/**
 * Accent-free, lower-case, single-spaced. NFD splits every precomposed letter into base + marks,
 * so composed input and decomposed input (as typed on macOS or with some IMEs) fold alike.
 */
export function foldVietnamese(text: string): string {
  return FAST_PATH.test(text) ? foldByTable(text) : foldByNormalizing(text);
}

/** The definition; foldByTable is the same function, precomputed per character for speed. */
export function foldByNormalizing(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_WITH_STROKE, 'd').toLowerCase().replace(WHITESPACE, ' ').trim();
}

// Latin, combining marks and Latin Extended Additional (where Vietnamese letters live): here a
// character folds the same alone as in context, so a table works. Anything else (Greek final
// sigma, scripts with context-dependent case) takes the normalizing path.
const FAST_PATH = /^[^\u0370-\u1dff\u1f00-\uffff]*$/;
let table: string[] | undefined;

function buildTable(): string[] {
  const folded: string[] = [];
  for (let code = 0; code < 0x1f00; code++) {
    if (code >= 0x0370 && code < 0x1e00) continue;
    const char = String.fromCharCode(code);
    folded[code] = /\s/.test(char) ? ' ' : char.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_WITH_STROKE, 'd').toLowerCase();
  }
  return folded;
}

function foldByTable(text: string): string {
  const folded = (table ??= buildTable());
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const piece = folded[text.charCodeAt(i)]!;
    if (piece === ' ') pendingSpace = out.length > 0;
    else if (piece !== '') {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += piece;
    }
  }
  return out;
}
