// Templates are data: strings with {placeholders} filled from a dossier's fields. An unknown
// placeholder is a template bug, reported instead of printed.
import { err, ok, type Result } from '../../result';
import type { LocalDate } from '../../domain/calendar/local-date';

export type TemplateFields = Readonly<Record<string, string>>;

/** What every template carries: which version it is and from when it applies. */
export type TemplateVersion = { id: string; version: string; effectiveFrom: LocalDate };

export function fill(text: string, fields: TemplateFields): Result<string> {
  let unknown: string | undefined;
  const filled = text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = fields[name];
    if (value === undefined) unknown ??= name;
    return value ?? match;
  });
  return unknown === undefined ? ok(filled) : err('TEMPLATE_FIELD_UNKNOWN', `Mẫu văn bản dùng trường «${unknown}» không có trong dữ liệu hồ sơ; cần sửa mẫu.`);
}

export function fillAll(texts: readonly string[], fields: TemplateFields): Result<string[]> {
  const out: string[] = [];
  for (const text of texts) {
    const filled = fill(text, fields);
    if (!filled.ok) return filled;
    out.push(filled.value);
  }
  return ok(out);
}

/** The newest version in force on `day` among the templates that match. */
export function pickVersion<T extends TemplateVersion>(templates: readonly T[], day: LocalDate, matches: (t: T) => boolean): T | undefined {
  return templates.filter((t) => matches(t) && t.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}
