// Vietnamese sentences of the demo screens (keys prefixed 'demo.').
export const demoVi = {} as const;
