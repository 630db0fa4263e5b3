// The built preload, as Electron loads it into a sandboxed renderer: one CommonJS file whose only
// require is 'electron' (a sandboxed preload cannot require anything else, nor reach Node).
// The set-up runs the real build (electron.config.ts) into a temporary folder, so a stale out/
// can never make this pass, and out/ (used by the end-to-end tests) is left alone.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostChannel, hostMethodNames } from '../../shared/host/channels';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const electronVite = path.join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js');

let outDir: string;
let bundle: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'dossier-desk-build-'));
  const preloadFile = path.join(outDir, 'preload', 'index.cjs');
  // electron-vite builds main, then preload, then the renderer: a renderer that fails to build
  // does not concern this test as long as the preload was written.
  const buildLog = await promisify(execFile)(
    process.execPath,
    [electronVite, 'build', '-c', 'electron.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
    { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 },
  ).then(
    ({ stdout, stderr }) => `${stdout}${stderr}`,
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? String(error)}`,
  );
  if (!existsSync(preloadFile)) {
    throw new Error(`The preload bundle was not built (${preloadFile} is missing). Build output:\n${buildLog.slice(-4000)}`);
  }
  bundle = await readFile(preloadFile, 'utf8');
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the built preload bundle', () => {
  it('is CommonJS: no import or export statements', () => {
    expect(bundle).not.toMatch(/^\s*import[\s{*]/m);
    expect(bundle).not.toMatch(/^\s*export[\s{*]/m);
    expect(bundle).not.toMatch(/\bimport\s*\(/);
  });

  it('requires nothing but electron', () => {
    const requires = [...bundle.matchAll(/\brequire\s*\(([^)]*)\)/g)].map(([, argument]) => argument!.trim());
    expect(requires.length).toBeGreaterThan(0);
    expect(new Set(requires)).toEqual(new Set(['"electron"']));
  });

  it('runs with only electron to require and no Node globals, and exposes the host', () => {
    const exposeInMainWorld = vi.fn<(key: string, api: Record<string, (request?: unknown) => unknown>) => void>();
    const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
    const sandboxedRequire = (id: string) => {
      if (id === 'electron') return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } };
      throw new Error(`module not found: ${id} (a sandboxed preload can only require 'electron')`);
    };
    const module = { exports: {} as Record<string, unknown> };
    // No process, Buffer, setImmediate, __dirname...: only what the CommonJS wrapper provides.
    vm.runInNewContext(bundle, { require: sandboxedRequire, module, exports: module.exports }, { filename: 'preload/index.cjs' });

    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('desktopHost');
    expect(Object.keys(api).sort()).toEqual(['kind', ...hostMethodNames].sort());
    void api['getSecret']!({ key: 'portal.token' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(hostChannel('getSecret'), { key: 'portal.token' });
  });

  it('does not carry the schema library or anything else from node_modules', () => {
    expect(bundle).not.toMatch(/node_modules/);
    expect(bundle).not.toMatch(/\bZodError\b|safeParse/);
    expect(bundle.length).toBeLessThan(8 * 1024);
  });
});
