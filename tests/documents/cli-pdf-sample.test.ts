// `npm run cli -- pdf sample`: writes a valid filled decision, and writes nothing for a bad draft.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../scripts/cli/pdf-sample';
import { flowing, pdfText, qpdfCheck, workDir } from './support';

describe('pdf sample', () => {
  it('writes a filled sample decision from the demo catalogue', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const out = path.join(workDir(), 'sample.pdf');
    expect(await run(['--out', out])).toBe(0);
    expect(qpdfCheck(out).status).toBe(0);
    const text = flowing(pdfText(out));
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toMatch(/Số: 125\/QĐ-[A-Z]+/u);
    expect(text).toContain('./.');
  });

  it('renders an edited draft and refuses a broken one without writing a file', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dir = workDir();
    const draft = path.join(dir, 'draft.json');
    writeFileSync(draft, JSON.stringify({ kind: 'decision', number: '1/QĐ-UDCN' }));
    const out = path.join(dir, 'broken.pdf');
    expect(await run(['--out', out, '--draft', draft])).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(errors.mock.calls.flat().join(' ')).toContain('Dự thảo văn bản không hợp lệ: mục «templateId» còn thiếu.');
  });

  it('answers usage errors with exit code 2', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run([])).toBe(2);
    expect(await run(['--out', 'x.pdf', '--kind', 'memo'])).toBe(2);
  });
});
