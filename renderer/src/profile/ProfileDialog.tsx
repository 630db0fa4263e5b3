// The profile picker in a modal dialog, opened from the top bar's badge.
import { useId } from 'react';
import { ModalDialog } from '../forms/ModalDialog';
import { ProfilePicker } from './ProfilePicker';

export function ProfileDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const headingId = useId();
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={headingId} className="dialog--profile">
      <ProfilePicker headingId={headingId} onChosen={onClose} onCancel={onClose} />
    </ModalDialog>
  );
}
