// Runs @doyensec/electronegativity, offline, on what makes up the Electron app: the main-process
// and preload sources (electron/, shared/; tests left out, they are not shipped) and the page as
// app:// serves it (its CSP header written as a <meta>, the only place the tool reads a CSP).
// Findings of HIGH or MEDIUM severity must each be justified in electronegativity-allowlist.json.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { APP_ORIGIN } from '../../shared/app-identity';
import { createAppRequestHandler } from '../../electron/main/app-protocol';
import { buildPortalOrigins } from '../../electron/main/portal-origins';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/dist/runner.js'));

/** The one check that downloads (Electron's release list); everything else reads only the files. */
export const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export type Finding = { id: string; severity: string; confidence: string; file: string; line: number; sample: string; description: string };
export type Scan = { findings: Finding[]; parseErrors: Array<{ file: string; message: string }>; checks: number; files: number };

export const allowlistSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[A-Z_]+_CHECK$/),
    file: z.string().min(1),
    reason: z.string().min(40),
  }),
);
export type AllowlistEntry = z.infer<typeof allowlistSchema>[number];

export const allowlistFile = path.join(import.meta.dirname, 'electronegativity-allowlist.json');

export async function readAllowlist(file = allowlistFile): Promise<AllowlistEntry[]> {
  return allowlistSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

type Runner = (options: Record<string, unknown>) => Promise<{
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string }>;
  issues: Array<{ id: string; severity: { name: string }; confidence: { name: string }; file: string; location: { line: number }; sample?: string; description: string }>;
}>;

/**
 * The tool's runner, with its translations loaded from the package instead of downloaded (its
 * own loader fetches them from the network first on every run).
 */
function loadRunner(): Runner {
  const i18nFile = path.join(toolDir, 'locales', 'i18n.js');
  if (!require.cache[i18nFile]) {
    const offline = new Module(i18nFile);
    offline.filename = i18nFile;
    offline.loaded = true;
    offline.exports = async () => {
      const i18n = require('i18n') as { configure(options: object): void; setLocale(locale: string): void };
      i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.join(toolDir, 'locales'), updateFiles: false, objectNotation: true, register: globalThis });
      i18n.setLocale('en-US');
    };
    require.cache[i18nFile] = offline;
  }
  return require(path.join(toolDir, 'runner.js')) as Runner;
}

/** Copies what is scanned into a fresh folder, laid out as in the repository. */
async function prepareScanTree(): Promise<{ dir: string; files: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-electronegativity-'));
  let files = 0;
  for (const folder of ['electron', 'shared']) {
    await cp(path.join(projectRoot, folder), path.join(dir, folder), {
      recursive: true,
      filter: (source) => {
        const keep = !/\.test\.ts$/.test(source) && !source.endsWith('.md');
        if (keep && source.endsWith('.ts')) files++;
        return keep;
      },
    });
  }
  const served = await createAppRequestHandler(path.join(projectRoot, 'renderer'), { connectSrc: buildPortalOrigins() })(new Request(`${APP_ORIGIN}/index.html`));
  const csp = served.headers.get('Content-Security-Policy');
  if (served.status !== 200 || !csp) throw new Error('app:// did not serve renderer/index.html with its CSP header');
  const page = (await served.text()).replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  await writeFile(path.join(dir, 'index.html'), page);
  return { dir, files: files + 1 };
}

/** The app's sources and page, scanned as described at the top of this file. */
export async function scanElectronApp(): Promise<Scan> {
  const { dir, files } = await prepareScanTree();
  try {
    return { ...(await scanFolder(dir)), files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every offline check on the files under `dir`, for the Electron version this project installs. */
export async function scanFolder(dir: string): Promise<Omit<Scan, 'files'>> {
  const electronVersion = (JSON.parse(await readFile(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const result = await loadRunner()({
    input: dir,
    isRelative: true,
    excludeFromScan: ONLINE_CHECKS,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file.split(path.sep).join('/'),
      line: issue.location.line,
      sample: issue.sample ?? '',
      description: issue.description,
    })),
    parseErrors: result.errors.map(({ file, message }) => ({ file: path.relative(dir, file), message })),
    checks: result.globalChecks + result.atomicChecks,
  };
}

const mustBeJustified = (finding: Finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM';
const covers = (entry: AllowlistEntry, finding: Finding) => entry.id === finding.id && entry.file === finding.file;

/** HIGH and MEDIUM findings no allow-list entry justifies. */
export function unjustifiedFindings(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): Finding[] {
  return findings.filter((finding) => mustBeJustified(finding) && !allowlist.some((entry) => covers(entry, finding)));
}

/** Allow-list entries that no longer match a finding: the code changed, so the entry must go. */
export function staleEntries(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): AllowlistEntry[] {
  return allowlist.filter((entry) => !findings.some((finding) => mustBeJustified(finding) && covers(entry, finding)));
}
