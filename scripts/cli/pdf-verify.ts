// `npm run cli -- pdf verify FILE [--ca FILE]... [--json]`: prints each signature's verdict in
// Vietnamese. Exit codes: 0 every signature valid; 1 any invalid, unsigned or unreadable; 2 usage;
// 3 none invalid but some not confirmed (no --ca, or a CA that is not among them).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyPdf } from '../../shared/signing/verify-pdf';

const USAGE = 'Cách dùng: npm run cli -- pdf verify FILE [--ca FILE]... [--json]\n--ca: chứng thư gốc tin cậy (PEM hoặc DER), có thể lặp lại.';

/** Every certificate in a PEM file (several allowed), or the one certificate of a DER file. */
function readCertificates(file: string): Uint8Array[] {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  if (!text.includes('-----BEGIN CERTIFICATE-----')) return [new Uint8Array(bytes)];
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) => new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')));
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ca: { type: 'string', multiple: true }, json: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file] = parsed.positionals;
  if (!file || parsed.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const trustAnchors = (parsed.values.ca ?? []).flatMap(readCertificates);
  const result = await verifyPdf(new Uint8Array(readFileSync(file)), { trustAnchors });
  if (!result.ok) {
    console.error(result.error.message);
    return 1;
  }
  const report = result.value;
  if (parsed.values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`Tệp: ${file}`);
    report.signatures.forEach((signature, i) => {
      console.log(`\nChữ ký ${i + 1}/${report.signatures.length} (trường ${signature.fieldName}):`);
      for (const message of signature.messages) console.log(`  - ${message}`);
    });
    console.log(`\n${report.summary}`);
    if (trustAnchors.length === 0 && report.signatures.length > 0) console.log('(Chưa chỉ định chứng thư gốc tin cậy: dùng --ca FILE.)');
  }
  return { valid: 0, invalid: 1, unsigned: 1, indeterminate: 3 }[report.status];
}
