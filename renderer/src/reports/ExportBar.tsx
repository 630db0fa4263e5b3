// Exporting the form (CSV, XLSX, PDF written in the report worker, saved through the DesktopHost)
// and sending it, signed, to the portal (submission/).
import { useState } from 'react';
import type { LocalDate } from '../../../shared/domain/calendar/local-date';
import type { Catalogue } from '../../../shared/domain/catalogue/catalogue-schema';
import type { Bieu06Report } from '../../../shared/reports/bieu06';
import type { Bieu06PdfInput } from '../../../shared/reports/pdf';
import { officerDirectory } from '../dossiers/officer-directory';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import { useDeskStore } from '../store/store-context';
import { exportReport } from './report-client';
import type { ExportFormat } from './report-protocol';
import { SubmitReportPanel } from './submission/SubmitReportPanel';

const FORMATS: { format: ExportFormat; mimeType: string; filter: string }[] = [
  { format: 'csv', mimeType: 'text/csv', filter: 'CSV' },
  { format: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filter: 'Excel' },
  { format: 'pdf', mimeType: 'application/pdf', filter: 'PDF' },
];

/** The heading and signature of the printed form: the unit (or the ministry for all units), its leader. */
export function documentInput(report: Bieu06Report, catalogue: Catalogue, today: LocalDate, preparedBy: string | null): Bieu06PdfInput {
  const unit = report.unitCode ? catalogue.units.find((u) => u.code === report.unitCode) : undefined;
  const leader = unit ? officerDirectory(catalogue).of(unit.code, 'leader')[0] : undefined;
  return {
    report,
    issuer: unit ? { parentName: unit.parentName, name: unit.name } : { parentName: '', name: catalogue.units[0]?.parentName ?? 'Bộ Khoa học và Công nghệ' },
    number: null,
    // The city closes the unit's address ('…, Cầu Giấy, Hà Nội').
    place: unit?.address.split(',').at(-1)?.trim() || 'Hà Nội',
    date: today,
    signer: { authority: null, authorityTitle: null, position: 'Thủ trưởng đơn vị', name: leader?.name ?? '……………………' },
    preparedBy: preparedBy ?? '……………………',
  };
}

export function fileNameFor(report: Bieu06Report, format: ExportFormat): string {
  return `Bieu-06-${report.unitCode ?? 'tat-ca'}-${report.period.from}-${report.period.to}.${format}`;
}

export function ExportBar({ report, today }: { report: Bieu06Report; today: LocalDate }) {
  const t = useT();
  const host = useHost();
  const desk = useDeskStore();
  const { catalogue } = desk;
  const officer = useProfile((state) => state.officer);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async ({ format, mimeType, filter }: (typeof FORMATS)[number]) => {
    setBusy(true);
    setStatus({ text: t('reports.export.working') });
    try {
      const bytes = await exportReport(format, documentInput(report, catalogue, today, officer?.name ?? null));
      const outcome = await host.saveFile({ suggestedName: fileNameFor(report, format), bytes: bytes as Uint8Array<ArrayBuffer>, mimeType, filters: [{ name: filter, extensions: [format] }] });
      if (outcome.ok && outcome.value.saved) {
        const file = outcome.value.fileName ?? fileNameFor(report, format);
        void recordByCurrentOfficer(desk.audit, 'reportExported', { file, format, unitCode: report.unitCode ?? '', from: report.period.from, to: report.period.to });
      }
      if (!outcome.ok) setStatus({ text: t('reports.export.failed', { message: outcome.error.message }), error: true });
      else setStatus({ text: outcome.value.saved ? t('reports.export.saved', { file: outcome.value.fileName ?? fileNameFor(report, format) }) : t('reports.export.cancelled') });
    } catch (error) {
      setStatus({ text: t('reports.export.failed', { message: error instanceof Error ? error.message : String(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-export" role="group" aria-label={t('reports.export.label')}>
      {FORMATS.map((entry) => (
        <button key={entry.format} type="button" className="button" disabled={busy} onClick={() => void save(entry)}>
          {t(`reports.export.${entry.format}`)}
        </button>
      ))}
      <p className={status?.error ? 'report-export__status report-export__status--error' : 'report-export__status'} role="status">
        {status?.text}
      </p>
      {/* The same PDF the export button saves is what gets signed and sent. */}
      <SubmitReportPanel report={report} buildPdf={() => exportReport('pdf', documentInput(report, catalogue, today, officer?.name ?? null))} />
    </div>
  );
}
