// The audit log as CSV for inspectors: UTF-8 with a BOM (Excel then reads Vietnamese correctly),
// RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralised.
import { canonicalJson } from '../../../shared/audit/audit-chain';
import type { AuditEntry } from '../../../shared/audit/audit-entry';

const COLUMNS = ['seq', 'at', 'officerId', 'officerName', 'role', 'unitCode', 'workstationId', 'action', 'details', 'prevHash', 'hash'] as const;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // "=HYPERLINK(...)" typed into a reason must not become a live formula in the inspector's Excel.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) => COLUMNS.map((column) => csvCell(column === 'details' ? canonicalJson(entry.details) : entry[column])).join(','));
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
