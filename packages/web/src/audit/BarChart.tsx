import { useId } from 'react';

/** How a bar (or a part of a stacked bar) is coloured; each has a legend entry when shown. */
export type Tone = 'plain' | 'supported' | 'not-supported' | 'undetermined' | 'in-window' | 'after-window';

/** One bar: its label, its parts, the value written beside it, and the same in words for the text alternative. */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly parts: readonly { readonly tone: Tone; readonly value: number }[];
  readonly shown: string;
  readonly spoken: string;
}

/**
 * A horizontal bar chart drawn as SVG by React: one row per bar, label above, value beside, so
 * long labels never squeeze the bars on a phone. Screen readers get the whole chart as one image
 * whose name lists every bar in words; the table beside each chart holds the same figures.
 */
export function BarChart({
  title,
  bars,
  max,
  legend,
  empty,
  titleHidden = false,
}: {
  title: string;
  bars: readonly Bar[];
  /** The value of a full-width bar (default: the largest bar). */
  max?: number;
  legend?: readonly { readonly tone: Tone; readonly label: string }[];
  empty: string;
  /** The title is for screen readers only (a heading just above already says it). */
  titleHidden?: boolean;
}) {
  const titleId = useId();
  const total = (b: Bar) => b.parts.reduce((n, p) => n + p.value, 0);
  const scale = max ?? Math.max(1, ...bars.map(total));
  const spoken = bars.length === 0 ? empty : `${title}: ${bars.map((b) => `${b.label}, ${b.spoken}`).join('; ')}.`;
  return (
    <figure className="bar-chart">
      <figcaption id={titleId} className={titleHidden ? 'visually-hidden' : undefined}>
        {title}
      </figcaption>
      {legend && legend.length > 0 && (
        <ul className="legend" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.tone}>
              <span className={`swatch tone-${l.tone}`} />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <div role="img" aria-label={spoken}>
        {bars.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          bars.map((b) => {
            let x = 0;
            return (
              <div key={b.key} className="bar-row">
                <span className="bar-label">{b.label}</span>
                <span className="bar-line">
                  <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    <rect className="bar-track" x="0" y="0" width="100" height="10" />
                    {b.parts.map((p) => {
                      const width = (100 * p.value) / scale;
                      const rect = (
                        <rect key={p.tone} className={`tone-${p.tone}`} x={x} y="0" width={width} height="10" />
                      );
                      x += width;
                      return rect;
                    })}
                  </svg>
                  <span className="bar-value">{b.shown}</span>
                </span>
              </div>
            );
          })
        )}
      </div>
    </figure>
  );
}
