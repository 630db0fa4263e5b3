// The stand-in profile picker (choose any demo officer, no password) exists only in demo builds:
// the web/e2e build defines __DESK_STAND_IN__ true, the Electron production build false
// (renderer/vite.config.ts, electron.config.ts). In a demo build the sign-in screen offers it,
// and the choice to use it is remembered on this machine until the officer signs out.
import { create } from 'zustand';

declare const __DESK_STAND_IN__: boolean | undefined;

export const standInBuild: boolean = typeof __DESK_STAND_IN__ !== 'undefined' && __DESK_STAND_IN__;

const STORAGE_KEY = 'desk.standIn';

function remembered(): boolean {
  try {
    return standInBuild && localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

type StandInState = { active: boolean; enter(): void; leave(): void };

export const useStandIn = create<StandInState>()((set) => ({
  active: remembered(),
  enter() {
    if (!standInBuild) return;
    localStorage.setItem(STORAGE_KEY, '1');
    set({ active: true });
  },
  leave() {
    localStorage.removeItem(STORAGE_KEY);
    set({ active: false });
  },
}));
