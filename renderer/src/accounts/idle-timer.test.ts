// The idle lock's timer: input in the window postpones it, silence for the set minutes fires it once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countdownText } from './countdown';
import { watchIdle } from './idle-timer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the idle lock', () => {
  it('fires after the idle minutes, and input in between starts the count again', () => {
    const win = new EventTarget() as unknown as Window;
    Object.assign(win, { setInterval, clearInterval });
    const onIdle = vi.fn();
    const stop = watchIdle(win, 2 * 60_000, onIdle);
    vi.advanceTimersByTime(90_000);
    win.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(90_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(31_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('shows the lockout wait as minutes and seconds, rounded up', () => {
    expect(countdownText(30_000)).toBe('0:30');
    expect(countdownText(29_001)).toBe('0:30');
    expect(countdownText(65_000)).toBe('1:05');
  });
});
