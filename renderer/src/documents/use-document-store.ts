// One DocumentStore per DeskStore, rendering in the worker and telling the desk's views after each
// write; screens (the Văn bản card, Ký duyệt) get it through useDocumentStore().
import type { DeskStore } from '../store/desk-store';
import { useDeskStore } from '../store/store-context';
import { DocumentStore, type LocateSignature } from './document-store';
import { renderInWorker } from './render-client';

const stores = new WeakMap<DeskStore, DocumentStore>();

/**
 * Pagination only (no PDF is drawn), so it runs here rather than in the render worker. Loaded on
 * demand, as render-client does, so the layout engine stays out of the start-up chunk.
 */
const locateHere: LocateSignature = async (draft) => {
  const [{ locateSignature }, { loadDocumentFonts }] = await Promise.all([import('../../../shared/documents/render-document'), import('./fonts')]);
  return locateSignature(draft, await loadDocumentFonts());
};

export function documentStoreOf(desk: DeskStore): DocumentStore {
  let store = stores.get(desk);
  if (!store) {
    store = new DocumentStore({ db: desk.db, now: () => desk.now(), newId: () => crypto.randomUUID(), render: renderInWorker, locate: locateHere, changed: () => desk.notify() });
    stores.set(desk, store);
  }
  return store;
}

export function useDocumentStore(): DocumentStore {
  return documentStoreOf(useDeskStore());
}
