// Test doubles for the accounts module: a secret store in memory that checks keys the way the
// real host does, and a portal sign-in that answers as the test says.
import { secretKeyRequestSchema } from '../../../shared/host/contract';
import { err, ok } from '../../../shared/result';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { SecretHost } from './account-vault';
import type { PortalSignIn } from './sign-in-flow';

export function memorySecretHost(): SecretHost & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const checked = (key: string) => secretKeyRequestSchema.safeParse({ key }).success;
  return {
    entries,
    getSecret: async ({ key }) => (checked(key) ? ok(entries.get(key) ?? null) : err('INVALID_REQUEST', key)),
    setSecret: async ({ key, value }) => (checked(key) ? (entries.set(key, value), ok(null)) : err('INVALID_REQUEST', key)),
    deleteSecret: async ({ key }) => (checked(key) ? (entries.delete(key), ok(null)) : err('INVALID_REQUEST', key)),
  };
}

export const clerk: Actor = { id: 'cshtt.mc1', name: 'Lê Thu Hà', role: 'clerk', unitCode: 'CSHTT' };

/** A portal that knows one officer and password, or one that cannot be reached. */
export function fakePortal(password: string, officer: Actor = clerk): PortalSignIn & { reachable: boolean; calls: number } {
  const portal = Object.assign(
    async (_username: string, given: string) => {
      portal.calls++;
      if (!portal.reachable) return { ok: false as const, failure: { kind: 'offline' as const, code: 'OFFLINE', message: 'Không kết nối được' } };
      if (given !== password) return { ok: false as const, failure: { kind: 'unauthorized' as const, status: 401, code: 'BAD_CREDENTIALS', message: 'Sai' } };
      return { ok: true as const, session: { officer, unit: { code: officer.unitCode, name: 'Cục Sở hữu trí tuệ' } } };
    },
    { reachable: true, calls: 0 },
  );
  return portal;
}
