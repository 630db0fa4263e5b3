// electronegativity on the Electron app, offline (npm run security:electron): every source file
// parsed, no HIGH or MEDIUM finding without a justification in the allow-list, each justification
// also in docs/security.md, and the tool shown to catch an insecure window (so a pass means something).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAllowlist, scanElectronApp, scanFolder, staleEntries, unjustifiedFindings, type AllowlistEntry, type Scan } from '../../scripts/security/electronegativity';

const root = path.resolve(import.meta.dirname, '../..');
let scan: Scan;
let allowlist: AllowlistEntry[];

beforeAll(async () => {
  [scan, allowlist] = await Promise.all([scanElectronApp(), readAllowlist()]);
}, 60_000);

describe('electronegativity on the Electron app', () => {
  it('parses every file it is given, with all its offline checks', () => {
    expect(scan.parseErrors).toEqual([]);
    expect(scan.checks).toBeGreaterThanOrEqual(40);
    expect(scan.files).toBeGreaterThan(100);
  });

  it('finds nothing HIGH or MEDIUM that the allow-list does not justify', () => {
    const unjustified = unjustifiedFindings(scan.findings, allowlist).map((f) => `${f.id} ${f.file}:${f.line} — ${f.description}: ${f.sample}`);
    expect(unjustified).toEqual([]);
  });

  it('has no allow-list entry left over from code that changed', () => {
    expect(staleEntries(scan.findings, allowlist)).toEqual([]);
  });

  it('writes each justification in docs/security.md as well', async () => {
    const doc = await readFile(path.join(root, 'docs/security.md'), 'utf8');
    for (const entry of allowlist) expect(doc, `${entry.id} in ${entry.file}`).toContain(`\`${entry.id}\` in \`${entry.file}\``);
  });
});

describe('the scan itself', () => {
  it('catches a window created without sandbox, isolation or web security, and navigation and permissions left open', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'desk-insecure-'));
    try {
      await writeFile(
        path.join(dir, 'main.ts'),
        "import { BrowserWindow } from 'electron';\nexport const open = (url: string) => new BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: false, nodeIntegration: true, webSecurity: false } }).loadURL(url);\n",
      );
      const found = await scanFolder(dir);
      const serious = unjustifiedFindings(found.findings, allowlist).map((f) => f.id);
      expect(serious).toEqual(
        expect.arrayContaining(['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
