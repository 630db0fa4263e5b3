// The visible signatures as poppler renders them: the officer's blue signature with the name under
// it, and the agency's red seal over the left third of the leader's box.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf } from '../../shared/signing/sign-pdf';
import { notoSans, samplePdf, sampleSealPng, sampleSignaturePng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';

const work = mkdtempSync(path.join(os.tmpdir(), 'signing-appearance-'));
let pki: TestPki;
let page: PNG;
const DPI = 72; // one pixel per point, so PDF boxes map straight onto pixels
const officerBox = { x: 60, y: 480, width: 150, height: 70 };
const agencyBox = { x: 330, y: 470, width: 210, height: 90 };

type Rgb = [number, number, number];
/** Counts pixels inside a PDF-coordinate box (origin bottom-left) that satisfy `test`. */
function count(box: { x: number; y: number; width: number; height: number }, test: (rgb: Rgb) => boolean): number {
  let n = 0;
  for (let y = Math.round(page.height - box.y - box.height); y < page.height - box.y; y++) {
    for (let x = Math.round(box.x); x < box.x + box.width; x++) {
      const i = (y * page.width + x) * 4;
      if (test([page.data[i]!, page.data[i + 1]!, page.data[i + 2]!])) n++;
    }
  }
  return n;
}
const red = ([r, g, b]: Rgb) => r > 150 && g < 110 && b < 110;
const blue = ([r, g, b]: Rgb) => b > 120 && r < 100 && g < 120;

beforeAll(async () => {
  pki = createTestPki(path.join(work, 'pki'));
  const font = notoSans();
  const open = async (file: string) => {
    const opened = await openP12Signer(new Uint8Array(readFileSync(file)), pki.passphrase);
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  };
  const first = await signPdf(await samplePdf(), {
    signer: await open(pki.officer.p12File),
    visible: { page: 0, box: officerBox, appearance: { kind: 'individual', signatureImage: sampleSignaturePng(), signerName: 'Nguyễn Thị Thu Hà', font } },
  });
  if (!first.ok) throw new Error(first.error.message);
  const second = await signPdf(first.value.pdf, {
    signer: await open(pki.agency.p12File),
    visible: { page: 0, box: agencyBox, appearance: { kind: 'agency', sealImage: sampleSealPng(), signatureImage: sampleSignaturePng(), agencyName: 'Sở Khoa học và Công nghệ', signerName: 'Trần Văn Đức', font } },
  });
  if (!second.ok) throw new Error(second.error.message);
  writeFileSync(path.join(work, 'signed.pdf'), second.value.pdf);
  execFileSync('pdftoppm', ['-r', String(DPI), '-png', '-singlefile', path.join(work, 'signed.pdf'), path.join(work, 'page')]);
  page = PNG.sync.read(readFileSync(path.join(work, 'page.png')));
}, 60_000);

describe('visible signatures', () => {
  it("show the officer's signature in blue and no red", () => {
    expect(count(officerBox, blue)).toBeGreaterThan(100);
    expect(count(officerBox, red)).toBe(0);
  });

  it('put the red seal over the left third of the agency box, and only there', () => {
    const third = agencyBox.width / 3;
    const left = { ...agencyBox, width: third };
    const rest = { ...agencyBox, x: agencyBox.x + third + 1, width: agencyBox.width - third - 1 };
    expect(count(left, red)).toBeGreaterThan(300);
    // The text on the right is red too, but thin: far fewer pixels than the seal.
    expect(count(rest, red)).toBeLessThan(count(left, red));
    expect(count(rest, blue)).toBeGreaterThan(50);
  });
});
