// What waits for a signature at a unit: the documents submitted for signing, and those that carry
// only officers' initials (individual signatures) so far — the agency's signature, with the seal,
// goes on last, so they stay in the leader's queue until it is there.
import type { DocumentStore } from '../documents/document-store';
import type { DeskDatabase } from '../store/database';
import type { DocumentRecord } from '../store/document-records';

export const hasAgencySignature = (document: DocumentRecord) => document.signatures.some((signature) => signature.role === 'agency' || signature.role === 'leader');

export async function signingQueueOf(documents: Pick<DocumentStore, 'listAwaitingSignature'>, db: DeskDatabase, unitCode: string): Promise<DocumentRecord[]> {
  const [awaiting, initialled] = await Promise.all([
    documents.listAwaitingSignature(unitCode),
    db.documents
      .where('[unitCode+status]')
      .equals([unitCode, 'signed'])
      .filter((document) => document.signatures.length > 0 && !hasAgencySignature(document))
      .toArray(),
  ]);
  return [...awaiting, ...initialled].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}
