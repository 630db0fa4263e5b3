// Choosing a file in web mode: accept filters, bytes read, the size limit enforced.
import { describe, expect, it } from 'vitest';
import { HostErrorCode } from '../../../shared/host/errors';
import { acceptAttribute, readChosenFile } from './browser-files';

describe('choosing a file in the browser', () => {
  it('turns the dialog filters into the accept attribute', () => {
    expect(acceptAttribute([{ name: 'Văn bản', extensions: ['pdf', 'DOCX'] }, { name: 'Ảnh', extensions: ['jpg', 'pdf'] }])).toBe('.pdf,.docx,.jpg');
  });

  it('accepts everything when there is no filter or a filter allows all', () => {
    expect(acceptAttribute(undefined)).toBe('');
    expect(acceptAttribute([{ name: 'Tất cả', extensions: ['*'] }])).toBe('');
  });

  it('reads the chosen file into bytes', async () => {
    const file = new File([new TextEncoder().encode('%PDF-1.7')], 'Đơn đề nghị.pdf', { type: 'application/pdf' });
    expect(await readChosenFile(file, 1024)).toEqual({
      ok: true,
      value: { name: 'Đơn đề nghị.pdf', type: 'application/pdf', size: 8, bytes: new TextEncoder().encode('%PDF-1.7') },
    });
  });

  it('refuses a file over the limit, saying both sizes in megabytes', async () => {
    const file = new File([new Uint8Array(3 * 1024 * 1024)], 'scan.pdf');
    const answer = await readChosenFile(file, 2 * 1024 * 1024);
    expect(answer).toEqual({ ok: false, error: { code: HostErrorCode.fileTooLarge, message: 'Tệp quá lớn (3 MB); giới hạn là 2 MB.' } });
  });
});
