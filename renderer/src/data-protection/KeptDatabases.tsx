// The damaged databases kept after a recovery, with what they still wait for; one may be deleted
// (after a second, explicit confirmation) only once the portal confirmed every change carried from it.
import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import type { DeskDatabases } from './desk-databases';
import { deleteKept, keptStatus, type KeptStatus } from './recovery';

export function KeptDatabases({ databases }: { databases: DeskDatabases }) {
  const t = useT();
  const store = useDeskStore();
  const revision = useStoreRevision();
  const locale = intlLocale[useLanguage()];
  const [kept, setKept] = useState<KeptStatus[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(0);

  useEffect(() => {
    let live = true;
    void keptStatus(databases, store.db).then((list) => live && setKept(list));
    return () => {
      live = false;
    };
  }, [databases, store, revision, deleted]);

  if (kept.length === 0) return null;
  const remove = async (name: string) => {
    await deleteKept(databases, store.db, name);
    setConfirming(null);
    setDeleted((n) => n + 1);
  };
  return (
    <div className="data-protection__kept" data-testid="kept-databases">
      <h3 className="data-protection__subtitle">{t('dataProtection.kept.title')}</h3>
      <ul>
        {kept.map((database) => {
          const facts = { name: database.name, date: new Date(database.keptAt).toLocaleString(locale), n: database.unconfirmed };
          return (
            <li key={database.name}>
              <p>
                {!database.outboxRead
                  ? t('dataProtection.kept.unreadable', facts)
                  : database.deletable
                    ? t('dataProtection.kept.ready', facts)
                    : t('dataProtection.kept.waiting', facts)}
              </p>
              {database.deletable && confirming !== database.name && (
                <button type="button" className="button button--small button--danger-outline" onClick={() => setConfirming(database.name)}>
                  {t('dataProtection.kept.delete')}
                </button>
              )}
              {confirming === database.name && (
                <span className="data-protection__row">
                  <button type="button" className="button button--small button--danger" onClick={() => void remove(database.name)}>
                    {t('dataProtection.kept.confirm')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                    {t('dataProtection.kept.cancel')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
