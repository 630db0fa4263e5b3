// The Windows installer's configuration (electron-builder.ts), checked where the installer cannot be
// built: what issue 7 requires of it, electron-builder's own schema validation (offline), and the
// files electron-builder would put in app.asar, computed by electron-builder's own file matcher.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// electron-builder's internals (its dependency app-builder-lib), used exactly as `electron-builder` uses them.
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import config, { LOCAL_UPDATE_URL } from '../../electron-builder';
import { APP_ID } from '../../shared/app-identity';

const root = path.resolve(import.meta.dirname, '../..');

// What the issue asks of the configuration, as a schema: a change that drops any of it fails here.
const requiredConfigSchema = z.object({
  appId: z.literal(APP_ID),
  productName: z.literal('Dossier Desk'),
  directories: z.object({ buildResources: z.literal('build') }),
  asar: z.literal(true),
  electronFuses: z.object({
    runAsNode: z.literal(false),
    enableNodeOptionsEnvironmentVariable: z.literal(false),
    enableNodeCliInspectArguments: z.literal(false),
    enableCookieEncryption: z.literal(true),
    enableEmbeddedAsarIntegrityValidation: z.literal(true),
    onlyLoadAppFromAsar: z.literal(true),
  }),
  win: z.object({
    target: z.array(z.object({ target: z.literal('nsis') })).length(1),
    icon: z.literal('build/icon.ico'),
    verifyUpdateCodeSignature: z.literal(true),
    signtoolOptions: z.object({ publisherName: z.array(z.string().min(3)).min(1) }),
  }),
  nsis: z.object({
    oneClick: z.literal(false),
    perMachine: z.literal(false),
    selectPerMachineByDefault: z.literal(false),
    allowElevation: z.literal(true),
    deleteAppDataOnUninstall: z.literal(false),
    installerIcon: z.literal('build/icon.ico'),
  }),
  publish: z
    .array(z.object({ provider: z.literal('generic'), url: z.url(), channel: z.literal('latest'), publisherName: z.array(z.string()).min(1) }))
    .length(1),
});

describe('the electron-builder configuration', () => {
  it('has what issue 7 requires: NSIS per-user by default, generic update feed, publisher check, fuses', () => {
    const parsed = requiredConfigSchema.safeParse(config);
    expect(parsed.success, JSON.stringify(parsed.error?.issues, null, 2)).toBe(true);
  });

  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000); // compiling electron-builder's JSON schema takes seconds on a busy machine

  it('would be refused by that validation if misspelt (the check is real)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachne: true } } as never, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  }, 30_000);

  it('publishes to the local portal’s update folder unless DESK_UPDATE_URL names another', () => {
    const [feed] = config.publish as Array<{ url: string }>;
    expect(feed!.url).toBe(process.env['DESK_UPDATE_URL'] ?? LOCAL_UPDATE_URL);
  });

  it('has the icons it names, a real multi-size .ico and a 256 px PNG', async () => {
    const ico = await readFile(path.join(root, 'build/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const png = await readFile(path.join(root, 'build/icon.png'));
    expect(png.readUInt32BE(16)).toBe(256); // IHDR width
  });
});

// Marked @internal, so absent from its typings; this is the function electron-builder calls for `files`.
type MainFileMatchers = (
  appDir: string,
  destination: string,
  macroExpander: (pattern: string) => string,
  platformOptions: unknown,
  packager: unknown,
  outDir: string,
  isElectronCompile: boolean,
) => Array<{ createFilter(): (file: string, stat: import('node:fs').Stats) => boolean }>;
const { getMainFileMatchers } = fileMatcher as unknown as { getMainFileMatchers: MainFileMatchers };

/** The files (relative, '/'-separated) electron-builder would copy from `appDir` into app.asar. */
async function packagedFiles(appDir: string): Promise<string[]> {
  const fakePackager = {
    info: { projectDir: appDir, buildResourcesDir: 'build', isPrepackedAppAsar: false, config, debugLogger: new DebugLogger(false) },
  };
  const [matcher] = getMainFileMatchers(appDir, '/app', (pattern: string) => pattern, config.win, fakePackager, path.join(appDir, 'dist'), false);
  const filter = matcher!.createFilter();
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name);
      const info = await stat(file);
      // Dependencies are copied by a separate matcher from package.json, not by `files`.
      if (name === 'node_modules' || name === '.git' || !filter(file, info)) continue;
      if (info.isDirectory()) await walk(file);
      else found.push(path.relative(appDir, file).split(path.sep).join('/'));
    }
  };
  await walk(appDir);
  return found.sort();
}

describe('the files packaged into app.asar', () => {
  let appDir: string;
  const tree = [
    'package.json',
    'out/main/index.js',
    'out/main/index.js.map',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'out/renderer/assets/index-3f2a.js',
    'out/renderer/assets/NotoSans-Regular.woff2',
    'out/bench/entry.js',
    'electron/main/index.ts',
    'electron/main/host/update-service.test.ts',
    'shared/host/contract.ts',
    'renderer/src/main.tsx',
    'portal/src/app.ts',
    'scripts/release.ts',
    'tests/e2e/settings.spec.ts',
    'docs/deployment.md',
    'README.md',
    'build/icon.ico',
    'dist/DossierDesk-Setup-0.1.0.exe',
    'dist/win-unpacked/resources/app.asar',
    '.portal-data/updates/latest.yml',
    'electron-builder.ts',
    'electron.config.ts',
    'tsconfig.json',
    'vitest.config.ts',
    'playwright-report/index.html',
    'test-results/run/trace.zip',
    'bench/results/latest.json',
  ];

  beforeAll(async () => {
    appDir = await mkdtemp(path.join(tmpdir(), 'desk-asar-'));
    for (const file of tree) {
      await mkdir(path.dirname(path.join(appDir, file)), { recursive: true });
      await writeFile(path.join(appDir, file), file);
    }
  });
  afterAll(() => rm(appDir, { recursive: true, force: true }));

  it('are the electron-vite bundles (out/**) and package.json, without source maps', async () => {
    expect(await packagedFiles(appDir)).toEqual([
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/assets/NotoSans-Regular.woff2',
      'out/renderer/assets/index-3f2a.js',
      'out/renderer/index.html',
      'package.json',
    ]);
  });

  it('leave out this repository’s sources, tests, docs, build output and portal data', async () => {
    const packaged = await packagedFiles(root);
    expect(packaged).toContain('package.json');
    const outside = packaged.filter((file) => !file.startsWith('out/') && file !== 'package.json');
    expect(outside).toEqual([]);
    expect(packaged.filter((file) => /\.(ts|tsx|map)$/.test(file))).toEqual([]);
  });
});
