// Tiếp nhận: the one-stop counter's screen. It needs an officer (the stand-in profile until sign-in)
// whose role the workflow rules allow to receive; then the intake form, and after each dossier its
// receipt above a fresh form.
import { useState } from 'react';
import { rules } from '../../../shared/domain/workflow/rules';
import { useT } from '../i18n/language-store';
import { ProfileDialog } from '../profile/ProfileDialog';
import { ProfilePicker } from '../profile/ProfilePicker';
import { useProfile } from '../profile/profile-store';
import { SectionFrame } from '../shell/SectionFrame';
import { useDeskStore } from '../store/store-context';
import { IntakeForm, type IntakeDone } from './IntakeForm';
import { IntakeReceipt } from './IntakeReceipt';
import { NumberSupplyNote } from './NumberSupplyNote';
import '../forms/forms.css';
import './intake.css';

export function IntakeSection() {
  const t = useT();
  const officer = useProfile((state) => state.officer);
  return (
    <SectionFrame section="intake" description={t('intake.description')}>
      {!officer ? (
        <div className="intake-gate card">
          <ProfilePicker />
        </div>
      ) : !rules.receive.roles.includes(officer.role) ? (
        <NotAtCounter />
      ) : (
        <IntakeDesk key={officer.id} officer={officer} />
      )}
    </SectionFrame>
  );
}

function NotAtCounter() {
  const t = useT();
  const officer = useProfile((state) => state.officer)!;
  const [open, setOpen] = useState(false);
  const allowed = rules.receive.roles.map((role) => t(`profile.role.${role}`)).join(', ');
  return (
    <div className="intake-gate card" role="note" data-testid="intake-not-allowed">
      <h2 className="card__title">{t('intake.gate.title')}</h2>
      <p>{t('intake.gate.text', { name: officer.name, role: t(`profile.role.${officer.role}`), allowed })}</p>
      <div className="card__actions">
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {t('intake.gate.change')}
        </button>
      </div>
      <ProfileDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}

function IntakeDesk({ officer }: { officer: NonNullable<ReturnType<typeof useProfile.getState>['officer']> }) {
  const t = useT();
  const unit = useDeskStore().catalogueIndex.unit(officer.unitCode);
  const [done, setDone] = useState<IntakeDone | null>(null);
  const [round, setRound] = useState(0);
  return (
    <>
      <p className="intake-desk__who">{t('intake.desk.who', { name: officer.name, unit: unit?.name ?? officer.unitCode })}</p>
      <NumberSupplyNote unitCode={officer.unitCode} />
      {done && <IntakeReceipt done={done} />}
      <IntakeForm
        key={round}
        officer={officer}
        onDone={(result) => {
          setDone(result);
          setRound((n) => n + 1);
        }}
      />
    </>
  );
}
