// Cài đặt card "Đăng nhập và khóa màn hình": offline sign-in days and idle minutes for this desk.
// Only the administrator changes them (the others read them); a refused value stores nothing.
import { useState, type FormEvent } from 'react';
import { TextField } from '../../forms/TextField';
import { useT } from '../../i18n/language-store';
import { useAccounts, useAccountsState } from '../accounts-context';
import { canChange, useDeskRole } from '../use-permissions';

const wholeIn = (text: string, min: number, max: number): number | null => {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
};

export function AccountPolicyCard() {
  const t = useT();
  const accounts = useAccounts();
  const role = useDeskRole();
  const policy = useAccountsState((state) => state.policy);
  const [days, setDays] = useState(String(policy.offlineDays));
  const [minutes, setMinutes] = useState(String(policy.lockMinutes));
  const [errors, setErrors] = useState<{ days?: string; minutes?: string }>({});
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  if (role === null || !canChange(role, 'accountPolicy')) {
    return (
      <section className="card" aria-labelledby="settings-accounts">
        <h2 id="settings-accounts" className="card__title">
          {t('accounts.policy.title')}
        </h2>
        <p className="card__muted">{t('accounts.policy.adminOnly', { days: policy.offlineDays, minutes: policy.lockMinutes })}</p>
      </section>
    );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const offlineDays = wholeIn(days, 1, 90);
    const lockMinutes = wholeIn(minutes, 1, 120);
    setErrors({ ...(offlineDays === null ? { days: t('accounts.policy.invalidDays') } : {}), ...(lockMinutes === null ? { minutes: t('accounts.policy.invalidMinutes') } : {}) });
    if (offlineDays === null || lockMinutes === null) return setNote(null);
    const saved = await accounts.changePolicy({ offlineDays, lockMinutes });
    setNote(saved ? { text: t('accounts.policy.saved'), error: false } : { text: t('accounts.policy.failed'), error: true });
  };

  return (
    <section className="card" aria-labelledby="settings-accounts">
      <h2 id="settings-accounts" className="card__title">
        {t('accounts.policy.title')}
      </h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <TextField id="policy-offline-days" label={t('accounts.policy.offlineDays')} hint={t('accounts.policy.offlineDaysHint')} value={days} onChange={setDays} error={errors.days} inputMode="numeric" required />
        <TextField id="policy-lock-minutes" label={t('accounts.policy.lockMinutes')} hint={t('accounts.policy.lockMinutesHint')} value={minutes} onChange={setMinutes} error={errors.minutes} inputMode="numeric" required />
        <div className="card__actions">
          <button type="submit" className="button">
            {t('accounts.policy.save')}
          </button>
          <span role="status" className={note?.error ? 'card__error' : 'card__muted'}>
            {note?.text ?? ''}
          </span>
        </div>
      </form>
    </section>
  );
}
