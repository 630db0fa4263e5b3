// Which screens and desk-wide settings each role has: the ONE table the sidebar, the address
// router, the Alt+digit shortcuts and Cài đặt read. Processing actions are not here: the workflow
// rules (shared/domain/workflow/rules.ts) decide them, in the store and again on the portal.
import type { Role } from '../../../shared/domain/officers/officer';
import { sectionIds, type SectionId } from '../shell/sections';

const everyone: readonly Role[] = ['clerk', 'specialist', 'head', 'leader', 'admin'];

export const sectionRoles: Readonly<Record<SectionId, readonly Role[]>> = {
  overview: everyone,
  dossiers: everyone,
  // The screen receives at the counter, which the workflow gives to the one-stop clerk alone.
  intake: ['clerk'],
  // Heads of division and leaders approve and sign; the administrator keeps the signing settings (TSA).
  signing: ['head', 'leader', 'admin'],
  reports: ['head', 'leader', 'admin'],
  sync: everyone,
  settings: everyone,
};

/** Settings that change the whole desk, for every officer on it. */
export type DeskSetting = 'portalUrl' | 'accountPolicy' | 'auditLog';
export const deskSettingRoles: Readonly<Record<DeskSetting, readonly Role[]>> = {
  portalUrl: ['admin'],
  accountPolicy: ['admin'],
  auditLog: ['admin'],
};

export const mayOpen = (role: Role, section: SectionId): boolean => sectionRoles[section].includes(role);
export const mayChange = (role: Role, setting: DeskSetting): boolean => deskSettingRoles[setting].includes(role);

/** The sections a role sees, in sidebar order. */
export const sectionsFor = (role: Role): SectionId[] => sectionIds.filter((section) => mayOpen(role, section));
