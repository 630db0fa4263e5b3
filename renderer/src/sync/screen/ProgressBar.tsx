// One labelled progress bar (role=progressbar with its values), for items and bytes during a run.
export function ProgressBar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="sync-progress">
      <p className="sync-progress__text">{text}</p>
      <div className="sync-progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text}>
        <div className="sync-progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
