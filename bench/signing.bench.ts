// Signing throughput with a PKCS#12 RSA-2048 key opened once per session, as the leader's queue
// does: one 2-page decision at a time (warm), and a batch of 1,000 signed one after another.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openP12Signer } from '../shared/signing/p12-signer';
import { signPdf, type SignPdfOptions } from '../shared/signing/sign-pdf';
import { notoSans, samplePdf, sampleSealPng, sampleSignaturePng } from '../tests/support/signing-fixtures';
import { createTestPki } from '../tests/support/test-pki';
import { percentile, round, type Benchmark } from './lib/types';

const BATCH = Number(process.env['BENCH_SIGN_BATCH'] ?? 1_000);

async function setUp() {
  const pki = createTestPki(path.join(os.tmpdir(), 'dossier-desk-bench-pki'));
  const opened = await openP12Signer(new Uint8Array(readFileSync(pki.agency.p12File)), pki.passphrase);
  if (!opened.ok) throw new Error(opened.error.message);
  const pdf = await samplePdf({ pages: 2 });
  const font = notoSans();
  const invisible: SignPdfOptions = { signer: opened.value, signingTime: new Date() };
  const visible: SignPdfOptions = {
    ...invisible,
    visible: { page: 1, box: { x: 330, y: 470, width: 210, height: 90 }, appearance: { kind: 'agency', sealImage: sampleSealPng(), signatureImage: sampleSignaturePng(), agencyName: 'Sở Khoa học và Công nghệ', signerName: 'Trần Văn Đức', font } },
  };
  const timeOne = async (options: SignPdfOptions) => {
    const started = performance.now();
    const signed = await signPdf(pdf, options);
    if (!signed.ok) throw new Error(signed.error.message);
    return performance.now() - started;
  };
  return { timeOne, invisible, visible };
}

const signing: Benchmark = {
  name: 'pdf.sign',
  description: `PAdES B-B signature of a 2-page decision with a PKCS#12 RSA-2048 key: 100 warm signatures (invisible and with the seal appearance), then a batch of ${BATCH.toLocaleString('en')}.`,
  async run() {
    const { timeOne, invisible, visible } = await setUp();
    for (let i = 0; i < 20; i++) await timeOne(visible);
    const plain: number[] = [];
    const sealed: number[] = [];
    for (let i = 0; i < 100; i++) {
      plain.push(await timeOne(invisible));
      sealed.push(await timeOne(visible));
    }
    const started = performance.now();
    for (let i = 0; i < BATCH; i++) await timeOne(i % 2 === 0 ? visible : invisible);
    const seconds = (performance.now() - started) / 1000;
    return {
      'pdf.sign.p12.ms': { value: round(percentile(sealed, 50)), unit: 'ms', target: '≤ 30', p95: round(percentile(sealed, 95)), invisibleMedian: round(percentile(plain, 50)), invisibleP95: round(percentile(plain, 95)), note: 'median, visible agency signature (seal + signature images + text outlines)' },
      'pdf.sign.batch.docsPerSec': { value: round(BATCH / seconds, 1), unit: 'docs/s', target: '≥ 30', documents: BATCH, note: 'half visible, half invisible, one after another on one core' },
    };
  },
};

export const benchmarks: Benchmark[] = [signing];
