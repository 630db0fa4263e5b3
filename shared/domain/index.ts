// The domain's public surface in one import, for code that wants more than one feature (the
// store, the sync engine, the portal, benchmarks). Deep imports of a single module work as well.
export * from './calendar/local-date';
export * from './calendar/vietnam-time';
export * from './calendar/holiday-data';
export { vietnamHolidayData } from './calendar/vietnam-holidays';
export * from './calendar/working-calendar';
export * from './catalogue/catalogue-schema';
export * from './catalogue/catalogue-index';
export { shippedCatalogue } from './catalogue/shipped-catalogue';
export * from './codes/dossier-code';
export * from './codes/number-block';
export * from './deadlines/due-date';
export * from './deadlines/paused-clock';
export * from './deadlines/timeliness';
export * from './dossiers/applicant';
export * from './dossiers/dossier';
export * from './officers/officer';
export * from './text/fold';
export * from './text/search-keys';
export * from './workflow/status';
export * from './workflow/commands';
export * from './workflow/events';
export * from './workflow/rules';
export * from './workflow/decide';
export * from './workflow/apply';
export * from './workflow/forms';
export { generateDemoDossiers, iterateDemoDossiers, statusesPresent, type DemoData, type DemoDossier, type DemoOptions } from './demo/generate';
export { demoStaff, type DemoOfficer } from './demo/staff';
