/**
 * From the cells of placed records to observations: the decimal mark of the column, numbers and
 * missing-value marks, bounds, statuses and notes; two different values for one area and period
 * are a problem, the same value twice a warning.
 */
import type {
  MissingReason,
  ObservationInput,
  ObservationStatus,
  ValueInput,
} from '../data/types.js';
import {
  at,
  fold,
  listValues,
  type BuildState,
  type Entry,
  type RefTarget,
  type SourceRecord,
} from './build-common.js';
import { detectDecimalMark, parseCell, type DecimalMark } from './numbers.js';
import type { Placed } from './placement.js';
import { shellFlag } from './shell.js';

const STATUS: Record<string, ObservationStatus> = {
  p: 'provisional',
  provisional: 'provisional',
  preliminary: 'provisional',
  e: 'estimated',
  estimated: 'estimated',
  estimate: 'estimated',
  f: 'estimated',
  i: 'estimated',
  b: 'break',
  break: 'break',
  'break in series': 'break',
};
// SDMX codes that mean "nothing special": normal value, and UN IGME's included/excluded marks.
const STATUS_NORMAL = new Set(['', 'a', 'normal', 'normal value']);

/** The decimal mark of the value cells: stated, or detected (a mix of both is a problem). */
export function decimalMarkOf(
  { ctx, options, problems, warn }: BuildState,
  placed: Placed[],
): DecimalMark {
  const stringCells: string[] = [];
  for (const { rec } of placed) {
    for (const v of [rec.value, rec.lower, rec.upper])
      if (typeof v === 'string') stringCells.push(v);
  }
  let mark: DecimalMark = options.decimalMark ?? '.';
  if (!options.decimalMark) {
    const detected = detectDecimalMark(stringCells);
    if (detected.conflict) {
      problems.add({
        column: ctx.columns.value,
        message: `numbers use both decimal marks: "${detected.conflict[0]}" and "${detected.conflict[1]}"`,
        hint: 'state the decimal mark: --decimal-mark , or . (option decimalMark)',
      });
      problems.throwIfAny();
    }
    mark = detected.mark;
    if (detected.ambiguous) {
      warn({
        column: ctx.columns.value,
        code: 'decimal-ambiguous',
        message:
          'numbers such as "1,234" could use a decimal comma or a thousands separator; read as thousands',
        hint: 'if the comma is decimal, say so: --decimal-mark , (option decimalMark)',
      });
    }
  }
  return mark;
}

type Parsed = { value?: number | null; reason?: MissingReason; raw: string };

/** Reads one cell as a number, a missing value, or a problem (undefined). */
function numberReader({ problems }: BuildState, mark: DecimalMark) {
  return (
    rec: SourceRecord,
    v: string | number | null | undefined,
    column: string | undefined,
  ): Parsed | undefined => {
    if (v === undefined) return undefined;
    if (v === null) return { value: null, reason: 'not-available', raw: '' };
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        problems.add({ ...at(rec, column), message: `${v} is not a finite number` }, 'value');
        return undefined;
      }
      return { value: v, raw: String(v) };
    }
    const cell = parseCell(v, mark);
    if (cell.kind === 'number') return { value: cell.value, raw: v };
    if (cell.kind === 'missing')
      return cell.reason ? { value: null, reason: cell.reason, raw: v } : { raw: v };
    problems.add(
      {
        ...at(rec, column),
        message: `"${v.trim()}" is not a number`,
        hint:
          mark === ','
            ? 'write numbers like 12,5 or 1 234,5 (decimal comma); an empty cell, "-" or ".." marks a missing value'
            : 'write numbers like 12.5 or 1234.5; an empty cell, "-" or ".." marks a missing value',
      },
      'value',
    );
    return undefined;
  };
}

/** The observation of a record whose value was read, with bounds, status and note. */
function observationOf(
  { ctx, warn }: BuildState,
  rec: SourceRecord,
  v: Parsed,
  lo: Parsed | undefined,
  hi: Parsed | undefined,
): ValueInput {
  const obs: ObservationInput = { value: v.value! };
  if (v.value === null && v.reason) obs.reason = v.reason;
  if (v.value !== null && typeof lo?.value === 'number') obs.lower = lo.value;
  if (v.value !== null && typeof hi?.value === 'number') obs.upper = hi.value;
  if (rec.status !== undefined) {
    const key = fold(rec.status);
    const status = STATUS[key];
    if (status) obs.status = status;
    else if (!STATUS_NORMAL.has(key)) {
      warn(
        {
          ...at(rec, ctx.columns.status),
          code: 'status-ignored',
          message: `status "${rec.status.trim()}" has no equivalent in the format and was left out`,
          hint: 'statuses kept: provisional (P), estimated (E, F, I), break in series (B)',
        },
        `status|${key}`,
      );
    }
  }
  if (rec.note && rec.note.trim()) obs.note = rec.note.trim();
  return Object.keys(obs).length === 1 ? obs.value : obs;
}

export interface CollectedValues {
  areaValues: Map<string, Map<string, Entry>>;
  refValues: Map<string, { ref: RefTarget; values: Map<string, Entry> }>;
}

/** Reads the values of every placed record into series by area and by reference. */
export function collectValues(
  state: BuildState,
  placed: Placed[],
  mark: DecimalMark,
): CollectedValues {
  const { ctx, problems, warn } = state;
  const number = numberReader(state, mark);
  const areaValues = new Map<string, Map<string, Entry>>();
  const refValues = new Map<string, { ref: RefTarget; values: Map<string, Entry> }>();
  const duplicates: string[] = [];
  for (const p of placed) {
    const { rec } = p;
    const v = number(rec, rec.value, rec.column ?? ctx.columns.value);
    if (!v || v.value === undefined) continue;
    const lo = number(rec, rec.lower, ctx.columns.lower);
    const hi = number(rec, rec.upper, ctx.columns.upper);
    const entry: Entry = { rec, value: observationOf(state, rec, v, lo, hi), raw: v.raw };
    let bucket: Map<string, Entry>;
    let label: string;
    if ('code' in p.target) {
      bucket = areaValues.get(p.target.code) ?? new Map();
      areaValues.set(p.target.code, bucket);
      label = p.target.code;
    } else {
      const ref = p.target.ref;
      const slot = refValues.get(ref.id) ?? { ref, values: new Map() };
      refValues.set(ref.id, slot);
      bucket = slot.values;
      label = `reference ${ref.id}`;
    }
    const prev = bucket.get(p.period);
    if (!prev) bucket.set(p.period, entry);
    else if (JSON.stringify(prev.value) === JSON.stringify(entry.value)) {
      duplicates.push(rec.line !== undefined ? String(rec.line) : (rec.path ?? ''));
    } else reportConflict(state, p.period, label, prev, entry);
  }
  if (duplicates.length) {
    warn({
      code: 'duplicate-rows',
      message: `${duplicates.length} rows repeat an observation with the same value and were skipped (${listValues(duplicates, 5)})`,
    });
  }
  problems.throwIfAny();
  return { areaValues, refValues };
}

/** Two different values for one area (or reference) and period: which rows, and how to choose. */
function reportConflict(
  { ctx, problems }: BuildState,
  period: string,
  label: string,
  prev: Entry,
  { rec, raw }: Entry,
): void {
  const where = (r: SourceRecord) => (r.line !== undefined ? `line ${r.line}` : (r.path ?? ''));
  const differ = Object.keys({ ...prev.rec.dims, ...rec.dims }).filter(
    (d) => (prev.rec.dims[d] ?? '') !== (rec.dims[d] ?? ''),
  );
  const same =
    prev.rec.area.trim() !== rec.area.trim()
      ? ` ("${prev.rec.area.trim()}" and "${rec.area.trim()}" are the same area)`
      : '';
  problems.add(
    {
      ...at(rec, rec.column ?? ctx.columns.value),
      message: `two values for ${label} in ${period}: ${prev.raw.trim()} (${where(prev.rec)}) and ${raw.trim()} (${where(rec)})${same}`,
      hint: differ.length
        ? `the rows differ in ${differ.join(', ')}; choose one slice with ${shellFlag('filter', `${differ[0]}=${rec.dims[differ[0]] || prev.rec.dims[differ[0]]}`)} (option filter)`
        : prev.rec.line !== undefined && prev.rec.line !== rec.line
          ? 'keep one of the two rows; a table that stacks several blocks (e.g. urban and rural population) must be cut to one block'
          : 'keep one of the two observations',
    },
    'duplicate',
  );
}
