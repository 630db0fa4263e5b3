// The roles table applied to the officer at the desk. Nobody at the desk happens only in a demo
// build's stand-in mode before a profile is chosen; there every screen shows, as before sign-in existed.
import type { Role } from '../../../shared/domain/officers/officer';
import { useProfile } from '../profile/profile-store';
import type { SectionId } from '../shell/sections';
import { mayChange, mayOpen, type DeskSetting } from './permissions';

export const canOpen = (role: Role | null, section: SectionId): boolean => role === null || mayOpen(role, section);
export const canChange = (role: Role | null, setting: DeskSetting): boolean => role === null || mayChange(role, setting);

export const useDeskRole = (): Role | null => useProfile((state) => state.officer?.role ?? null);
