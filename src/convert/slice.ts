/**
 * Reducing the breakdowns of a source (sex, urbanisation, age...) to one slice: the user's
 * filters first, then the total of every other breakdown that varies.
 */
import type { ConvertWarning, ProblemList } from './errors.js';
import type { ConvertResult, IndicatorOptions } from './options.js';
import { at, fold, listValues, type RecordContext, type SourceRecord } from './build-common.js';
import { shellFlag, shellQuote } from './shell.js';

type Slices = ConvertResult['slices'];

function varies(records: SourceRecord[], dim: string): boolean {
  const seen = new Map<string, string>();
  for (const r of records) {
    const key = `${r.area.trim()}\u0001${r.period.trim()}`;
    const v = r.dims[dim] ?? '';
    const prev = seen.get(key);
    if (prev === undefined) seen.set(key, v);
    else if (prev !== v) return true;
  }
  return false;
}

export function distinct(records: SourceRecord[], dim: string): string[] {
  return [...new Set(records.map((r) => r.dims[dim] ?? ''))];
}

function findColumn(columns: string[], name: string): string | undefined {
  return columns.find((c) => c === name) ?? columns.find((c) => fold(c) === fold(name));
}

/** Keeps the rows of the user's filters (`--filter SEX=F`); returns the rows and the columns done. */
function applyFilters(
  input: SourceRecord[],
  ctx: RecordContext,
  options: IndicatorOptions,
  problems: ProblemList,
  slices: Slices,
): { records: SourceRecord[]; done: Set<string> } {
  let records = input;
  const done = new Set<string>();
  for (const [name, want] of Object.entries(options.filter ?? {})) {
    const column = findColumn(ctx.dimOrder, name);
    if (!column) {
      problems.add({
        message: `filter ${name}: there is no such column`,
        hint: ctx.dimOrder.length
          ? `columns that can be filtered: ${ctx.dimOrder.join(', ')}`
          : 'the input has no breakdown columns',
      });
      continue;
    }
    const wanted = new Set((Array.isArray(want) ? want : [want]).map((w) => w.trim()));
    const present = distinct(records, column);
    if (![...wanted].some((w) => present.includes(w))) {
      problems.add({
        column,
        message: `filter ${column}=${[...wanted].join('|')}: no row has this value`,
        hint: `values in ${column}: ${listValues(present.sort())}`,
      });
      continue;
    }
    const before = records.length;
    records = records.filter((r) => wanted.has(r.dims[column] ?? ''));
    slices.push({ column, kept: [...wanted], how: 'filter', dropped: before - records.length });
    done.add(column);
  }
  problems.throwIfAny();
  return { records, done };
}

/** Which breakdown to reduce next: one that has total cells, preferring a non-empty total. */
function breakdownWithTotal(records: SourceRecord[], varying: string[], totals: Set<string>) {
  const withTotal = varying.filter((d) => records.some((r) => totals.has(r.dims[d] ?? '')));
  return (
    withTotal.find((d) => records.some((r) => (r.dims[d] ?? '') !== '' && totals.has(r.dims[d]))) ??
    withTotal[0]
  );
}

/**
 * Every area and period must have its total of `pick`: a breakdown without one is an error, and a
 * lone row that is not a total is left out with a warning.
 */
function checkTotals(
  records: SourceRecord[],
  pick: string,
  totals: Set<string>,
  tokens: string,
  problems: ProblemList,
  warnings: ConvertWarning[],
): void {
  const groups = new Map<string, { rec: SourceRecord; values: Set<string>; total: boolean }>();
  for (const r of records) {
    const key = `${r.area.trim()}\u0001${r.period.trim()}`;
    const v = r.dims[pick] ?? '';
    const g = groups.get(key) ?? { rec: r, values: new Set<string>(), total: false };
    g.values.add(v);
    if (totals.has(v)) g.total = true;
    groups.set(key, g);
  }
  const lone: string[] = [];
  for (const g of groups.values()) {
    if (g.total) continue;
    const values = [...g.values].sort();
    const where = `${g.rec.area.trim() || 'the row without an area'} in ${g.rec.period.trim()}`;
    if (values.length > 1) {
      problems.add(
        {
          ...at(g.rec, pick),
          message: `rows for ${where} differ in ${pick} (${listValues(values)}) and none is a total (${tokens})`,
          hint: `add the total row, or choose one slice for every area with ${shellFlag('filter', `${pick}=${values[0]}`)} (option filter)`,
        },
        `no-total:${pick}`,
      );
    } else lone.push(`${where} (${pick}=${values[0]})`);
  }
  if (lone.length) {
    warnings.push({
      column: pick,
      code: 'rows-dropped',
      message: `left out rows without a total of ${pick}: ${listValues(lone, 5)}`,
      hint: `to keep them, choose their slice with --filter ${shellQuote(pick)}=... (option filter)`,
    });
  }
}

/** Reduces breakdowns to one slice: the user's filters, then the total of every other breakdown. */
export function slice(
  input: SourceRecord[],
  ctx: RecordContext,
  options: IndicatorOptions,
  problems: ProblemList,
  slices: Slices,
  warnings: ConvertWarning[],
): SourceRecord[] {
  const filtered = applyFilters(input, ctx, options, problems, slices);
  let records = filtered.records;
  const done = filtered.done;
  const totals = new Set(options.totals ?? ['', '_T']);
  const tokens = [...totals].map((t) => (t === '' ? 'an empty cell' : t)).join(' or ');
  for (;;) {
    const varying = ctx.dimOrder.filter((d) => !done.has(d) && varies(records, d));
    if (!varying.length) break;
    const pick = breakdownWithTotal(records, varying, totals);
    if (!pick) {
      for (const d of varying) {
        const values = distinct(records, d).sort();
        problems.add({
          column: d,
          message: `rows for the same area and period differ in ${d} (${listValues(values)}) and none is a total (${tokens})`,
          hint: `choose one slice with ${shellFlag('filter', `${d}=${values[0] === '' ? values[1] : values[0]}`)} (option filter)`,
        });
      }
      break;
    }
    checkTotals(records, pick, totals, tokens, problems, warnings);
    const before = records.length;
    records = records.filter((r) => totals.has(r.dims[pick] ?? ''));
    slices.push({
      column: pick,
      kept: distinct(records, pick),
      how: 'total',
      dropped: before - records.length,
    });
    done.add(pick);
  }
  problems.throwIfAny();
  return records;
}
