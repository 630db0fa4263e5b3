// Settings card "Dữ liệu mẫu": fills the local store with generated dossiers (fixed seed, the same
// generator the benchmarks use) so lists, overview and reports can be tried without the portal.
import { useState } from 'react';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import { useT } from '../i18n/language-store';
import { useDeskStore } from '../store/store-context';
import { DEMO_COUNT_DEFAULT, DEMO_COUNT_MAX, parseDemoCount } from './demo-count';
import '../forms/forms.css';
import './demo-data.css';

type Progress = { phase: 'idle' } | { phase: 'loading'; done: number; total: number } | { phase: 'done'; count: number } | { phase: 'failed' };

export function DemoDataCard() {
  const t = useT();
  const store = useDeskStore();
  const [text, setText] = useState(String(DEMO_COUNT_DEFAULT));
  const [tried, setTried] = useState(false);
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const count = parseDemoCount(text);
  const error = tried && !count.ok ? countProblem(count.problem) : undefined;
  const loading = progress.phase === 'loading';

  function countProblem(problem: 'missing' | 'notWhole' | 'outOfRange'): string {
    if (problem === 'outOfRange') return t('demo.count.outOfRange', { max: DEMO_COUNT_MAX });
    return t(problem === 'missing' ? 'demo.count.missing' : 'demo.count.notWhole');
  }

  const load = async () => {
    setTried(true);
    if (!count.ok) {
      document.getElementById('demo-count')?.focus();
      return;
    }
    setProgress({ phase: 'loading', done: 0, total: count.value });
    try {
      const done = await store.loadDemoData(count.value, (step) => setProgress({ phase: 'loading', done: step.dossiers, total: step.total }));
      setProgress({ phase: 'done', count: done.dossiers });
      void recordByCurrentOfficer(store.audit, 'settingsChanged', { setting: 'demoData', dossiers: done.dossiers });
    } catch {
      setProgress({ phase: 'failed' });
    }
  };

  return (
    <section className="card" aria-labelledby="settings-demo" aria-busy={loading}>
      <h2 id="settings-demo" className="card__title">
        {t('demo.title')}
      </h2>
      <p className="card__text">{t('demo.explain')}</p>
      <div className="demo-data__row">
        <div className="field demo-data__count">
          <label className="field__label" htmlFor="demo-count">
            {t('demo.count')}
          </label>
          <input
            id="demo-count"
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            max={DEMO_COUNT_MAX}
            step={1}
            value={text}
            disabled={loading}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'demo-count-error' : undefined}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void load();
            }}
          />
        </div>
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void load()}>
          {t('demo.load')}
        </button>
      </div>
      {error && (
        <p id="demo-count-error" className="field__error demo-data__error">
          {error}
        </p>
      )}
      {loading && (
        <progress
          className="demo-data__progress"
          role="progressbar"
          aria-label={t('demo.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          max={progress.total}
          value={progress.done}
        />
      )}
      <p className="card__hint" role="status" data-testid="demo-status">
        {progress.phase === 'loading' && t('demo.loading', { done: progress.done, total: progress.total })}
        {progress.phase === 'done' && <span className="facts__good">{t('demo.done', { n: progress.count })}</span>}
        {progress.phase === 'failed' && <span className="facts__warning">{t('demo.failed')}</span>}
      </p>
    </section>
  );
}
