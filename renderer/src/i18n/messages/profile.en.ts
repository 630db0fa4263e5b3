// English sentences of the profile screens; typed by the Vietnamese ones.
import type { profileVi } from './profile.vi';

export const profileEn: Record<keyof typeof profileVi, string> = {};
