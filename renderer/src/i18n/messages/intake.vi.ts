// Vietnamese sentences of the intake screens (keys prefixed 'intake.').
export const intakeVi = {} as const;
