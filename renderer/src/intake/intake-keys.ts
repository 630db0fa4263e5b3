// The intake form's keyboard contract: Ctrl+Enter (⌘+Enter) submits from anywhere in the form;
// a plain Enter in a one-line field does nothing, so a dossier is never received by accident.
export type IntakeKeyAction = 'submit' | 'swallow' | null;

type KeyInfo = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'>;
type TargetInfo = { tagName: string; type?: string };

// Inputs where a browser would submit the form on Enter (implicit submission).
const SUBMITTING_INPUTS = new Set(['text', 'search', 'email', 'tel', 'number', 'url', 'password', 'date', 'radio', 'checkbox']);

export function intakeKeyAction(event: KeyInfo, target: TargetInfo): IntakeKeyAction {
  // Vietnamese input methods (Telex, VNI) confirm a composed word with Enter: never act on that.
  if (event.key !== 'Enter' || event.isComposing) return null;
  if ((event.ctrlKey || event.metaKey) && !event.altKey) return 'submit';
  if (target.tagName === 'INPUT' && SUBMITTING_INPUTS.has((target.type ?? 'text').toLowerCase())) return 'swallow';
  return null;
}
