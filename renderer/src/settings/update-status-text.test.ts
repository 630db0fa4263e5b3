// Each updater state has a sentence, with its version, progress or reason filled in.
import { describe, expect, it } from 'vitest';
import { updateStatusSchema, type UpdateStatus } from '../../../shared/host/contract';
import { translator } from '../i18n/translate';
import { describeUpdateStatus, isUpdateInProgress, restartBlockedSentences } from './update-status-text';

const states = updateStatusSchema.shape.state.options;
const status = (state: UpdateStatus['state'], extra: Partial<UpdateStatus> = {}): UpdateStatus => ({ state, currentVersion: '0.1.0', ...extra });

describe('update status sentences', () => {
  it.each(states)('has a sentence for %s in both languages, with no placeholder left', (state) => {
    for (const language of ['vi', 'en'] as const) {
      const sentence = describeUpdateStatus(translator(language), status(state, { availableVersion: '0.2.0', percent: 40 }));
      expect(sentence).not.toMatch(/\{\w+\}/);
      expect(sentence.length).toBeGreaterThan(10);
    }
  });

  it('says in the browser that updates are not available there', () => {
    expect(describeUpdateStatus(translator('vi'), status('unsupported'))).toContain('Không có trong trình duyệt');
  });

  it("names the new version and the download's progress", () => {
    expect(describeUpdateStatus(translator('vi'), status('downloaded', { availableVersion: '0.2.0' }))).toContain('0.2.0');
    expect(describeUpdateStatus(translator('en'), status('downloading', { percent: 41.6 }))).toBe('Downloading the update: 42%.');
  });

  it("adds the updater's own reason to an error", () => {
    expect(describeUpdateStatus(translator('vi'), status('error', { message: 'Máy chủ không trả lời.' }))).toBe(
      'Không kiểm tra được bản cập nhật. Máy chủ không trả lời.',
    );
  });

  it('keeps asking only while the updater is busy', () => {
    expect(states.filter((state) => isUpdateInProgress(status(state)))).toEqual(['checking', 'available', 'downloading']);
  });
});

describe('update problems and blocked restarts', () => {
  const problems = ['offline', 'proxy', 'server', 'metadata', 'otherHost', 'checksum', 'signature', 'unknown'] as const;

  it.each(problems)('words the "%s" problem in both languages', (problem) => {
    const vi = describeUpdateStatus(translator('vi'), status('error', { problem, message: 'fallback' }));
    const en = describeUpdateStatus(translator('en'), status('error', { problem, message: 'fallback' }));
    expect(vi).not.toBe(en);
    for (const sentence of [vi, en]) expect(sentence).not.toContain('fallback');
  });

  it('names what holds a restart back, in Vietnamese first', () => {
    expect(restartBlockedSentences(translator('vi'), ['unsaved-work', 'sync'])).toEqual([
      'Chưa thể khởi động lại: còn biểu mẫu đang nhập chưa lưu. Hãy lưu hoặc đóng biểu mẫu rồi bấm lại.',
      'Chưa thể khởi động lại: đang đồng bộ với Cổng dịch vụ công. Hãy đợi lượt đồng bộ xong rồi bấm lại.',
    ]);
    expect(restartBlockedSentences(translator('en'), ['sync'])[0]).toMatch(/^Cannot restart yet/);
  });
});
