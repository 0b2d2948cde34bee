import { type ReactNode, useId, useMemo, useState } from 'react';
import { useI18n } from '../text/i18n.js';
import { type SortDirection, type SortValue, sortRows } from './table-rows.js';

/** One column: its heading, its cell, and the value it sorts by (none: not sortable). */
export interface Column<T> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly sort?: (row: T) => SortValue;
  /** Right-aligned figures; sorting starts with the largest. */
  readonly numeric?: boolean;
  /** Which way the first press sorts, when not as `numeric` says. */
  readonly firstDirection?: SortDirection;
}

/**
 * A table whose sortable columns sort when their heading is pressed (again: the other way), with
 * `aria-sort` on the sorted column. It scrolls sideways inside its own box when wider than the
 * screen, so the page never does; the box can take keyboard focus to scroll.
 */
export function SortableTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  empty,
  pageSize = Number.POSITIVE_INFINITY,
  titleHidden = false,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  initialSort?: { column: string; direction: SortDirection };
  empty: string;
  /** Rows shown at first, and added by each press of "show more" (long tables would be slow to draw). */
  pageSize?: number;
  /** The title is for screen readers only (a heading just above already says it). */
  titleHidden?: boolean;
}) {
  const { lang, text } = useI18n();
  const captionId = useId();
  const [sort, setSort] = useState(initialSort);
  // How many rows show, for these rows: other rows (a new filter) start again from the first page.
  const [more, setMore] = useState({ rows, limit: pageSize });
  const limit = more.rows === rows ? more.limit : pageSize;
  const sorted = useMemo(() => {
    const by = columns.find((c) => c.id === sort?.column)?.sort;
    return by && sort ? sortRows(rows, by, sort.direction, lang) : rows;
  }, [columns, rows, sort, lang]);

  const press = (column: Column<T>) =>
    setSort((s) => ({
      column: column.id,
      direction:
        s?.column === column.id
          ? s.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : (column.firstDirection ?? (column.numeric ? 'descending' : 'ascending')),
    }));

  const shown = sorted.slice(0, limit);
  return (
    <div className="table-block">
      {/* The title sits outside the scrolling box, so it wraps to the screen, not to the table. */}
      <p className={titleHidden ? 'table-title visually-hidden' : 'table-title'} id={captionId}>
        {caption}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard. */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className={c.numeric ? 'n' : undefined}
                  aria-sort={sort?.column === c.id ? sort.direction : undefined}
                >
                  {c.sort ? (
                    <button type="button" className="sort" onClick={() => press(c)}>
                      {c.header}
                      <span aria-hidden="true" className="sort-mark">
                        {sort?.column === c.id ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{empty}</td>
              </tr>
            ) : (
              shown.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.id} className={c.numeric ? 'n' : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </section>
      {sorted.length > shown.length && (
        <p className="more-rows">
          {text.audit.table.rowsShown(shown.length, sorted.length)}{' '}
          <button type="button" className="button" onClick={() => setMore({ rows, limit: limit + pageSize })}>
            {text.audit.table.showMore(Math.min(pageSize, sorted.length - shown.length))}
          </button>
        </p>
      )}
    </div>
  );
}
