// Vietnamese sentences of the dossiers screens (keys prefixed 'dossiers.').
export const dossiersVi = {} as const;
