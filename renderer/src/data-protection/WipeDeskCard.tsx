// Cài đặt card "Xóa dữ liệu trên máy này": what it removes, and the button that opens the confirmation.
import { useId, useState } from 'react';
import { useT } from '../i18n/language-store';
import { WipeDeskDialog } from './WipeDeskDialog';
import './data-protection.css';

export function WipeDeskCard() {
  const t = useT();
  const ids = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="card__title">
        {t('dataProtection.wipe.title')}
      </h2>
      <p className="card__text">{t('dataProtection.wipe.explain')}</p>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        {t('dataProtection.wipe.open')}
      </button>
      <WipeDeskDialog open={open} onClose={() => setOpen(false)} />
    </section>
  );
}
