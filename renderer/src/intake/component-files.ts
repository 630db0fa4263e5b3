// The scans attached to each document component during one intake, and the reasons files were
// refused. Pure state transitions, so the rules (no duplicate bytes in a component, a new pick
// replaces the previous refusals) are testable without a browser.
import type { PreparedAttachment } from '../store/attachment-store';
import type { ComponentFile } from '../store/processing';

export type ComponentFiles = {
  files: Readonly<Record<string, readonly PreparedAttachment[]>>;
  /** Refusal reasons of the last pick or drop, per component. */
  problems: Readonly<Record<string, readonly string[]>>;
};

export const noFiles: ComponentFiles = { files: {}, problems: {} };

export type PrepareResult = { ok: true; value: PreparedAttachment } | { ok: false; message: string };

/** Adds what one pick or drop brought to a component; the same bytes twice are kept once. */
export function addPicked(state: ComponentFiles, componentCode: string, results: readonly PrepareResult[], duplicateMessage: (name: string) => string): ComponentFiles {
  const files = [...(state.files[componentCode] ?? [])];
  const problems: string[] = [];
  for (const result of results) {
    if (!result.ok) problems.push(result.message);
    else if (files.some((file) => file.sha256 === result.value.sha256)) problems.push(duplicateMessage(result.value.name));
    else files.push(result.value);
  }
  return { files: { ...state.files, [componentCode]: files }, problems: { ...state.problems, [componentCode]: problems } };
}

export function removeFile(state: ComponentFiles, componentCode: string, sha256: string): ComponentFiles {
  const files = (state.files[componentCode] ?? []).filter((file) => file.sha256 !== sha256);
  return { files: { ...state.files, [componentCode]: files }, problems: { ...state.problems, [componentCode]: [] } };
}

export function attachedComponents(state: ComponentFiles): Set<string> {
  return new Set(Object.entries(state.files).filter(([, files]) => files.length > 0).map(([code]) => code));
}

/** What the store receives, only for components of the chosen procedure. */
export function filesForStore(state: ComponentFiles, componentCodes: readonly string[]): ComponentFile[] {
  return componentCodes.flatMap((componentCode) => (state.files[componentCode] ?? []).map((file) => ({ componentCode, file })));
}
