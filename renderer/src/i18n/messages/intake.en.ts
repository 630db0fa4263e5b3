// English sentences of the intake screens; typed by the Vietnamese ones.
import type { intakeVi } from './intake.vi';

export const intakeEn: Record<keyof typeof intakeVi, string> = {};
