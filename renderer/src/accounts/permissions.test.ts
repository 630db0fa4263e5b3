// The roles table: each role sees the screens of its work, and only the administrator changes the desk.
import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../../shared/domain/officers/officer';
import { mayChange, mayOpen, sectionsFor } from './permissions';

describe('which screens each role has', () => {
  it('gives a counter clerk intake but not signing or reports', () => {
    expect(sectionsFor('clerk')).toEqual(['overview', 'dossiers', 'intake', 'sync', 'settings']);
    expect(mayOpen('clerk', 'signing')).toBe(false);
  });

  it('gives a specialist only the dossier work, no intake, signing or reports', () => {
    expect(sectionsFor('specialist')).toEqual(['overview', 'dossiers', 'sync', 'settings']);
  });

  it('lets heads of division and leaders sign and report, but not receive at the counter', () => {
    for (const role of ['head', 'leader'] as const) {
      expect(sectionsFor(role)).toEqual(['overview', 'dossiers', 'signing', 'reports', 'sync', 'settings']);
    }
  });

  it('shows the administrator every screen but the counter', () => {
    expect(sectionsFor('admin')).toEqual(['overview', 'dossiers', 'signing', 'reports', 'sync', 'settings']);
  });

  it('gives every role the overview, the dossiers, sync and settings', () => {
    for (const role of roleSchema.options) for (const section of ['overview', 'dossiers', 'sync', 'settings'] as const) expect(mayOpen(role, section)).toBe(true);
  });

  it('lets only the administrator change the portal address, the sign-in policy and read the audit log', () => {
    for (const role of roleSchema.options) {
      for (const setting of ['portalUrl', 'accountPolicy', 'auditLog'] as const) expect(mayChange(role, setting)).toBe(role === 'admin');
    }
  });
});
