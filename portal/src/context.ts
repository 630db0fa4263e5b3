// What every route of the portal shares: the database, the blob store, the catalogue and calendar
// the rules judge by, the clock (injectable for tests) and the national portal's key.
import type { CatalogueIndex } from '../../shared/domain/catalogue/catalogue-index';
import type { HolidayCalendarData } from '../../shared/domain/calendar/holiday-data';
import type { WorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import type { DesktopPolicy } from '../../shared/sync/contract';
import type { SignInThrottle } from './auth/sign-in-throttle';
import type { BlobStore } from './blobs/blob-store';
import type { Database } from './db/database';

export type PortalContext = {
  db: Database;
  blobs: BlobStore;
  catalogue: CatalogueIndex;
  calendar: WorkingCalendar;
  holidays: HolidayCalendarData;
  now: () => Date;
  /** The key the national portal sends in `x-portal-key`. */
  publicKey: string;
  version: string;
  /** What the catalogue tells desks about their own version (minimum version). */
  desktopPolicy: DesktopPolicy;
  /** How long a bearer token lasts. */
  sessionHours: number;
  /** Failed sign-ins per username and client address (in this process's memory). */
  signInThrottle: SignInThrottle;
};

/** How far ahead of the portal's clock an action's time may be (desk clocks drift). */
export const CLOCK_SKEW_MS = 5 * 60_000;
