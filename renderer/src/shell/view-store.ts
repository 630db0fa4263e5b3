// Which section is on screen, and what inside it (#/ho-so/{dossierId}), kept in zustand and mirrored
// in location.hash so a reload, a bookmark or the Back button lands on the same place.
import { create } from 'zustand';
import { DEFAULT_SECTION, hashForSection, sectionFromHash, subPathFromHash, type SectionId } from './sections';

type ViewState = {
  section: SectionId;
  /** What inside the section the address names (a dossier id under Hồ sơ); null for the section itself. */
  subPath: string | null;
  /** Bumped by every navigation the officer asks for; the section heading takes focus on a bump. */
  focusRequest: number;
  goTo: (section: SectionId, subPath?: string | null) => void;
  /** Moves inside the current section without a focus request: the screen places focus itself. */
  showSubPath: (subPath: string | null) => void;
};

export const useViewStore = create<ViewState>()((set) => ({
  section: DEFAULT_SECTION,
  subPath: null,
  focusRequest: 0,
  goTo: (section, subPath = null) => set((state) => ({ section, subPath, focusRequest: state.focusRequest + 1 })),
  showSubPath: (subPath) => set({ subPath }),
}));

type LocationWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** Starts the view on the hash's section and keeps hash and store in step; call once at start-up. */
export function bindViewToLocation(win: LocationWindow = window): () => void {
  const initial = sectionFromHash(win.location.hash);
  // Opening the app is not a navigation: the initial section does not grab focus.
  useViewStore.setState({ section: initial ?? DEFAULT_SECTION, subPath: initial ? subPathFromHash(win.location.hash) : null });
  // An unknown hash is replaced, not pushed, so Back does not return to a dead address.
  if (!initial) win.history.replaceState(null, '', hashForSection(DEFAULT_SECTION));

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (state.section === previous.section && state.subPath === previous.subPath) return;
    const hash = win.location.hash;
    if (sectionFromHash(hash) !== state.section || subPathFromHash(hash) !== state.subPath) {
      win.location.hash = hashForSection(state.section, state.subPath);
    }
  });
  const onHashChange = () => {
    const wanted = sectionFromHash(win.location.hash);
    const { section, subPath } = useViewStore.getState();
    if (!wanted) return win.history.replaceState(null, '', hashForSection(section, subPath));
    const wantedPath = subPathFromHash(win.location.hash);
    if (wanted !== section) useViewStore.getState().goTo(wanted, wantedPath);
    else if (wantedPath !== subPath) useViewStore.getState().showSubPath(wantedPath);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
