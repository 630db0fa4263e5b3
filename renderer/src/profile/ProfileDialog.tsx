// The profile picker in a modal dialog, opened from the top bar's badge.
import { useId } from 'react';
import { ModalDialog } from '../forms/ModalDialog';
import { ProfilePicker } from './ProfilePicker';

/** `onChosen` runs after a choice (the dialog's owner closes it); by default the dialog just closes. */
export function ProfileDialog({ open, onClose, onChosen }: { open: boolean; onClose: () => void; onChosen?: () => void }) {
  const headingId = useId();
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={headingId} className="dialog--profile">
      <ProfilePicker headingId={headingId} onChosen={onChosen ?? onClose} onCancel={onClose} />
    </ModalDialog>
  );
}
