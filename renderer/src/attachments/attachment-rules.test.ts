import { describe, expect, it } from 'vitest';
import { judgeAttachment, sha256Hex } from './attachment-rules';

const pdf = new TextEncoder().encode('%PDF-1.7\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

describe('attachments an officer may add', () => {
  it('accepts a PDF and a PNG by their content', () => {
    expect(judgeAttachment('Don-de-nghi.pdf', 1000, pdf)).toMatchObject({ ok: true, kind: 'pdf', mimeType: 'application/pdf' });
    expect(judgeAttachment('anh.PNG', 1000, png)).toMatchObject({ ok: true, kind: 'png' });
  });

  it('refuses an empty file, a file over the limit and a renamed executable, saying why', () => {
    expect(judgeAttachment('a.pdf', 0, pdf)).toMatchObject({ ok: false, code: 'ATTACHMENT_EMPTY' });
    const tooLarge = judgeAttachment('scan.pdf', 25 * 1048576, pdf);
    expect(tooLarge).toMatchObject({ ok: false, code: 'ATTACHMENT_TOO_LARGE' });
    expect(!tooLarge.ok && tooLarge.message).toContain('25,0 MB');
    expect(judgeAttachment('hoso.pdf', 1000, new Uint8Array([0x4d, 0x5a, 0x90]))).toMatchObject({ ok: false, code: 'ATTACHMENT_WRONG_TYPE' });
    expect(judgeAttachment('hoso.png', 1000, pdf)).toMatchObject({ ok: false, code: 'ATTACHMENT_WRONG_TYPE' });
  });

  it('names content by its SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
