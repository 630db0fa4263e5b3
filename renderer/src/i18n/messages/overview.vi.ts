// Vietnamese sentences of the overview screens (keys prefixed 'overview.').
export const overviewVi = {} as const;
