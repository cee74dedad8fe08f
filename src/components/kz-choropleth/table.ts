// The data table alternative to the map: the same values, ranks, differences and notes, sortable.
import { html, nothing, type TemplateResult } from 'lit';
import type { AreaDatum } from './model.js';
export { styles } from './table.styles.js';

export type SortKey = 'name' | 'value' | 'rank' | 'diff';
export type SortDirection = 'ascending' | 'descending';

export interface TableRow {
  datum: AreaDatum;
  name: string;
  value: string;
  rank: string;
  diff: string;
  notes: string;
}

/**
 * Rows sorted by a column; areas without a value always come last, then by name. Names compare
 * with the language's collation.
 */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  direction: SortDirection,
  collator: Intl.Collator,
): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const numeric = (r: TableRow): number | null =>
    key === 'value' ? r.datum.value : key === 'rank' ? r.datum.rank : r.datum.diff;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * collator.compare(a.name, b.name);
    const va = numeric(a);
    const vb = numeric(b);
    if (va === null || vb === null) {
      if (va === null && vb === null) return collator.compare(a.name, b.name);
      return va === null ? 1 : -1;
    }
    return sign * (va - vb) || collator.compare(a.name, b.name);
  });
}

export interface TableLabels {
  caption: string;
  area: string;
  value: string;
  rank: string;
  difference: string;
  notes: string;
  sortBy: (column: string) => string;
}

export function tableTemplate(
  rows: readonly TableRow[],
  labels: TableLabels,
  sort: { key: SortKey; direction: SortDirection },
  onSort: (key: SortKey) => void,
  selected: string,
  showDiff: boolean,
): TemplateResult {
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return html`<th
      scope="col"
      class=${numeric ? 'num' : ''}
      aria-sort=${active ? sort.direction : 'none'}
    >
      <button
        type="button"
        class="sort"
        part="sort-button"
        aria-label=${labels.sortBy(label)}
        @click=${() => onSort(key)}
      >
        ${label}<span class="sort-mark" aria-hidden="true"
          >${active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
        >
      </button>
    </th>`;
  };
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>
        ${labels.caption}
      </caption>
      <thead>
        <tr>
          ${header('name', labels.area)} ${header('value', labels.value, true)}
          ${header('rank', labels.rank, true)}
          ${showDiff ? header('diff', labels.difference, true) : nothing}
          <th scope="col">${labels.notes}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr
              data-id=${r.datum.id}
              class=${r.datum.id === selected ? 'selected' : ''}
              aria-current=${r.datum.id === selected ? 'true' : nothing}
            >
              <th scope="row">
                <svg class="table-swatch" width="12" height="12" aria-hidden="true">
                  <rect
                    width="12"
                    height="12"
                    fill=${
                      r.datum.color ??
                      (r.datum.missing === 'not-applicable'
                        ? 'url(#kz-not-applicable)'
                        : 'url(#kz-no-data)')
                    }
                  ></rect></svg
                >${r.name}
              </th>
              <td class="num">${r.value}</td>
              <td class="num">${r.rank}</td>
              ${showDiff ? html`<td class="num">${r.diff}</td>` : nothing}
              <td>${r.notes}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
