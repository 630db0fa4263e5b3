// Scans per document component: accepted, refused with a reason, de-duplicated, removed.
import { describe, expect, it } from 'vitest';
import type { PreparedAttachment } from '../store/attachment-store';
import { addPicked, attachedComponents, filesForStore, noFiles, removeFile } from './component-files';

const file = (name: string, sha256: string): PreparedAttachment => ({ name, sha256, size: 10, mimeType: 'application/pdf', blob: new Blob(['x']) });
const same = (name: string) => `«${name}» đã có`;

describe('the scans attached to document components', () => {
  it('keeps accepted files, names refused ones, and counts a component with a file as attached', () => {
    const state = addPicked(noFiles, 'VB', [{ ok: true, value: file('don.pdf', 'a') }, { ok: false, message: 'Tệp «x.exe» không phải PDF' }], same);
    expect(state.files['VB']!.map((f) => f.name)).toEqual(['don.pdf']);
    expect(state.problems['VB']).toEqual(['Tệp «x.exe» không phải PDF']);
    expect([...attachedComponents(state)]).toEqual(['VB']);
  });

  it('keeps the same bytes once per component and says so', () => {
    const once = addPicked(noFiles, 'VB', [{ ok: true, value: file('don.pdf', 'a') }], same);
    const twice = addPicked(once, 'VB', [{ ok: true, value: file('ban-sao.pdf', 'a') }], same);
    expect(twice.files['VB']).toHaveLength(1);
    expect(twice.problems['VB']).toEqual(['«ban-sao.pdf» đã có']);
  });

  it('a new pick clears the previous refusals of that component only', () => {
    let state = addPicked(noFiles, 'VB', [{ ok: false, message: 'rỗng' }], same);
    state = addPicked(state, 'HD', [{ ok: false, message: 'quá lớn' }], same);
    state = addPicked(state, 'VB', [{ ok: true, value: file('don.pdf', 'a') }], same);
    expect(state.problems).toEqual({ VB: [], HD: ['quá lớn'] });
  });

  it('removing the last file un-attaches the component; the store gets only the chosen procedure’s files', () => {
    let state = addPicked(noFiles, 'VB', [{ ok: true, value: file('don.pdf', 'a') }], same);
    state = addPicked(state, 'OLD', [{ ok: true, value: file('cu.pdf', 'b') }], same);
    expect(filesForStore(state, ['VB', 'HD']).map((f) => [f.componentCode, f.file.name])).toEqual([['VB', 'don.pdf']]);
    state = removeFile(state, 'VB', 'a');
    expect(attachedComponents(state).has('VB')).toBe(false);
  });
});
