// One DocumentStore per DeskStore, rendering in the worker and telling the desk's views after each
// write; screens (the Văn bản card, Ký duyệt) get it through useDocumentStore().
import type { DeskStore } from '../store/desk-store';
import { useDeskStore } from '../store/store-context';
import { DocumentStore } from './document-store';
import { renderInWorker } from './render-client';

const stores = new WeakMap<DeskStore, DocumentStore>();

export function documentStoreOf(desk: DeskStore): DocumentStore {
  let store = stores.get(desk);
  if (!store) {
    store = new DocumentStore({ db: desk.db, now: () => desk.now(), newId: () => crypto.randomUUID(), render: renderInWorker, changed: () => desk.notify() });
    stores.set(desk, store);
  }
  return store;
}

export function useDocumentStore(): DocumentStore {
  return documentStoreOf(useDeskStore());
}
