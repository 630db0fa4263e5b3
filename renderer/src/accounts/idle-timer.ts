// Locks the screen after so many minutes without keyboard, mouse, pointer or wheel in the window.
// Checks once a second against the time of the last input, so a long idle stretch costs one check.
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'pointerdown', 'wheel', 'touchstart'] as const;

export function watchIdle(win: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'>, idleMs: number, onIdle: () => void, now: () => number = Date.now): () => void {
  let last = now();
  const touched = () => {
    last = now();
  };
  for (const type of ACTIVITY_EVENTS) win.addEventListener(type, touched, { passive: true, capture: true });
  const timer = win.setInterval(() => {
    if (now() - last >= idleMs) {
      last = now();
      onIdle();
    }
  }, 1000);
  return () => {
    win.clearInterval(timer);
    for (const type of ACTIVITY_EVENTS) win.removeEventListener(type, touched, { capture: true });
  };
}
