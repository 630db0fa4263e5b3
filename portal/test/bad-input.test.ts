// Bad input is refused before anything is stored: each case answers a 4xx with `{error: {code,
// message}}` (the contract's apiErrorSchema), and every table keeps its row count.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, SYNC_LIMITS, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type CallInit, type TestPortal } from './support/harness';
import { Desk, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');

type Case = { name: string; path: string; init: (token: string, t: TestPortal) => CallInit; status: number; code: string };

const aMutation = () => new Desk().receive(clerk, 'CUDCN-260309-0001', vn('2026-03-09 09:00'));
const json = (token: string, body: unknown): CallInit => ({ token, json: body });

const cases: Case[] = [
  { name: 'malformed JSON', path: syncPaths.push, init: (token) => ({ token, body: '{"clientId": ', headers: { 'content-type': 'application/json' } }), status: 400, code: 'MALFORMED_JSON' },
  { name: 'a prototype-poisoning body', path: syncPaths.push, init: (token) => ({ token, body: '{"__proto__": {"x": 1}}', headers: { 'content-type': 'application/json' } }), status: 400, code: 'MALFORMED_JSON' },
  { name: 'an empty JSON body', path: syncPaths.push, init: (token) => ({ token, body: '', headers: { 'content-type': 'application/json' } }), status: 400, code: 'MALFORMED_JSON' },
  { name: 'a body that is not JSON', path: syncPaths.push, init: (token) => ({ token, body: 'clientId=1', headers: { 'content-type': 'text/plain' } }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a client id of the wrong type', path: syncPaths.push, init: (token) => json(token, { clientId: 42, mutations: [aMutation()] }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'an unknown field in the push', path: syncPaths.push, init: (token) => json(token, { clientId: randomUUID(), mutations: [aMutation()], force: true }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'an unknown field in a mutation', path: syncPaths.push, init: (token) => json(token, { clientId: randomUUID(), mutations: [{ ...aMutation(), priority: 1 }] }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a command the contract does not know', path: syncPaths.push, init: (token) => json(token, { clientId: randomUUID(), mutations: [{ ...aMutation(), command: { type: 'delete' } }] }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'an empty push', path: syncPaths.push, init: (token) => json(token, { clientId: randomUUID(), mutations: [] }), status: 400, code: 'INVALID_REQUEST' },
  {
    name: 'more mutations than one push may carry',
    path: syncPaths.push,
    init: (token) => json(token, { clientId: randomUUID(), mutations: Array.from({ length: SYNC_LIMITS.pushMaxMutations + 1 }, aMutation) }),
    status: 413,
    code: 'TOO_MANY_MUTATIONS',
  },
  {
    name: 'a body over the JSON limit',
    path: syncPaths.push,
    init: (token) => json(token, { clientId: randomUUID(), mutations: [{ ...aMutation(), command: { type: 'approve', note: 'x'.repeat(SYNC_LIMITS.jsonMaxBytes) } }] }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  { name: 'a push without a token', path: syncPaths.push, init: () => ({ json: { clientId: randomUUID(), mutations: [aMutation()] } }), status: 401, code: 'UNAUTHENTICATED' },
  { name: 'a pull with an unknown parameter', path: `${syncPaths.pull}?cursor=0&since=yesterday`, init: (token) => ({ token }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a pull limit out of range', path: `${syncPaths.pull}?limit=${SYNC_LIMITS.pullMaxLimit + 1}`, init: (token) => ({ token }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a pull cursor that is not a number', path: `${syncPaths.pull}?cursor=-1`, init: (token) => ({ token }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a pull cursor from the future', path: `${syncPaths.pull}?cursor=123456789`, init: (token) => ({ token }), status: 400, code: 'CURSOR_FROM_FUTURE' },
  { name: 'a sign-in with an extra field', path: syncPaths.session, init: () => ({ json: { username: clerk.id, password: 'demo', remember: true } }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a lease of zero numbers', path: syncPaths.leases, init: (token) => json(token, { clientId: randomUUID(), kind: 'dossier', day: '2026-03-10', size: 0 }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a lease with an impossible day', path: syncPaths.leases, init: (token) => json(token, { clientId: randomUUID(), kind: 'dossier', day: '2026-02-30', size: 5 }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'too many hashes in one question', path: syncPaths.blobsMissing, init: (token) => json(token, { hashes: Array.from({ length: SYNC_LIMITS.blobsMissingMax + 1 }, () => 'a'.repeat(64)) }), status: 413, code: 'TOO_MANY_HASHES' },
  { name: 'a hash that is not SHA-256 hex', path: syncPaths.blobsMissing, init: (token) => json(token, { hashes: ['ABC'] }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a blob name that is not a hash', path: syncPaths.blob('not-a-hash'), init: (token) => ({ token }), status: 400, code: 'INVALID_REQUEST' },
  {
    name: 'a blob chunk without Upload-Offset',
    path: syncPaths.blob('b'.repeat(64)),
    init: (token) => ({ token, method: 'PUT', body: 'abc', headers: { 'content-type': 'application/offset+octet-stream', 'upload-length': '3' } }),
    status: 400,
    code: 'INVALID_REQUEST',
  },
  {
    name: 'a blob chunk with a negative offset',
    path: syncPaths.blob('b'.repeat(64)),
    init: (token) => ({ token, method: 'PUT', body: 'abc', headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '-1', 'upload-length': '3' } }),
    status: 400,
    code: 'INVALID_REQUEST',
  },
  {
    name: 'a blob chunk of the wrong content type',
    path: syncPaths.blob('b'.repeat(64)),
    init: (token) => ({ token, method: 'PUT', body: 'abc', headers: { 'content-type': 'application/octet-stream', 'upload-offset': '0', 'upload-length': '3' } }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'blob bytes that do not hash to the name',
    path: syncPaths.blob('c'.repeat(64)),
    init: (token) => ({ token, method: 'PUT', body: 'abc', headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': '3' } }),
    status: 422,
    code: 'HASH_MISMATCH',
  },
  { name: 'a filing without the portal key', path: syncPaths.publicDossiers, init: () => ({ json: {} }), status: 401, code: 'UNAUTHENTICATED' },
  { name: 'a filing missing its applicant', path: syncPaths.publicDossiers, init: (_token, t) => ({ json: { externalId: 'x', submittedAt: vn('2026-03-10 08:00'), intake: {} }, headers: { 'x-portal-key': t.key } }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'a withdrawal of something that is not a dossier code', path: syncPaths.publicWithdraw('hello'), init: (_token, t) => ({ json: { reason: 'x', at: vn('2026-03-10 08:00') }, headers: { 'x-portal-key': t.key } }), status: 400, code: 'INVALID_REQUEST' },
  { name: 'an address the portal does not have', path: '/api/v1/dossiers', init: (token) => ({ token }), status: 404, code: 'NOT_FOUND' },
];

for (const variant of variants) {
  describe.skipIf(variant.skip)(`bad input (${variant.name})`, () => {
    let t: TestPortal;
    let token: string;
    beforeAll(async () => {
      t = await startPortal(variant);
      token = await t.token(clerk.id);
      // Something in every table a request could touch, so "unchanged" means something.
      const desk = new Desk();
      await t.call(syncPaths.push, { token, json: { clientId: desk.clientId, mutations: [aMutation()] } });
    }, 60_000);
    afterAll(() => t?.close());

    it.each(cases)('refuses $name with $status $code and stores nothing', async ({ path, init, status, code }) => {
      const before = await t.counts();
      const answer = await t.call(path, init(token, t));
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
      const error = apiErrorSchema.parse(answer.body);
      expect(error.error.code).toBe(code);
      expect(error.error.message.length).toBeGreaterThan(10);
      expect(await t.counts()).toEqual(before);
    });
  });
}
