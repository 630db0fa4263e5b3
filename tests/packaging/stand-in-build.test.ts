// The stand-in profile picker (any demo officer, no password) is a demo-build feature only: the web
// build that the e2e tests run turns it on, the Electron production build turns it off.
import { describe, expect, it } from 'vitest';
import electronConfig from '../../electron.config';
import { rendererConfig } from '../../renderer/vite.config';

describe('the stand-in profile picker', () => {
  it('is off in the Electron production build', () => {
    const renderer = electronConfig.renderer as { define?: Record<string, unknown> };
    expect(renderer.define?.['__DESK_STAND_IN__']).toBe('false');
  });

  it('is on in the web (demo and e2e) build', () => {
    expect(rendererConfig.define?.['__DESK_STAND_IN__']).toBe('true');
  });
});
