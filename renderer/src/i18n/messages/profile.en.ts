// English sentences of the profile screens; typed by the Vietnamese ones.
import type { profileVi } from './profile.vi';

export const profileEn: Record<keyof typeof profileVi, string> = {
  'profile.standIn': 'Temporary user profile choice — to be replaced by sign-in',
  'profile.standInTag': 'Temporary',
  'profile.standInHint': "The officers listed are each unit's demo staff. The choice is remembered on this computer only; there is no password.",
  'profile.unit': 'Unit',
  'profile.officer': 'Officer',
  'profile.use': 'Use this profile',
  'profile.cancel': 'Cancel',
  'profile.badgeLabel': 'Current user',
  'profile.none': 'No user chosen',
  'profile.choose': 'Choose user',
  'profile.change': 'Change',
  'profile.changeLabel': 'Change user (now {name})',
  'profile.role.clerk': 'Receiving clerk (one-stop counter)',
  'profile.role.specialist': 'Appraising specialist',
  'profile.role.head': 'Head of division',
  'profile.role.leader': 'Unit leader',
  'profile.role.admin': 'Unit administrator',
} as const;
