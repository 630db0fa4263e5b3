// Where the desk keeps what sign-in needs between runs, all in the host's secret store (the OS
// store under Electron, an encrypted IndexedDB entry in web mode): one offline verifier per officer,
// the list of officers who signed in here, the lockout state per user name, and the desk's policy.
// Keys are hashes of the user name, so the key names give no names away.
import { z } from 'zod';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { roleSchema } from '../../../shared/domain/officers/officer';
import { lockoutSchema, NO_LOCKOUT, type Lockout } from './lockout';
import { normaliseUsername, offlineAccountSchema, type OfflineAccount } from './offline-verifier';

export type SecretHost = Pick<DesktopHost, 'getSecret' | 'setSecret' | 'deleteSecret'>;

const INDEX_KEY = 'accounts.index';
const LOCKOUTS_KEY = 'accounts.lockouts';
const POLICY_KEY = 'accounts.policy';

/** What the sign-in screen lists: enough to pre-fill the user name and say who it is. */
export const knownOfficerSchema = z.object({ username: z.string().min(1).max(100), officerId: z.string().min(1).max(100), name: z.string().min(1).max(200), role: roleSchema, unitCode: z.string().min(1).max(20) }).strict();
export type KnownOfficer = z.infer<typeof knownOfficerSchema>;
const indexSchema = z.array(knownOfficerSchema).max(200);

export const accountPolicySchema = z
  .object({
    /** Days after the last online sign-in during which offline sign-in is allowed. */
    offlineDays: z.int().min(1).max(90),
    /** Idle minutes before the screen locks. */
    lockMinutes: z.int().min(1).max(120),
  })
  .strict();
export type AccountPolicy = z.infer<typeof accountPolicySchema>;
export const DEFAULT_POLICY: AccountPolicy = { offlineDays: 14, lockMinutes: 10 };

async function keyFor(kind: 'account' | 'lockout', username: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseUsername(username))));
  return `${kind}.${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

async function read<T>(host: SecretHost, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const answer = await host.getSecret({ key });
  if (!answer.ok || answer.value === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(answer.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function write(host: SecretHost, key: string, value: unknown): Promise<boolean> {
  return (await host.setSecret({ key, value: JSON.stringify(value) })).ok;
}

/** A damaged or edited record reads as none: the officer must sign in online again. */
export const loadAccount = async (host: SecretHost, username: string): Promise<OfflineAccount | null> =>
  read(host, await keyFor('account', username), offlineAccountSchema);

export async function saveAccount(host: SecretHost, account: OfflineAccount): Promise<boolean> {
  if (!(await write(host, await keyFor('account', account.username), account))) return false;
  const known: KnownOfficer = { username: account.username, officerId: account.officer.id, name: account.officer.name, role: account.officer.role, unitCode: account.officer.unitCode };
  const others = (await knownOfficers(host)).filter((o) => o.username !== known.username);
  return write(host, INDEX_KEY, [known, ...others]);
}

/** Officers who signed in on this desk, most recent first. */
export const knownOfficers = async (host: SecretHost): Promise<KnownOfficer[]> => (await read(host, INDEX_KEY, indexSchema)) ?? [];

/** Forgets one officer's verifier (their choice at sign-out); they must sign in online next time. */
export async function forgetAccount(host: SecretHost, username: string): Promise<void> {
  await host.deleteSecret({ key: await keyFor('account', username) });
  await write(host, INDEX_KEY, (await knownOfficers(host)).filter((o) => o.username !== normaliseUsername(username)));
}

/** Every user name's lockout in one entry, so a revoked desk can drop them all, known names or not. */
const lockoutsSchema = z.record(z.string(), lockoutSchema);

export const loadLockout = async (host: SecretHost, username: string): Promise<Lockout> =>
  (await read(host, LOCKOUTS_KEY, lockoutsSchema))?.[await keyFor('lockout', username)] ?? NO_LOCKOUT;

export async function saveLockout(host: SecretHost, username: string, state: Lockout): Promise<void> {
  const key = await keyFor('lockout', username);
  const all = (await read(host, LOCKOUTS_KEY, lockoutsSchema)) ?? {};
  if (state.failures === 0) delete all[key];
  else all[key] = state;
  await write(host, LOCKOUTS_KEY, all);
}

export const loadPolicy = async (host: SecretHost): Promise<AccountPolicy> => (await read(host, POLICY_KEY, accountPolicySchema)) ?? DEFAULT_POLICY;
export const savePolicy = (host: SecretHost, policy: AccountPolicy): Promise<boolean> => write(host, POLICY_KEY, accountPolicySchema.parse(policy));

/** The portal revoked this desk: every cached verifier and all lockout state go (the policy stays). */
export async function forgetAllAccounts(host: SecretHost): Promise<void> {
  for (const officer of await knownOfficers(host)) await host.deleteSecret({ key: await keyFor('account', officer.username) });
  await host.deleteSecret({ key: INDEX_KEY });
  await host.deleteSecret({ key: LOCKOUTS_KEY });
}
