// Ctrl+Enter submits the intake; a stray Enter never does.
import { describe, expect, it } from 'vitest';
import { intakeKeyAction } from './intake-keys';

const key = (over: Partial<Parameters<typeof intakeKeyAction>[0]> = {}) => ({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false, ...over });
const input = (type = 'text') => ({ tagName: 'INPUT', type });

describe('the intake form’s keyboard contract', () => {
  it('Ctrl+Enter or ⌘+Enter submits from any field, even a text area', () => {
    expect(intakeKeyAction(key({ ctrlKey: true }), input())).toBe('submit');
    expect(intakeKeyAction(key({ metaKey: true }), { tagName: 'TEXTAREA' })).toBe('submit');
  });

  it('a plain Enter in a one-line field does nothing, so nothing is received by accident', () => {
    expect(intakeKeyAction(key(), input())).toBe('swallow');
    expect(intakeKeyAction(key(), input('search'))).toBe('swallow');
    expect(intakeKeyAction(key(), input('radio'))).toBe('swallow');
  });

  it('Enter keeps its own meaning on buttons, in text areas and while an input method composes', () => {
    expect(intakeKeyAction(key(), { tagName: 'BUTTON', type: 'button' })).toBeNull();
    expect(intakeKeyAction(key(), { tagName: 'TEXTAREA' })).toBeNull();
    expect(intakeKeyAction(key({ isComposing: true, ctrlKey: true }), input())).toBeNull();
    expect(intakeKeyAction(key({ key: 'a', ctrlKey: true }), input())).toBeNull();
  });
});
