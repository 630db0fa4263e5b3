// The officer working at this desk. Until sign-in lands (issue #6) a local profile picker stands
// in, clearly marked as such: the choice is remembered on this machine only (no secret in it).
import { create } from 'zustand';
import type { Actor } from '../../../shared/domain/officers/officer';

const STORAGE_KEY = 'desk.profile';

type ProfileState = {
  officer: (Actor & { title: string }) | null;
  choose(officer: Actor & { title: string }): void;
  leave(): void;
};

function remembered(): ProfileState['officer'] {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as ProfileState['officer']) : null;
  } catch {
    return null;
  }
}

export const useProfile = create<ProfileState>((set) => ({
  officer: typeof localStorage === 'undefined' ? null : remembered(),
  choose(officer) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(officer));
    set({ officer });
  },
  leave() {
    localStorage.removeItem(STORAGE_KEY);
    set({ officer: null });
  },
}));
