// The data part of schema v3: outbox entries written before sync existed get what a mutation needs
// (a UUID mutation id, the actor, the files the intake attached), and the events they name are
// marked pending, since the portal has never seen them.
import type { Transaction } from 'dexie';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../../shared/domain/officers/officer';
import type { DossierFile, OutboxEntry, StoredEvent } from '../records';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type OlderEntry = Omit<OutboxEntry, 'actor' | 'files'> & { actor?: Actor; files?: DossierFile[] };

export async function upgradeToSync(tx: Transaction): Promise<void> {
  const outbox = tx.table<OlderEntry, number>('outbox');
  const events = tx.table<StoredEvent, string>('events');
  const dossiers = tx.table<Dossier, string>('dossiers');
  const files = tx.table<DossierFile, string>('dossierFiles');
  for (const entry of await outbox.toArray()) {
    const named = (await events.bulkGet(entry.eventIds ?? [])).filter((e): e is StoredEvent => e !== undefined);
    for (const event of named) await events.put({ ...event, pending: true });
    const dossier = await dossiers.get(entry.dossierId);
    const first = named[0];
    const actor = entry.actor ?? (first && dossier ? { ...first.actor, unitCode: dossier.unitCode } : undefined);
    const creates = entry.command?.type === 'receive' || entry.command?.type === 'refuseToReceive';
    const attached = entry.files ?? (creates ? (await files.where('dossierId').equals(entry.dossierId).toArray()).filter((f) => f.addedAt === entry.createdAt) : []);
    await outbox.put({
      ...entry,
      // v2 derived 'm-{eventId}'; the portal's contract wants a UUID, and nothing was ever sent.
      mutationId: UUID_V4.test(entry.mutationId) ? entry.mutationId : crypto.randomUUID(),
      ...(actor ? { actor } : {}),
      files: attached,
    });
  }
}
