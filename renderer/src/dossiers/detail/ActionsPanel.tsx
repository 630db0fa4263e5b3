// What the officer at this desk may do with the dossier now — allowedActions() of the workflow,
// the same table decide() checks — as buttons that open a confirm dialog; a short confirmation
// is announced after each recorded action. Without a chosen officer it asks for one instead.
import { useRef, useState } from 'react';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../../shared/domain/officers/officer';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { allowedActions } from '../../../../shared/domain/workflow/rules';
import { useT } from '../../i18n/language-store';
import { ProfileDialog } from '../../profile/ProfileDialog';
import { useProfile } from '../../profile/profile-store';
import { useDeskStore } from '../../store/store-context';
import { actionName } from '../domain-labels';
import type { OfferedAction } from './action-form';
import { ActionDialog } from './ActionDialog';

// Actions that end or turn back a dossier read as secondary buttons beside the forward path.
const SECONDARY = new Set<OfferedAction>(['refuseToReceive', 'sendBack', 'refuseResult', 'stop', 'withdraw', 'extendWithApology']);

export function ActionsPanel({ dossier, events }: { dossier: Dossier; events: readonly ProcessingEvent[] }) {
  const t = useT();
  const store = useDeskStore();
  const officer = useProfile((state) => state.officer);
  const [open, setOpen] = useState<OfferedAction | null>(null);
  const [done, setDone] = useState('');
  const [choosing, setChoosing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const actor: Actor | null = officer && { id: officer.id, name: officer.name, role: officer.role, unitCode: officer.unitCode };
  const actions = actor ? (allowedActions(dossier, actor).filter((type) => type !== 'recordOnlineSubmission') as OfferedAction[]) : [];

  const start = (type: OfferedAction, button: HTMLElement) => {
    opener.current = button;
    setDone('');
    setOpen(type);
  };

  return (
    <section className="card detail-card actions-panel" aria-labelledby="dossier-actions">
      <h3 id="dossier-actions" className="card__title" tabIndex={-1} ref={heading}>
        {t('dossiers.detail.actions')}
      </h3>
      {!officer || !actor ? (
        <div className="actions-panel__prompt">
          <p>{t('dossiers.detail.chooseProfile')}</p>
          <button type="button" className="button button--primary" onClick={() => setChoosing(true)}>
            {t('dossiers.detail.chooseProfileButton')}
          </button>
          <ProfileDialog open={choosing} onClose={() => setChoosing(false)} />
        </div>
      ) : (
        <>
          <p className="card__muted">{t('dossiers.detail.actingAs', { name: officer.name, title: officer.title })}</p>
          {dossier.unitCode !== actor.unitCode ? (
            <p className="actions-panel__none">{t('dossiers.detail.otherUnit', { unit: store.catalogueIndex.unit(dossier.unitCode)?.name ?? dossier.unitCode })}</p>
          ) : actions.length === 0 ? (
            <p className="actions-panel__none">{t('dossiers.detail.noActions')}</p>
          ) : (
            <div className="actions-panel__buttons">
              {actions.map((type) => (
                <button key={type} type="button" className={SECONDARY.has(type) ? 'button' : 'button button--primary'} onClick={(event) => start(type, event.currentTarget)}>
                  {actionName(t, type)}
                </button>
              ))}
            </div>
          )}
        </>
      )}
      <p className="actions-panel__done" role="status" aria-live="polite">
        {done}
      </p>
      {open && actor && (
        <ActionDialog
          type={open}
          dossier={dossier}
          events={events}
          actor={actor}
          onCancel={() => {
            setOpen(null);
            opener.current?.focus();
          }}
          onDone={(message) => {
            setOpen(null);
            setDone(message);
            heading.current?.focus();
          }}
        />
      )}
    </section>
  );
}
