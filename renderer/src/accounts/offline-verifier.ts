// The offline verifier: what this desk keeps so an officer who signed in online can sign in again
// without the portal. PBKDF2-SHA256 (WebCrypto) with a high iteration count and a random salt; the
// password is never kept. One 32-byte derivation is expanded (HKDF) into the stored hash and an HMAC
// key sealing the record, so an edited role, unit or date is refused. Asking PBKDF2 for 64 bytes
// instead would cost us two full runs while a guesser checking the first half pays one.
import { z } from 'zod';
import { actorSchema } from '../../../shared/domain/officers/officer';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; measured on a dev machine in docs/security.md. */
export const MIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const BYTES = 32;

const base64Of = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const bytesOf = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const base64 = (length: number) =>
  z.string().refine((text) => {
    try {
      return bytesOf(text).length === length;
    } catch {
      return false;
    }
  }, 'độ dài không đúng');

export const offlineAccountSchema = z
  .object({
    v: z.literal(1),
    /** As typed at the portal's sign-in, trimmed and lower-cased: the key the lockout counts by. */
    username: z.string().min(1).max(100),
    officer: actorSchema,
    title: z.string().max(200),
    unit: z.object({ code: z.string().min(1).max(20), name: z.string().min(1).max(300) }).strict(),
    lastOnlineAt: z.iso.datetime(),
    kdf: z.object({ name: z.literal('PBKDF2-SHA256'), iterations: z.int().min(MIN_ITERATIONS).max(10_000_000), salt: base64(SALT_BYTES) }).strict(),
    hash: base64(BYTES),
    mac: base64(BYTES),
  })
  .strict();
export type OfflineAccount = z.infer<typeof offlineAccountSchema>;
export type AccountFacts = Pick<OfflineAccount, 'username' | 'officer' | 'title' | 'unit' | 'lastOnlineAt'>;

export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

const expand = async (prk: CryptoKey, info: string): Promise<ArrayBuffer> =>
  crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(info) }, prk, BYTES * 8);

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ hash: Uint8Array; macKey: CryptoKey }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const stretched = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, BYTES * 8);
  const prk = await crypto.subtle.importKey('raw', stretched, 'HKDF', false, ['deriveBits']);
  const macKey = await crypto.subtle.importKey('raw', await expand(prk, 'desk offline seal'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { hash: new Uint8Array(await expand(prk, 'desk offline verifier')), macKey };
}

/** Every field but the MAC, in a fixed order. */
function sealed(account: Omit<OfflineAccount, 'mac'>): Uint8Array<ArrayBuffer> {
  const { officer, unit, kdf } = account;
  const fields = [account.v, account.username, officer.id, officer.name, officer.role, officer.unitCode, account.title, unit.code, unit.name, account.lastOnlineAt, kdf.name, kdf.iterations, kdf.salt, account.hash];
  return new TextEncoder().encode(JSON.stringify(fields));
}

async function macOf(macKey: CryptoKey, account: Omit<OfflineAccount, 'mac'>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', macKey, sealed(account)));
}

/** Equal-length byte strings compared in time that does not depend on where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export async function createOfflineAccount(facts: AccountFacts, password: string, iterations: number = MIN_ITERATIONS): Promise<OfflineAccount> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const { hash, macKey } = await derive(password, salt, iterations);
  const unsealed: Omit<OfflineAccount, 'mac'> = {
    v: 1,
    ...facts,
    username: normaliseUsername(facts.username),
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: base64Of(salt) },
    hash: base64Of(hash),
  };
  return { ...unsealed, mac: base64Of(await macOf(macKey, unsealed)) };
}

export type PasswordVerdict = 'right' | 'wrong' | 'tampered';

/** 'tampered': the password matches but the record was changed after it was sealed. */
export async function checkPassword(account: OfflineAccount, password: string): Promise<PasswordVerdict> {
  const { hash, macKey } = await derive(password, bytesOf(account.kdf.salt), account.kdf.iterations);
  if (!constantTimeEqual(hash, bytesOf(account.hash))) return 'wrong';
  const { mac, ...unsealed } = account;
  return constantTimeEqual(await macOf(macKey, unsealed), bytesOf(mac)) ? 'right' : 'tampered';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Offline sign-in is allowed until `days` after the last online one (and not before it: a clock set back). */
export function withinOfflinePeriod(account: Pick<OfflineAccount, 'lastOnlineAt'>, now: Date, days: number): boolean {
  const elapsed = now.getTime() - Date.parse(account.lastOnlineAt);
  return elapsed >= 0 && elapsed <= days * DAY_MS;
}
