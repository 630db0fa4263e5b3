// The officer working at this desk: set by sign-in (renderer/src/accounts) or, in demo builds, by
// the stand-in profile picker. Only a stand-in choice is remembered on this machine (no secret in
// it); a signed-in officer is forgotten when the app closes and signs in again.
import { create } from 'zustand';
import type { Actor } from '../../../shared/domain/officers/officer';
import { useStandIn } from '../accounts/stand-in';

const STORAGE_KEY = 'desk.profile';

export type DeskOfficer = Actor & { title: string };

type ProfileState = {
  officer: DeskOfficer | null;
  /** The stand-in picker's choice (demo builds only). */
  choose(officer: DeskOfficer): void;
  /** The officer who signed in with a password. */
  signIn(officer: DeskOfficer): void;
  leave(): void;
};

function remembered(): ProfileState['officer'] {
  try {
    if (!useStandIn.getState().active) return null;
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as ProfileState['officer']) : null;
  } catch {
    return null;
  }
}

export const useProfile = create<ProfileState>((set) => ({
  officer: typeof localStorage === 'undefined' ? null : remembered(),
  choose(officer) {
    if (useStandIn.getState().active) localStorage.setItem(STORAGE_KEY, JSON.stringify(officer));
    set({ officer });
  },
  signIn(officer) {
    set({ officer });
  },
  leave() {
    if (typeof localStorage !== 'undefined') localStorage.removeItem(STORAGE_KEY);
    set({ officer: null });
  },
}));
