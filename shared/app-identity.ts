// Fixed forever: IndexedDB and every other stored data live under this origin, so changing the
// scheme or host between versions would make an officer's dossiers appear to vanish.
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ID = 'vn.gov.most.dossierdesk';
export const APP_USER_DATA_DIR = 'DossierDesk';
