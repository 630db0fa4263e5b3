// The shell: how fast the app is usable after a start, and what the host seam costs per call.
import { dispatchHostCall } from '../electron/main/host-ipc';
import type { HostMethods } from '../shared/host/contract';
import { ok } from '../shared/result';
import { benchOrigin, withRendererPage } from './lib/chromium';
import { percentile, round, type Benchmark } from './lib/types';

const shellStartup: Benchmark = {
  name: 'shell.startup',
  description: 'Chromium loads the built renderer until the sidebar navigation is visible (20 cold page loads).',
  async run() {
    const samples = await withRendererPage(async (page) => {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await page.goto(`${benchOrigin}/index.html`, { waitUntil: 'commit' });
        await page.locator('nav').first().waitFor({ state: 'visible' });
        times.push(performance.now() - started);
      }
      return times;
    });
    return {
      'shell.startup.p95': { value: round(percentile(samples, 95)), unit: 'ms', median: round(percentile(samples, 50)), samples: samples.length },
    };
  },
};

const hostDispatch: Benchmark = {
  name: 'host.dispatch',
  description: 'Main-process dispatch of a validated DesktopHost call (request and answer checked against the contract).',
  async run() {
    const handlers = {
      getSecret: async () => ok('bí mật'),
    } as unknown as HostMethods;
    const calls = 50_000;
    for (let i = 0; i < 2_000; i++) await dispatchHostCall('getSecret', handlers, { key: 'portal.token' });
    const started = performance.now();
    for (let i = 0; i < calls; i++) await dispatchHostCall('getSecret', handlers, { key: 'portal.token' });
    const seconds = (performance.now() - started) / 1000;
    return { 'host.dispatch.opsPerSec': { value: Math.round(calls / seconds), unit: 'ops/s', calls } };
  },
};

export const benchmarks: Benchmark[] = [shellStartup, hostDispatch];
