// A small column chart in SVG: one group of columns per period (a week, a month), each column a
// focusable button with its own label, so the chart is read and used by keyboard and screen
// reader, not only seen. Drawn with attributes and classes only (the CSP allows no inline styles).
import type { KeyboardEvent } from 'react';

export type ColumnSeries = { name: string; className: string };
export type ColumnGroup = { key: string; tick: string; values: number[]; labels: string[] };

const WIDTH = 520;
const HEIGHT = 180;
const AXIS = 22;
const TOP = 14;

export function ColumnChart({ title, series, groups, onOpen, max: fixedMax, unit = '' }: { title: string; series: ColumnSeries[]; groups: ColumnGroup[]; onOpen: (group: ColumnGroup, seriesIndex: number) => void; max?: number; unit?: string }) {
  const max = fixedMax ?? Math.max(1, ...groups.flatMap((g) => g.values));
  const slot = WIDTH / Math.max(1, groups.length);
  const barWidth = Math.max(4, (slot * 0.7) / series.length);
  const plot = HEIGHT - AXIS - TOP;
  const activate = (event: KeyboardEvent<SVGRectElement>, group: ColumnGroup, index: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(group, index);
  };
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {series.length > 1 && (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.name}>
              <svg width="12" height="12" className={s.className}>
                <rect width="12" height="12" />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart__svg" role="group" aria-label={title}>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="chart__axis" />
        {groups.map((group, g) => {
          const left = g * slot + (slot - barWidth * series.length) / 2;
          return (
            <g key={group.key}>
              {group.values.map((value, s) => {
                const height = (value / max) * plot;
                return (
                  <g key={s} className={series[s]!.className}>
                    <rect
                      x={left + s * barWidth}
                      y={HEIGHT - AXIS - height}
                      width={barWidth - 1}
                      height={Math.max(height, 1)}
                      tabIndex={0}
                      role="button"
                      aria-label={group.labels[s]}
                      className="chart__bar"
                      onClick={() => onOpen(group, s)}
                      onKeyDown={(event) => activate(event, group, s)}
                    >
                      <title>{group.labels[s]}</title>
                    </rect>
                    {series.length === 1 && (
                      <text x={left + barWidth / 2} y={HEIGHT - AXIS - height - 3} className="chart__value" textAnchor="middle" aria-hidden="true">
                        {value}
                        {unit}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={g * slot + slot / 2} y={HEIGHT - 6} className="chart__tick" textAnchor="middle" aria-hidden="true">
                {group.tick}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export type BarRow = { key: string; label: string; value: number; display: string; ariaLabel: string };

/** Horizontal bars for long names (procedures, officers): each row one button. */
export function BarList({ title, rows, max, onOpen, empty }: { title: string; rows: BarRow[]; max: number; onOpen: (row: BarRow) => void; empty?: string }) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {rows.length === 0 && empty ? <p className="chart__empty">{empty}</p> : null}
      <ul className="bar-list" aria-label={title}>
        {rows.map((row) => (
          <li key={row.key}>
            <button type="button" className="bar-list__row" aria-label={row.ariaLabel} onClick={() => onOpen(row)}>
              <span className="bar-list__label">{row.label}</span>
              <svg className="bar-list__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect width={Math.max(0.5, (row.value / Math.max(1, max)) * 100)} height={10} />
              </svg>
              <span className="bar-list__value">{row.display}</span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
