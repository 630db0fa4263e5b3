// What a sign-in to the portal (Đồng bộ) puts in the audit log. Only answers the portal judged
// count as failed sign-ins: no network or a server fault says nothing about who tried.
import type { AuditRecord } from '../../../shared/audit/audit-entry';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { PortalFailure } from '../sync/http/portal-failure';

type Attempt = { username: string; portal: string; outcome: { ok: true; officer: Actor | null } | { ok: false; failure: PortalFailure } };

export function portalSignInRecord({ username, portal, outcome }: Attempt): AuditRecord | null {
  if (outcome.ok) return { action: 'signIn', officer: outcome.officer, details: { method: 'portal', portal } };
  if (outcome.failure.kind !== 'unauthorized' && outcome.failure.kind !== 'refused') return null;
  // The name typed is kept (an inspector looks for guessing); the password never reaches here.
  return { action: 'signInFailed', officer: null, details: { method: 'portal', portal, username: username.trim(), code: outcome.failure.code } };
}

export function portalSignOutRecord(session: { officer: Actor; portalOrigin: string }): AuditRecord {
  return { action: 'signOut', officer: session.officer, details: { method: 'portal', portal: session.portalOrigin } };
}
