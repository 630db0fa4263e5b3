// Saved views: apply or delete a named filter + sort, or save the current one under a name.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useT } from '../i18n/language-store';
import { useDeskStore } from '../store/store-context';
import { DropdownPanel } from './DropdownPanel';
import { useListView } from './list-view-store';
import { deleteSavedView, listSavedViews, saveView, type ListView } from './saved-views';

export function SavedViewsMenu() {
  const t = useT();
  const store = useDeskStore();
  const [views, setViews] = useState<ListView[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const show = useListView((state) => state.show);

  const refresh = useCallback(() => listSavedViews(store.db).then(setViews, () => setViews([])), [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setMessage(t('dossiers.views.nameRequired'));
    const { filter, sort, searchText } = useListView.getState();
    try {
      const saved = await saveView(store.db, { name, filter, sort, searchText }, store.now());
      setName('');
      setMessage(t('dossiers.views.saved', { name: saved.name }));
      await refresh();
    } catch {
      setMessage(t('dossiers.views.failed'));
    }
  };

  const onDelete = async (view: ListView) => {
    await deleteSavedView(store.db, view.id);
    setMessage(t('dossiers.views.deleted', { name: view.name }));
    await refresh();
  };

  const onApply = (view: ListView) => {
    show(view.filter, view.sort, view.searchText);
    setMessage(t('dossiers.views.applied', { name: view.name }));
  };

  return (
    <DropdownPanel className="saved-views" panelLabel={t('dossiers.views.title')} label={t('dossiers.views.button')}>
      {views.length === 0 ? (
        <p className="dropdown__muted">{t('dossiers.views.empty')}</p>
      ) : (
        <ul className="saved-views__list">
          {views.map((view) => (
            <li key={view.id} className="saved-views__item">
              <button type="button" className="saved-views__apply" onClick={() => onApply(view)}>
                {view.name}
              </button>
              <button type="button" className="icon-button" aria-label={t('dossiers.views.delete', { name: view.name })} title={t('dossiers.views.delete', { name: view.name })} onClick={() => void onDelete(view)}>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="saved-views__form" onSubmit={(event) => void onSave(event)}>
        <label htmlFor="saved-view-name" className="saved-views__label">
          {t('dossiers.views.nameLabel')}
        </label>
        <div className="saved-views__row">
          <input id="saved-view-name" className="text-input" value={name} maxLength={80} autoComplete="off" onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="button button--primary">
            {t('dossiers.views.save')}
          </button>
        </div>
      </form>
      <p className="dropdown__muted" role="status">
        {message}
      </p>
    </DropdownPanel>
  );
}
