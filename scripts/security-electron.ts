// `npm run security:electron`: electronegativity on the Electron app, offline (see
// scripts/security/electronegativity.ts). Fails on a file it cannot parse, on a HIGH or MEDIUM
// finding not justified in scripts/security/electronegativity-allowlist.json, and on an allow-list
// entry that no longer matches anything.
import { readAllowlist, scanElectronApp, staleEntries, unjustifiedFindings } from './security/electronegativity';

const scan = await scanElectronApp();
const allowlist = await readAllowlist();
const unjustified = unjustifiedFindings(scan.findings, allowlist);
const stale = staleEntries(scan.findings, allowlist);

console.log(`electronegativity: ${scan.checks} checks over ${scan.files} files, ${scan.findings.length} findings`);
for (const finding of scan.findings) {
  const verdict = unjustified.includes(finding) ? 'NOT JUSTIFIED' : finding.severity === 'HIGH' || finding.severity === 'MEDIUM' ? 'justified' : 'for information';
  console.log(`  ${finding.severity.padEnd(13)} ${finding.id.padEnd(32)} ${`${finding.file}:${finding.line}`.padEnd(42)} ${verdict}`);
}
for (const error of scan.parseErrors) console.error(`could not parse ${error.file}: ${error.message}`);
for (const finding of unjustified) console.error(`unjustified ${finding.severity} finding ${finding.id} in ${finding.file}:${finding.line} — ${finding.description}`);
for (const entry of stale) console.error(`allow-list entry ${entry.id} for ${entry.file} matches no finding any more: remove it`);
process.exitCode = scan.parseErrors.length + unjustified.length + stale.length > 0 ? 1 : 0;
