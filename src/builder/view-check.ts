/**
 * Step 2: what the builder understood. Layout, sheet and header row (changeable), the columns'
 * roles, every area as written beside the region it became (unmatched ones with a one-click
 * choice), boundary layout per period, breakdown slices, and the converter's notes with their cell.
 */
import { html, nothing } from 'lit';
import { stepSection } from './view-step.js';
import { areaInfo, inferLayout, LAYOUT_AREAS } from '../data/areas.js';
import { sortPeriods } from '../convert/periods.js';
import type { ConvertProblem } from '../convert/errors.js';
import type { DocumentInput, Lang } from '../data/types.js';
import type { BuilderApp } from './app.js';
import type { Outcome, Unmatched } from './run.js';
import { applyMaps, areaRulesField } from './area-rules.js';

export const areaName = (code: string, lang: Lang) => {
  const info = areaInfo(code);
  return info ? `${info.names[lang]} (${code})` : code;
};

/** Where a note points: row and column as the editor sees them. */
export function placeOf(app: BuilderApp, p: ConvertProblem): string {
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(app.t('row', { n: p.line }));
  if (p.column !== undefined) parts.push(app.t('column', { c: p.column }));
  if (p.path) parts.push(p.path);
  return parts.join(', ');
}

function noteList(app: BuilderApp, items: ConvertProblem[], id: string, fixes?: Outcome['fixes']) {
  return html`<ul id=${id} class="builder-notes">
    ${items.map(
      (p, i) =>
        html`<li>
          ${
            fixes?.[i]
              ? html`<button
                    type="button"
                    class="builder-suggest builder-fix"
                    @click=${() => applyMaps(app, fixes[i]!.maps)}
                  >
                    ${app.t('applyFix', { what: fixes[i]!.maps.join(', ') })}
                  </button>
                  <br />`
              : nothing
          }
          ${placeOf(app, p) ? html`<span class="builder-place">${placeOf(app, p)}</span> ` : ''}
          ${p.message}${p.hint ? html`<br /><span class="builder-hint">${p.hint}</span>` : ''}
        </li>`,
    )}
  </ul>`;
}

function select(
  id: string,
  label: string,
  value: string,
  options: [string, string][],
  onChange: (value: string) => void,
) {
  return html`<label class="builder-field" for=${id}
    ><span>${label}</span>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select></label
  >`;
}

/** The sheet and the header row of a workbook. */
function sheetChoices(app: BuilderApp, sheets: string[], o: Outcome) {
  const { read } = app.state;
  const table = o.table;
  const changeSheet = (v: string) =>
    app.change((s) => {
      s.read.sheet = v;
      s.read.headerRow = undefined;
      s.read.areaColumn = undefined;
      s.read.valueColumn = undefined;
    });
  const changeHeader = (e: Event) =>
    app.change((s) => {
      const n = Number((e.target as HTMLInputElement).value);
      s.read.headerRow = Number.isInteger(n) && n > 0 ? n : undefined;
    });
  return html`
    ${select(
      'builder-sheet',
      app.t('sheet'),
      table?.sheet ?? read.sheet ?? '',
      sheets.map((s) => [s, s]),
      changeSheet,
    )}
    <label class="builder-field" for="builder-header-row"
      ><span>${app.t('headerRow')}</span>
      <input
        id="builder-header-row"
        type="number"
        min="1"
        inputmode="numeric"
        aria-describedby="builder-header-row-hint"
        .value=${String(table?.headerRows[1] ?? read.headerRow ?? '')}
        @change=${changeHeader}
      />
      <span id="builder-header-row-hint" class="builder-hint"
        >${app.t('headerRowHint')}</span
      ></label
    >
  `;
}

function readingChoices(app: BuilderApp, o: Outcome) {
  const { read } = app.state;
  const auto = app.t('automatic');
  const periodColumns = new Set(o.table?.periodColumns.map((c) => o.columns[c]) ?? []);
  const columns: [string, string][] = [
    ['', auto],
    ...o.columns.filter((c) => c && !periodColumns.has(c)).map((c): [string, string] => [c, c]),
  ];
  const set = (key: 'areaColumn' | 'periodColumn' | 'valueColumn') => (v: string) =>
    app.change((s) => {
      s.read[key] = v || undefined;
    });
  const table = o.table;
  return html`
    ${o.sheets ? sheetChoices(app, o.sheets, o) : nothing}
    ${
      o.layout !== 'document' && o.columns.length
        ? select(
            'builder-area-column',
            app.t('areaColumn'),
            read.areaColumn ?? '',
            columns,
            set('areaColumn'),
          )
        : nothing
    }
    ${
      o.layout === 'long' || o.layout === 'sdmx'
        ? html`${o.sheets ? nothing : select('builder-period-column', app.t('periodColumn'), read.periodColumn ?? '', columns, set('periodColumn'))}
          ${select('builder-value-column', app.t('valueColumn'), read.valueColumn ?? '', columns, set('valueColumn'))}`
        : nothing
    }
    ${
      o.layout === 'wide' && table
        ? select(
            'builder-period-pick',
            app.t('periodColumn'),
            read.periods ?? '',
            [
              ['', app.t('allPeriods')],
              ...table.periodColumns.map((c): [string, string] => [
                periodIdOf(table.header[c]),
                table.header[c],
              ]),
            ],
            (v) =>
              app.change((s) => {
                s.read.periods = v || undefined;
              }),
          )
        : nothing
    }
  `;
}

const periodIdOf = (header: string) => header.replace(/\s*\d\)$|\*+$/, '').trim();

function unmatchedRow(app: BuilderApp, u: Unmatched, i: number, codes: string[]) {
  const lang = app.lang;
  const choose = (text: string, code: string) =>
    app.change((s) => {
      s.read.areas = { ...s.read.areas, [text]: code };
    });
  const suggestion = 'suggestion' in u.resolution ? u.resolution.suggestion : undefined;
  const id = `builder-area-choice-${i}`;
  return html`<tr class="builder-unmatched">
    <td>
      ${u.text}${u.line ? html` <span class="builder-place">${app.t('row', { n: u.line })}</span>` : ''}
    </td>
    <td>
      <span class="builder-problem-text">${app.t('unmatched')}</span>
      ${
        suggestion
          ? html`<button
              type="button"
              class="builder-suggest"
              @click=${() => choose(u.text, suggestion)}
            >
              ${app.t('useSuggestion', { name: areaName(suggestion, lang) })}
            </button>`
          : nothing
      }
      <label class="builder-visually-hidden" for=${id}
        >${app.t('chooseArea', { text: u.text })}</label
      >
      <select
        id=${id}
        @change=${(e: Event) => choose(u.text, (e.target as HTMLSelectElement).value)}
      >
        <option value="">…</option>
        <option value="ignore">${app.t('leaveOut')}</option>
        <option value="national">${app.t('asReference')}</option>
        <option value="comparator">${app.t('asComparator')}</option>
        ${codes.map((c) => html`<option value=${c}>${areaName(c, lang)}</option>`)}
      </select>
    </td>
  </tr>`;
}

function areaRows(app: BuilderApp, o: Outcome) {
  const lang = app.lang;
  const areas = o.result?.areas ?? {};
  const entries = Object.entries(areas);
  const codes = [...LAYOUT_AREAS['2022'], ...LAYOUT_AREAS['2018'], ...LAYOUT_AREAS.pre2018].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  if (!entries.length && !o.unmatched.length) return nothing;
  const all = (choice: string) =>
    app.change((s) => {
      s.read.areas = {
        ...s.read.areas,
        ...Object.fromEntries(o.unmatched.map((u) => [u.text, choice])),
      };
    });
  return html`<h3>${app.t('areasTitle')}</h3>
    ${
      o.unmatched.length > 1
        ? html`<p class="builder-bulk">
            <button type="button" id="builder-all-comparators" @click=${() => all('comparator')}>
              ${app.t('allComparators', { n: o.unmatched.length })}
            </button>
            <button type="button" id="builder-all-ignored" @click=${() => all('ignore')}>
              ${app.t('allLeftOut', { n: o.unmatched.length })}
            </button>
          </p>`
        : nothing
    }
    <table id="builder-areas" class="builder-table">
      <thead>
        <tr>
          <th scope="col">${app.t('asWritten')}</th>
          <th scope="col">${app.t('becomes')}</th>
        </tr>
      </thead>
      <tbody>
        ${o.unmatched.map((u, i) => unmatchedRow(app, u, i, codes))}
        ${entries.map(
          ([text, code]) =>
            html`<tr>
              <td>${text}</td>
              <td>
                ${code.startsWith('reference:') || code === 'ignored' ? code : areaName(code, lang)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The boundary layout of each period, from the codes that have values then. */
export function layoutsByPeriod(doc: DocumentInput): [string, string][] {
  const ind = doc.indicators[0];
  if (!ind) return [];
  const byPeriod = new Map<string, string[]>();
  for (const [code, series] of Object.entries(ind.values)) {
    for (const [period, value] of Object.entries(series)) {
      if (value === null) continue;
      byPeriod.set(period, [...(byPeriod.get(period) ?? []), code]);
    }
  }
  return sortPeriods(byPeriod.keys()).map((period) => {
    const inferred = inferLayout(byPeriod.get(period)!);
    const text =
      'layout' in inferred
        ? `${inferred.layout} (${byPeriod.get(period)!.length})`
        : `${inferred.conflict.layouts.join(' + ')}: ${inferred.conflict.codes.join(', ')}`;
    return [period, text];
  });
}

function layoutTable(app: BuilderApp, o: Outcome) {
  if (!o.document) return nothing;
  const rows = layoutsByPeriod(o.document);
  // Runs of periods with the same layout, written as ranges.
  const runs: [string, string, string][] = [];
  for (const [period, text] of rows) {
    const last = runs[runs.length - 1];
    if (last && last[2] === text.replace(/ \(\d+\)$/, '')) last[1] = period;
    else runs.push([period, period, text.replace(/ \(\d+\)$/, '')]);
  }
  return html`<h3>${app.t('layoutsTitle')}</h3>
    <ul id="builder-layouts">
      ${runs.map(([a, b, text]) => html`<li>${a === b ? a : `${a}–${b}`}: ${text}</li>`)}
    </ul>`;
}

function slices(app: BuilderApp, o: Outcome) {
  const list = o.result?.slices ?? [];
  if (!list.length) return nothing;
  return html`<h3>${app.t('breakdownsTitle')}</h3>
    <ul id="builder-slices">
      ${list.map((s) => {
        const id = `builder-slice-${s.column.replace(/[^A-Za-z0-9_-]/g, '_')}`;
        return html`<li>
          ${app.t('sliceKept', { column: s.column, kept: s.kept.join(', ') || '∅', how: s.how, dropped: s.dropped })}
          <label class="builder-field" for=${id}
            ><span>${s.column}</span>
            <input
              id=${id}
              .value=${app.state.read.filter[s.column] ?? s.kept.join('|')}
              @change=${(e: Event) =>
                app.change((st) => {
                  st.read.filter = {
                    ...st.read.filter,
                    [s.column]: (e.target as HTMLInputElement).value,
                  };
                })}
          /></label>
        </li>`;
      })}
    </ul>`;
}

export function checkView(app: BuilderApp) {
  const o = app.outcome;
  if (!o) return nothing;
  const layoutKey = {
    wide: 'layoutWide',
    long: 'layoutLong',
    sdmx: 'layoutSdmx',
    document: 'layoutDocument',
  } as const;
  const table = o.table;
  return stepSection(
    'step-check',
    app.t('stepCheck'),
    html`<p id="builder-layout">
        <strong>${app.t('understood')}:</strong> ${app.t(layoutKey[o.layout])}${
          table
            ? html`; ${app.t('sheet')} “${table.sheet}”, ${app.t('headerRow')}
              ${table.headerRows[0] === table.headerRows[1] ? table.headerRows[0] : `${table.headerRows[0]}–${table.headerRows[1]}`},
              ${app.t('areaColumn')} ${table.header[table.areaColumn]}`
            : nothing
        }
      </p>
      <div class="builder-grid">${readingChoices(app, o)}</div>
      ${
        o.problems.length
          ? html`<h3>${app.t('problemsTitle')}</h3>
              <div role="alert">${noteList(app, o.problems, 'builder-problems', o.fixes)}</div>`
          : nothing
      }
      ${areaRows(app, o)} ${o.layout !== 'document' ? areaRulesField(app) : nothing}
      ${layoutTable(app, o)} ${slices(app, o)}
      ${
        o.warnings.length
          ? html`<h3>${app.t('warningsTitle')}</h3>
              ${noteList(app, o.warnings, 'builder-warnings')}`
          : nothing
      }`,
  );
}
