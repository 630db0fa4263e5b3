// The current section and location.hash stay in step both ways.
import { beforeEach, describe, expect, it } from 'vitest';
import { bindViewToLocation, useViewStore } from './view-store';

/** Just enough of a window for routing: a hash, history.replaceState, and hashchange listeners. */
function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const location = { hash };
  const win = {
    location,
    history: { replaceState: (_state: unknown, _title: string, url: string) => void (location.hash = url) },
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
    /** What the browser does when the officer edits the address or presses Back. */
    visit(newHash: string) {
      location.hash = newHash;
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
  return win;
}

describe('the current section and the address', () => {
  beforeEach(() => useViewStore.setState({ section: 'overview', subPath: null, focusRequest: 0 }));

  it('starts on the section the address names, without taking focus', () => {
    const win = fakeWindow('#/ky-duyet');
    const unbind = bindViewToLocation(win as never);
    expect(useViewStore.getState()).toMatchObject({ section: 'signing', focusRequest: 0 });
    unbind();
  });

  it('starts on Tổng quan and rewrites an address that names no section', () => {
    const win = fakeWindow('#/khong-co');
    const unbind = bindViewToLocation(win as never);
    expect(useViewStore.getState().section).toBe('overview');
    expect(win.location.hash).toBe('#/tong-quan');
    unbind();
  });

  it('writes each navigation into the address and asks for focus', () => {
    const win = fakeWindow('#/tong-quan');
    const unbind = bindViewToLocation(win as never);
    useViewStore.getState().goTo('reports');
    expect(win.location.hash).toBe('#/bao-cao');
    expect(useViewStore.getState().focusRequest).toBe(1);
    unbind();
  });

  it('follows the address when it changes (Back button, edited address)', () => {
    const win = fakeWindow('#/tong-quan');
    const unbind = bindViewToLocation(win as never);
    win.visit('#/dong-bo');
    expect(useViewStore.getState()).toMatchObject({ section: 'sync', focusRequest: 1 });
    win.visit('#/vo-nghia');
    expect(useViewStore.getState().section).toBe('sync');
    expect(win.location.hash).toBe('#/dong-bo');
    unbind();
    expect(win.listeners.size).toBe(0);
  });

  it('opens a dossier from the address and returns to the list without a focus request', () => {
    const win = fakeWindow('#/ho-so/abc-123');
    const unbind = bindViewToLocation(win as never);
    expect(useViewStore.getState()).toMatchObject({ section: 'dossiers', subPath: 'abc-123', focusRequest: 0 });
    useViewStore.getState().showSubPath(null);
    expect(win.location.hash).toBe('#/ho-so');
    win.visit('#/ho-so/xyz');
    expect(useViewStore.getState()).toMatchObject({ section: 'dossiers', subPath: 'xyz', focusRequest: 0 });
    useViewStore.getState().goTo('overview');
    expect(win.location.hash).toBe('#/tong-quan');
    expect(useViewStore.getState()).toMatchObject({ subPath: null, focusRequest: 1 });
    unbind();
  });
});
