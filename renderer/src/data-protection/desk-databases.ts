// Which IndexedDB database holds this desk's data. Normally 'dossier-desk'; after a restore or a
// recovery the data lives in a fresh database under a new name, remembered in localStorage (a name,
// not a secret), and a damaged database is kept under its own name until its unsent changes are
// confirmed by the portal.
import Dexie from 'dexie';
import { z } from 'zod';
import { DATABASE_NAME, DeskDatabase } from '../store/database';

const ACTIVE_KEY = 'desk.database';
const KEPT_KEY = 'desk.keptDatabases';
const RETIRED_KEY = 'desk.retiredDatabases';

const keptSchema = z.array(
  z
    .object({
      name: z.string().min(1).max(200),
      keptAt: z.iso.datetime(),
      /** Mutation ids carried from its outbox into the active database's; it may go once none is left unsent. */
      carried: z.array(z.string()),
      /** Whether its outbox could be read at all; if not, it is never offered for deletion. */
      outboxRead: z.boolean(),
    })
    .strict(),
);
export type KeptDatabase = z.infer<typeof keptSchema>[number];

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type DexieDeps = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

export type DeskDatabases = {
  /** The database the app opens at start-up. */
  activeName(): string;
  setActive(name: string): void;
  /** A name no database has yet, for a restore or a rebuild. */
  freshName(): string;
  open(name: string, upTo?: number): DeskDatabase;
  delete(name: string): Promise<void>;
  /** Every database on this origin, for the wipe. */
  existingNames(): Promise<string[]>;
  /** The IndexedDB factory, for reading a damaged database without Dexie. */
  readonly indexedDB: IDBFactory;
  kept(): KeptDatabase[];
  keep(database: KeptDatabase): void;
  forget(name: string): void;
  /** Deletes a replaced database at the next start, when no part of the app holds it open. */
  retire(name: string): void;
  deleteRetired(): Promise<void>;
};

export function deskDatabases(storage: PreferenceStorage = localStorage, deps?: DexieDeps): DeskDatabases {
  const factory = deps?.indexedDB ?? globalThis.indexedDB;
  const options = deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined;
  const kept = (): KeptDatabase[] => {
    try {
      const parsed = keptSchema.safeParse(JSON.parse(storage.getItem(KEPT_KEY) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  };
  const retired = (): string[] => {
    try {
      const parsed = z.array(z.string().min(1).max(200)).safeParse(JSON.parse(storage.getItem(RETIRED_KEY) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  };
  const saveKept = (list: KeptDatabase[]) => (list.length ? storage.setItem(KEPT_KEY, JSON.stringify(list)) : storage.removeItem(KEPT_KEY));
  return {
    activeName: () => storage.getItem(ACTIVE_KEY) || DATABASE_NAME,
    setActive: (name) => (name === DATABASE_NAME ? storage.removeItem(ACTIVE_KEY) : storage.setItem(ACTIVE_KEY, name)),
    freshName: () => `${DATABASE_NAME}-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 4)}`,
    open: (name, upTo) => new DeskDatabase(name, options, upTo),
    delete: (name) => new Dexie(name, options).delete(),
    existingNames: async () => (await factory.databases()).flatMap((info) => (info.name ? [info.name] : [])),
    indexedDB: factory,
    kept,
    keep: (database) => saveKept([...kept().filter((k) => k.name !== database.name), database]),
    forget: (name) => saveKept(kept().filter((k) => k.name !== name)),
    retire: (name) => storage.setItem(RETIRED_KEY, JSON.stringify([...retired(), name])),
    async deleteRetired() {
      const active = storage.getItem(ACTIVE_KEY) || DATABASE_NAME;
      const keptNames = new Set(kept().map((k) => k.name));
      for (const name of retired()) {
        if (name !== active && !keptNames.has(name)) await new Dexie(name, options).delete().catch(() => undefined);
      }
      storage.removeItem(RETIRED_KEY);
    },
  };
}
