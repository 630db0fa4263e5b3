// Vietnamese sentences of the profile screens (keys prefixed 'profile.').
export const profileVi = {} as const;
