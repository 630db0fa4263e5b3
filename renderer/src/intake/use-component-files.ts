// Reads and judges the files an officer picks or drops onto a document component (type by
// content, size, emptiness; see attachment-rules.ts) and keeps the accepted ones for the intake.
import { useCallback, useState } from 'react';
import { useT } from '../i18n/language-store';
import { prepareAttachment } from '../store/attachment-store';
import { addPicked, noFiles, removeFile, type ComponentFiles, type PrepareResult } from './component-files';

export function useComponentFiles() {
  const t = useT();
  const [state, setState] = useState<ComponentFiles>(noFiles);
  const [reading, setReading] = useState<ReadonlySet<string>>(new Set());

  const add = useCallback(
    async (componentCode: string, picked: readonly File[]) => {
      if (picked.length === 0) return;
      setReading((current) => new Set(current).add(componentCode));
      const results: PrepareResult[] = await Promise.all(
        picked.map(async (file) => {
          try {
            const outcome = await prepareAttachment(file, file.name);
            return outcome.ok ? outcome : { ok: false as const, message: outcome.message };
          } catch {
            return { ok: false as const, message: t('intake.files.unreadable', { name: file.name }) };
          }
        }),
      );
      setState((current) => addPicked(current, componentCode, results, (name) => t('intake.files.duplicate', { name })));
      setReading((current) => {
        const next = new Set(current);
        next.delete(componentCode);
        return next;
      });
    },
    [t],
  );

  const remove = useCallback((componentCode: string, sha256: string) => setState((current) => removeFile(current, componentCode, sha256)), []);

  return { state, reading, add, remove };
}
