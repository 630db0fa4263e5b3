// A dossier status as a coloured chip: the colour says whose move it is, the words say the status.
import type { DossierStatus } from '../../../shared/domain/workflow/status';
import { useT } from '../i18n/language-store';
import { statusName, statusTone } from './domain-labels';

export function StatusChip({ status }: { status: DossierStatus | number }) {
  const t = useT();
  return (
    <span className={`status-chip status-chip--${statusTone(status)}`} data-status={status}>
      {statusName(t, status)}
    </span>
  );
}
