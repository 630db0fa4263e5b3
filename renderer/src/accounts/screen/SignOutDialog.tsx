// "Đăng xuất?": forgets the officer's portal session; a box to forget their offline verifier too.
// `wipeOption` (issue 6, data protection) adds a box for removing this desk's data; without it the
// box is not shown.
import { useId, useState } from 'react';
import { ModalDialog } from '../../forms/ModalDialog';
import { useT } from '../../i18n/language-store';

export type SignOutChoice = { forgetOffline: boolean; wipe: boolean };
export type WipeOption = { label: string; hint?: string };

type Props = {
  open: boolean;
  officerName: string;
  onClose: () => void;
  onConfirm: (choice: SignOutChoice) => void | Promise<void>;
  wipeOption?: WipeOption;
};

export function SignOutDialog({ open, officerName, onClose, onConfirm, wipeOption }: Props) {
  const t = useT();
  const ids = useId();
  const [forgetOffline, setForgetOffline] = useState(false);
  const [wipe, setWipe] = useState(false);
  const [working, setWorking] = useState(false);

  const confirm = async () => {
    setWorking(true);
    try {
      await onConfirm({ forgetOffline, wipe: wipeOption !== undefined && wipe });
    } finally {
      setWorking(false);
    }
  };

  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="dialog__title">
        {t('accounts.signOut.title')}
      </h2>
      <p>{t('accounts.signOut.lead', { name: officerName })}</p>
      <label className="sign-out__option">
        <input type="checkbox" checked={forgetOffline} onChange={(event) => setForgetOffline(event.target.checked)} /> {t('accounts.signOut.forgetOffline')}
      </label>
      {wipeOption && (
        <label className="sign-out__option">
          <input type="checkbox" checked={wipe} onChange={(event) => setWipe(event.target.checked)} /> {wipeOption.label}
          {wipeOption.hint && <span className="card__muted"> {wipeOption.hint}</span>}
        </label>
      )}
      <div className="card__actions">
        <button type="button" className="button button--primary" disabled={working} onClick={() => void confirm()}>
          {t('accounts.signOut.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('accounts.signOut.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
