// Step 5: the checklist of document components (thành phần hồ sơ) the procedure asks for. A
// component counts as submitted once its scan is attached; the store judges completeness.
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { MAX_ATTACHMENT_BYTES } from '../attachments/attachment-rules';
import { useT } from '../i18n/language-store';
import type { ComponentFiles } from './component-files';
import { ComponentRow } from './ComponentRow';
import './component-checklist.css';

type Props = {
  procedure: Procedure | undefined;
  state: ComponentFiles;
  reading: ReadonlySet<string>;
  onAdd: (componentCode: string, files: File[]) => void;
  onRemove: (componentCode: string, sha256: string) => void;
};

export function ComponentChecklist({ procedure, state, reading, onAdd, onRemove }: Props) {
  const t = useT();
  if (!procedure) return <p className="intake-note">{t('intake.components.pickProcedure')}</p>;
  return (
    <>
      <p className="intake-note">{t('intake.files.rules', { mb: Math.round(MAX_ATTACHMENT_BYTES / 1048576) })}</p>
      <ul className="component-list">
        {procedure.components.map((component) => (
          <ComponentRow
            key={component.code}
            component={component}
            files={state.files[component.code] ?? []}
            problems={state.problems[component.code] ?? []}
            reading={reading.has(component.code)}
            onAdd={(files) => onAdd(component.code, files)}
            onRemove={(sha256) => onRemove(component.code, sha256)}
          />
        ))}
      </ul>
    </>
  );
}
