// Which section is on screen, kept in zustand and mirrored in location.hash so a reload, a bookmark
// or the Back button lands on the same section.
import { create } from 'zustand';
import { DEFAULT_SECTION, hashForSection, sectionFromHash, type SectionId } from './sections';

type ViewState = {
  section: SectionId;
  /** Bumped by every navigation the officer asks for; the section heading takes focus on a bump. */
  focusRequest: number;
  goTo: (section: SectionId) => void;
};

export const useViewStore = create<ViewState>()((set) => ({
  section: DEFAULT_SECTION,
  focusRequest: 0,
  goTo: (section) => set((state) => ({ section, focusRequest: state.focusRequest + 1 })),
}));

type LocationWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** Starts the view on the hash's section and keeps hash and store in step; call once at start-up. */
export function bindViewToLocation(win: LocationWindow = window): () => void {
  const initial = sectionFromHash(win.location.hash);
  // Opening the app is not a navigation: the initial section does not grab focus.
  useViewStore.setState({ section: initial ?? DEFAULT_SECTION });
  // An unknown hash is replaced, not pushed, so Back does not return to a dead address.
  if (!initial) win.history.replaceState(null, '', hashForSection(DEFAULT_SECTION));

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (state.section !== previous.section && sectionFromHash(win.location.hash) !== state.section) {
      win.location.hash = hashForSection(state.section);
    }
  });
  const onHashChange = () => {
    const wanted = sectionFromHash(win.location.hash);
    const current = useViewStore.getState().section;
    if (!wanted) win.history.replaceState(null, '', hashForSection(current));
    else if (wanted !== current) useViewStore.getState().goTo(wanted);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
