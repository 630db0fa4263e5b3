// Cài đặt card "Nhật ký" for the unit administrator: the chain's integrity first (a broken chain
// is the one thing to act on), how far it has reached the portal, then the entries with search and
// filters, and export to CSV.
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { ChainStatus } from '../../../shared/audit/audit-chain';
import { auditActions, type AuditAction, type AuditEntry } from '../../../shared/audit/audit-entry';
import { useHost } from '../host/host-context';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { mayChange } from '../accounts/permissions';
import { useProfile } from '../profile/profile-store';
import { actorOf } from '../profile/roster';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import { useAuditUploadState } from '../sync/screen/AuditUploadIssue';
import type { AuditQuery } from './audit-log';
import './audit.css';

/** Rows the screen shows; the export takes every match. */
const SHOWN = 200;

type Filter = { text: string; action: AuditAction | ''; officerId: string; from: string; to: string };

/** The officer picks days on the Vietnamese calendar; the log stores UTC instants. */
export function queryOf(filter: Filter): AuditQuery {
  return {
    ...(filter.text.trim() ? { text: filter.text } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.officerId ? { officerId: filter.officerId } : {}),
    ...(filter.from ? { from: new Date(`${filter.from}T00:00:00.000+07:00`).toISOString() } : {}),
    ...(filter.to ? { to: new Date(`${filter.to}T23:59:59.999+07:00`).toISOString() } : {}),
  };
}

export function AuditCard() {
  const t = useT();
  const officer = useProfile((state) => state.officer);
  if (officer && mayChange(officer.role, 'auditLog')) return <AuditLogView />;
  return (
    <section className="card" aria-labelledby="settings-audit">
      <h2 id="settings-audit" className="card__title">
        {t('audit.title')}
      </h2>
      <p className="card__muted">{t('audit.adminOnly')}</p>
    </section>
  );
}

function AuditLogView() {
  const t = useT();
  const ids = useId();
  const store = useDeskStore();
  const revision = useStoreRevision();
  const host = useHost();
  const language = useLanguage();
  const officer = useProfile((state) => state.officer);
  const [filter, setFilter] = useState<Filter>({ text: '', action: '', officerId: '', from: '', to: '' });
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [officers, setOfficers] = useState<{ id: string; name: string }[]>([]);
  const [chain, setChain] = useState<ChainStatus | null>(null);
  const written = useSyncExternalStore(store.audit.subscribe, () => store.audit.revision);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const query = useMemo(() => queryOf(filter), [filter]);
  // Where the upload to the portal stands (sync/engine/audit-upload.ts), re-read with every store change.
  const upload = useAuditUploadState();
  const time = useMemo(() => new Intl.DateTimeFormat(intlLocale[language], { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }), [language]);

  useEffect(() => {
    let live = true;
    void store.audit.search(query, SHOWN).then((found) => live && setEntries(found));
    return () => {
      live = false;
    };
  }, [store, query, revision, written]);

  useEffect(() => {
    let live = true;
    // The previous verdict stays up until the new one arrives: no flicker on every action.
    void store.audit.verifyChain().then((verdict) => live && setChain(verdict));
    void store.audit.officers().then((found) => live && setOfficers(found));
    return () => {
      live = false;
    };
  }, [store, revision, written]);

  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => setFilter((current) => ({ ...current, [key]: value }));

  const exportCsv = async () => {
    setStatus(null);
    const fileName = `nhat-ky-${new Date().toISOString().slice(0, 10)}.csv`;
    try {
      const csv = await store.audit.exportCsv(query);
      const outcome = await host.saveFile({ suggestedName: fileName, bytes: new TextEncoder().encode(csv), mimeType: 'text/csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
      if (!outcome.ok) return setStatus({ text: t('audit.exportFailed', { message: outcome.error.message }), error: true });
      if (!outcome.value.saved) return setStatus({ text: t('audit.exportCancelled') });
      // Taking the log off the desk is itself an event an inspector will want to see.
      await store.audit.record({ action: 'auditExported', officer: officer && actorOf(officer), details: { file: outcome.value.fileName ?? fileName } });
      setStatus({ text: t('audit.exported', { file: outcome.value.fileName ?? fileName }) });
    } catch (error) {
      setStatus({ text: t('audit.exportFailed', { message: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };

  return (
    <section className="card audit" aria-labelledby="settings-audit">
      <h2 id="settings-audit" className="card__title">
        {t('audit.title')}
      </h2>
      <p className="card__muted">{t('audit.intro')}</p>
      <p className={chain && !chain.ok ? 'audit__chain audit__chain--broken' : 'audit__chain'} role="status" data-testid="audit-chain">
        {chain === null
          ? t('audit.checking')
          : chain.ok
            ? t('audit.intact', { count: chain.entries })
            : t('audit.broken', { seq: chain.firstBroken.seq, reason: t(`audit.reason.${chain.firstBroken.reason}`) })}
      </p>
      {upload && (
        <p className={upload.stopped ? 'card__error' : 'card__muted'} data-testid="audit-uploaded">
          {upload.confirmedSeq > 0 ? t('audit.uploaded', { seq: upload.confirmedSeq }) : t('audit.notUploaded')}
          {upload.stopped && ` ${t('audit.uploadStopped', { message: upload.stopped.message })}`}
        </p>
      )}
      <div className="audit__filters">
        <div className="audit__field">
          <label className="field__label" htmlFor={`${ids}-text`}>
            {t('audit.search')}
          </label>
          <input id={`${ids}-text`} className="input" type="search" value={filter.text} placeholder={t('audit.searchHint')} onChange={(e) => set('text', e.target.value)} />
        </div>
        <div className="audit__field">
          <label className="field__label" htmlFor={`${ids}-action`}>
            {t('audit.filterAction')}
          </label>
          <select id={`${ids}-action`} className="input" value={filter.action} onChange={(e) => set('action', e.target.value as AuditAction | '')}>
            <option value="">{t('audit.allActions')}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {t(`audit.action.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="audit__field">
          <label className="field__label" htmlFor={`${ids}-officer`}>
            {t('audit.filterOfficer')}
          </label>
          <select id={`${ids}-officer`} className="input" value={filter.officerId} onChange={(e) => set('officerId', e.target.value)}>
            <option value="">{t('audit.allOfficers')}</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="audit__field">
          <label className="field__label" htmlFor={`${ids}-from`}>
            {t('audit.from')}
          </label>
          <input id={`${ids}-from`} className="input" type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="audit__field">
          <label className="field__label" htmlFor={`${ids}-to`}>
            {t('audit.to')}
          </label>
          <input id={`${ids}-to`} className="input" type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </div>
      </div>
      <div className="card__actions">
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('audit.export')}
        </button>
        <span role="status" className={status?.error ? 'card__error' : 'card__muted'}>
          {status?.text}
        </span>
      </div>
      {entries && entries.length === 0 && <p className="card__muted">{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <>
          <p className="card__hint">{t('audit.shown', { shown: entries.length })}</p>
          <div className="audit__scroll">
            <table className="audit__table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.seq')}</th>
                  <th scope="col">{t('audit.col.time')}</th>
                  <th scope="col">{t('audit.col.officer')}</th>
                  <th scope="col">{t('audit.col.action')}</th>
                  <th scope="col">{t('audit.col.details')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} className={chain && !chain.ok && chain.firstBroken.seq === entry.seq ? 'audit__row--broken' : undefined}>
                    <td>{entry.seq}</td>
                    <td>{time.format(new Date(entry.at))}</td>
                    <td>{entry.officerName ?? t('audit.noOfficer')}</td>
                    <td>{t(`audit.action.${entry.action}`)}</td>
                    <td className="audit__details">{Object.entries(entry.details).map(([key, value]) => `${key}: ${String(value)}`).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
