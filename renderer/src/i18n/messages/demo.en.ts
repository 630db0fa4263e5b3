// English sentences of the demo screens; typed by the Vietnamese ones.
import type { demoVi } from './demo.vi';

export const demoEn: Record<keyof typeof demoVi, string> = {};
