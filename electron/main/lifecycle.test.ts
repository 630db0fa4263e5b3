// Process-level rules: one running instance per user, and a userData folder that never moves.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, fixUserDataPath } from './lifecycle';

describe('a single running instance', () => {
  it('the first instance gets the lock and keeps running', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => true), quit: vi.fn() };
    expect(claimSingleInstance(app)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second instance does not get the lock and quits', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => false), quit: vi.fn() };
    expect(claimSingleInstance(app)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });
});

describe('the userData folder', () => {
  it('is <appData>/DossierDesk, whatever the product name or version', () => {
    const appData = path.join('C:', 'Users', 'officer', 'AppData', 'Roaming');
    const paths = new Map<string, string>([
      ['appData', appData],
      ['userData', path.join(appData, 'Dossier Desk 0.1.0')],
    ]);
    const app = {
      getPath: vi.fn((name: string) => paths.get(name) ?? ''),
      setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
    };
    const userData = fixUserDataPath(app);
    expect(userData).toBe(path.join(appData, 'DossierDesk'));
    expect(app.setPath).toHaveBeenCalledExactlyOnceWith('userData', path.join(appData, 'DossierDesk'));
    expect(paths.get('userData')).toBe(path.join(appData, 'DossierDesk'));
  });
});
