// Biểu 06 on screen as on paper: the three merged header rows, the column numbers, the total, each
// field and its procedures. The headings stay in Vietnamese in both languages: they are the
// official form's words, the same as in the exported files.
import { BIEU06_COLUMNS, type Bieu06Report } from '../../../shared/reports/bieu06';
import { BIEU06_COLUMN_COUNT, BIEU06_COLUMN_NAMES, BIEU06_HEADER_ROWS, BIEU06_HEADERS, bieu06Lines } from '../../../shared/reports/bieu06-layout';
import { periodTitle } from '../../../shared/reports/period';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';

export function Bieu06Table({ report }: { report: Bieu06Report }) {
  const t = useT();
  const number = new Intl.NumberFormat(intlLocale[useLanguage()]);
  const headerRows = Array.from({ length: BIEU06_HEADER_ROWS }, (_, row) => BIEU06_HEADERS.filter((h) => h.row === row));
  return (
    <div className="report-table-wrap" tabIndex={0} role="region" aria-labelledby="bieu06-caption">
      <table className="report-table" data-testid="bieu06-table">
        <caption id="bieu06-caption">{t('reports.table.caption', { period: periodTitle(report.period) })}</caption>
        <thead>
          {headerRows.map((cells, row) => (
            <tr key={row}>
              {cells.map((cell) => (
                <th key={cell.col} scope={cell.colSpan > 1 ? 'colgroup' : 'col'} rowSpan={cell.rowSpan} colSpan={cell.colSpan}>
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
          <tr className="report-table__numbers">
            {Array.from({ length: BIEU06_COLUMN_COUNT }, (_, i) => (
              <td key={i}>({i + 1})</td>
            ))}
          </tr>
        </thead>
        <tbody>
          {bieu06Lines(report).map((line) => (
            <tr key={`${line.kind}:${line.code}`} className={`report-table__${line.kind}`} data-code={line.code || 'total'}>
              <td className="report-table__stt">{line.number}</td>
              <th scope="row" className="report-table__label">
                {line.label}
                {line.kind === 'procedure' && <span className="report-table__code"> ({line.code})</span>}
              </th>
              {BIEU06_COLUMNS.map((column) => (
                <td key={column} className="report-table__figure" data-column={column} title={BIEU06_COLUMN_NAMES[column]}>
                  {number.format(line.counts[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
