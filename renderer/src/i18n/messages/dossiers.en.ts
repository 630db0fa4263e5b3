// English sentences of the dossiers screens; typed by the Vietnamese ones.
import type { dossiersVi } from './dossiers.vi';

export const dossiersEn: Record<keyof typeof dossiersVi, string> = {};
