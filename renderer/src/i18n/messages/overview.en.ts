// English sentences of the overview screens; typed by the Vietnamese ones.
import type { overviewVi } from './overview.vi';

export const overviewEn: Record<keyof typeof overviewVi, string> = {};
