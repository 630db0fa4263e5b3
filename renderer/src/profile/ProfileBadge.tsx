// The top bar's "who is working here": the officer's name, title and unit. In a demo build's
// stand-in mode, also the button that changes the stand-in profile (or chooses one).
import { useState } from 'react';
import { useStandIn } from '../accounts/stand-in';
import { useT } from '../i18n/language-store';
import { ProfileDialog } from './ProfileDialog';
import { useProfile } from './profile-store';
import './profile.css';

export function ProfileBadge() {
  const t = useT();
  const officer = useProfile((state) => state.officer);
  const standIn = useStandIn((state) => state.active);
  const [open, setOpen] = useState(false);

  if (!standIn) {
    return officer ? (
      <div className="profile-badge" role="group" aria-label={t('profile.badgeLabel')}>
        <div className="profile-badge__who">
          <p className="profile-badge__name" data-testid="profile-name">
            {officer.name}
          </p>
          <p className="profile-badge__role" title={t(`profile.role.${officer.role}`)} data-testid="profile-role">
            {officer.title} · {officer.unitCode}
          </p>
        </div>
      </div>
    ) : null;
  }

  return (
    <div className="profile-badge" role="group" aria-label={t('profile.badgeLabel')}>
      {officer ? (
        <>
          <div className="profile-badge__who">
            <p className="profile-badge__name" data-testid="profile-name">
              {officer.name}
            </p>
            <p className="profile-badge__role" title={t(`profile.role.${officer.role}`)}>
              <span className="stand-in-tag">{t('profile.standInTag')}</span> {officer.title} · {officer.unitCode}
            </p>
          </div>
          <button type="button" className="button button--small" aria-label={t('profile.changeLabel', { name: officer.name })} onClick={() => setOpen(true)}>
            {t('profile.change')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          {t('profile.choose')}
        </button>
      )}
      <ProfileDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
