// Reports for the renderer, its workers, Node and the portal: Biểu số 06/VPCP/KSTT for any period,
// the six-monthly online-services report, the Tổng quan chart figures, and the form's exports.
// XLSX (exceljs) and PDF (the documents engine) are separate imports, loaded only when exporting.
export * from './period';
export * from './dossier-facts';
export * from './report-facts';
export * from './bieu06';
export * from './bieu06-layout';
export * from './deployment';
export * from './dashboard';
export { bieu06Csv, parseCsv, UTF8_BOM } from './csv';
