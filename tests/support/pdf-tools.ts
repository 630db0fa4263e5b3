// Independent judges of our signed PDFs — qpdf, poppler's pdfsig, openssl cms — and a local RFC
// 3161 timestamping authority (openssl ts -reply behind node:http), so tests do not only ask our
// own verifier whether our own signatures are right.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestPki } from './test-pki';

export function qpdfCheck(file: string): { exitCode: number; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { exitCode: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** An NSS database trusting the test root, so pdfsig's certificate check can pass. Needs certutil (libnss3-tools). */
export function nssDbTrusting(pki: TestPki): string {
  const dir = path.join(pki.dir, 'nssdb');
  mkdirSync(dir, { recursive: true });
  if (spawnSync('certutil', ['-L', '-d', `sql:${dir}`, '-n', 'test-root']).status !== 0) {
    execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', `sql:${dir}`, '-n', 'test-root', '-t', 'CT,C,C', '-i', pki.caFile]);
  }
  return dir;
}

export type PdfsigSignature = { field: string; signatureValidation: string; certificateValidation: string; totalDocumentSigned: boolean };

/** pdfsig's report, parsed from its text (its exit code is not reliable in poppler 22.12). */
export function pdfsig(file: string, nssDir: string): PdfsigSignature[] {
  const output = spawnSync('pdfsig', ['-nssdir', nssDir, file], { encoding: 'utf8' }).stdout;
  return output
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      field: /Signature Field Name: (.*)/.exec(block)?.[1]?.trim() ?? '',
      signatureValidation: /Signature Validation: (.*)/.exec(block)?.[1]?.trim() ?? '',
      certificateValidation: /Certificate Validation: (.*)/.exec(block)?.[1]?.trim() ?? '',
      totalDocumentSigned: /^\s*- Total document signed/m.test(block),
    }));
}

/** Each signature's covered bytes and its CMS (DER, padding stripped by the DER length). */
export function extractSignatures(pdf: Uint8Array): { signedBytes: Buffer; cms: Buffer }[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((match) => {
    const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
    const signedBytes = Buffer.concat([Buffer.from(pdf.subarray(a, a + b)), Buffer.from(pdf.subarray(c, c + d))]);
    const contents = Buffer.from(text.slice(a + b + 1, c - 1), 'hex');
    // DER SEQUENCE with a long-form length: 0x30 0x8N then N length bytes.
    const lengthBytes = contents[1]! & 0x7f;
    const length = contents.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
    return { signedBytes, cms: contents.subarray(0, 2 + lengthBytes + length) };
  });
}

export function opensslCmsVerify(cms: Buffer, content: Buffer, caFile: string): { exitCode: number; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-verify-'));
  writeFileSync(path.join(dir, 'sig.der'), cms);
  writeFileSync(path.join(dir, 'content.bin'), content);
  const result = spawnSync(
    'openssl',
    ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(dir, 'sig.der'), '-content', path.join(dir, 'content.bin'), '-CAfile', caFile, '-purpose', 'any', '-out', '/dev/null'],
    { encoding: 'utf8' },
  );
  return { exitCode: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Which signed attributes a CMS carries, by OID, as openssl prints them. */
export function cmsPrint(cms: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-print-'));
  writeFileSync(path.join(dir, 'sig.der'), cms);
  return execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', path.join(dir, 'sig.der')], { encoding: 'utf8' });
}

/** A TSA on 127.0.0.1 answering application/timestamp-query with `openssl ts -reply`. */
export async function startTestTsa(pki: TestPki): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tsa-'));
  const config = path.join(dir, 'tsa.cnf');
  writeFileSync(path.join(dir, 'serial'), '01\n');
  writeFileSync(
    config,
    `[tsa]\ndefault_tsa = test_tsa\n[test_tsa]\nserial = ${dir}/serial\ncrypto_device = builtin\nsigner_cert = ${pki.tsa.certFile}\ncerts = ${pki.chainFile}\nsigner_key = ${pki.tsa.keyFile}\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\ntsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n`,
  );
  const state = { requests: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.requests++;
      const query = path.join(dir, `q${state.requests}.tsq`);
      writeFileSync(query, Buffer.concat(chunks));
      const reply = spawnSync('openssl', ['ts', '-reply', '-config', config, '-queryfile', query, '-out', '-'], { maxBuffer: 1 << 20 });
      if (request.headers['content-type'] !== 'application/timestamp-query' || reply.status !== 0) {
        response.writeHead(400).end(reply.stderr);
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(reply.stdout);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
