/**
 * From source records (one per observation, as read from a CSV or an SDMX message) to an
 * indicator document: slicing breakdowns, resolving areas, periods and numbers, checking
 * duplicates and boundary layouts. Shared by every converter, so that all of them report
 * problems the same way.
 */
import type {
  DocumentInput,
  IndicatorInput,
  LayoutId,
  Localized,
  LocalizedInput,
  MissingReason,
  ObservationInput,
  ObservationStatus,
  ReferenceInput,
  ReferenceKind,
  SourceInput,
  ValueInput,
} from '../data/types.js';
import {
  areaInfo,
  bareRegionLabels,
  inferLayout,
  isNational,
  LAYOUT_AREAS,
  resolveArea,
} from '../data/areas.js';
// Converters read district names too (spreadsheets name districts rather than code them).
import '../data/district-names.js';
import { validateIndicators } from '../data/parse.js';
import { ConvertError } from './errors.js';
import { footnoteTexts, readFootnotedArea } from './footnoted-areas.js';
import { splitFootnote } from './footnotes.js';
import { shellFlag, shellQuote } from './shell.js';
import { ProblemList, type ConvertProblem, type ConvertWarning } from './errors.js';
import {
  detectDecimalMark,
  numberDecimals,
  parseCell,
  typicalDecimals,
  writtenDecimals,
  type DecimalMark,
} from './numbers.js';
import { checkRange, matchesRange, normalizePeriod, sortPeriods } from './periods.js';
import type { AreaRule, ConvertResult, IndicatorOptions, ReferenceMapping } from './options.js';

/** One observation as found in the source, before any interpretation. */
export interface SourceRecord {
  /** CSV line (1-based). */
  line?: number;
  /** JSON path in an SDMX-JSON message. */
  path?: string;
  /** Area as written; '' when the area cell is empty (the national value in Open SDG files). */
  area: string;
  /** Period as written. */
  period: string;
  value: string | number | null;
  /** Column of the value cell when it differs between records (the period columns of a wide table). */
  column?: string;
  lower?: string | number | null;
  upper?: string | number | null;
  status?: string;
  note?: string;
  /** Breakdown and other columns (dimension id -> code as written). */
  dims: Record<string, string>;
  /** The source's own name of the area, used to label reference series. */
  areaLabel?: Localized;
}

export interface RecordContext {
  /** Column (or dimension) names, for messages. */
  columns: {
    area: string;
    period: string;
    value: string;
    lower?: string;
    upper?: string;
    status?: string;
    note?: string;
  };
  /** Breakdown columns in source order. */
  dimOrder: string[];
  /** Warnings found while reading. */
  warnings: ConvertWarning[];
  /** Defaults taken from the source itself (SDMX names, units). */
  defaults?: { id?: string; name?: Localized; unit?: Localized };
  /** Hint for a missing period: how to name the period column in this converter. */
  periodHint?: string;
  /** Lines of the source that are not data (titles, footnotes), as written. */
  notes?: string[];
}

export const KAZAKHSTAN: Localized = { en: 'Kazakhstan', kk: 'Қазақстан', ru: 'Казахстан' };

// Row labels of a table total, which in a table of regions is the country as a whole (the
// country's own names and codes are recognised by isNational).
const TOTAL_ROWS = new Set(['total', 'всего', 'итого', 'всего по республике', 'барлығы']);

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

interface RefTarget {
  /** The area text of the source that maps to this reference. */
  key: string;
  id: string;
  kind: ReferenceKind;
  label?: LocalizedInput;
  source?: SourceInput;
}

type Resolution =
  | { kind: 'area'; code: string }
  | { kind: 'ref'; ref: RefTarget }
  | { kind: 'ignore' }
  | { kind: 'unknown'; suggestion?: string; candidates?: string[] };

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function lookup<T>(map: Record<string, T> | undefined, text: string): T | undefined {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, text)) return map[text];
  const key = fold(text);
  for (const k of Object.keys(map)) if (fold(k) === key) return map[k];
  return undefined;
}

function areaName(code: string): string {
  const info = areaInfo(code);
  return info ? `${code} ${info.names.en}` : code;
}

function listValues(values: Iterable<string>, max = 8): string {
  const all = [...values].map((v) => (v === '' ? '(empty)' : v));
  return all.length > max
    ? `${all.slice(0, max).join(', ')} ... (${all.length} values)`
    : all.join(', ');
}

function listLines(lines: number[], max = 5): string {
  if (lines.length <= max) return lines.join(', ');
  return `${lines.slice(0, max).join(', ')} and ${lines.length - max} more`;
}

function at(rec: SourceRecord, column?: string): Pick<ConvertProblem, 'line' | 'column' | 'path'> {
  const out: Pick<ConvertProblem, 'line' | 'column' | 'path'> = {};
  if (rec.line !== undefined) out.line = rec.line;
  if (rec.path !== undefined) out.path = rec.path;
  if (column !== undefined) out.column = column;
  return out;
}

/** Guesses the language of a name written in the source. */
export function localizedFromText(text: string, fallback: 'en' | 'ru' = 'en'): Localized {
  const t = text.trim();
  if (/[әғқңөұүһі]/i.test(t)) return { kk: t };
  if (/[\u0400-\u04ff]/.test(t)) return { ru: t };
  return fallback === 'ru' ? { ru: t } : { en: t };
}

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

function distinct(records: SourceRecord[], dim: string): string[] {
  return [...new Set(records.map((r) => r.dims[dim] ?? ''))];
}

function findColumn(columns: string[], name: string): string | undefined {
  return columns.find((c) => c === name) ?? columns.find((c) => fold(c) === fold(name));
}

/** Reduces breakdowns to one slice: the user's filters, then the total of every other breakdown. */
function slice(
  input: SourceRecord[],
  ctx: RecordContext,
  options: IndicatorOptions,
  problems: ProblemList,
  slices: ConvertResult['slices'],
  warnings: ConvertWarning[],
): SourceRecord[] {
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

  const totals = new Set(options.totals ?? ['', '_T']);
  const tokens = [...totals].map((t) => (t === '' ? 'an empty cell' : t)).join(' or ');
  for (;;) {
    const varying = ctx.dimOrder.filter((d) => !done.has(d) && varies(records, d));
    if (!varying.length) break;
    const withTotal = varying.filter((d) => records.some((r) => totals.has(r.dims[d] ?? '')));
    const pick =
      withTotal.find((d) =>
        records.some((r) => (r.dims[d] ?? '') !== '' && totals.has(r.dims[d])),
      ) ?? withTotal[0];
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
    // Every area and period must have its total: a breakdown without one is an error, and a
    // lone row that is not a total is left out with a warning.
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

interface Entry {
  rec: SourceRecord;
  value: ValueInput;
  raw: string;
}

/**
 * Footnoted labels whose unit did not exist in some of their periods (`Туркестанская 1` with
 * values before 2018): read by the table's footnote, or reported. Labels the user mapped are left.
 */
function readFootnotes(
  records: SourceRecord[],
  ctx: RecordContext,
  level: 'region' | 'district',
  areaRules: Map<string, AreaRule[]>,
  problems: ProblemList,
  warn: (w: ConvertWarning) => void,
): void {
  const byText = new Map<string, { rec: SourceRecord; periods: string[] }>();
  for (const rec of records) {
    if (!splitFootnote(rec.area) || areaRules.has(fold(rec.area))) continue;
    const entry = byText.get(rec.area) ?? { rec, periods: [] };
    entry.periods.push(rec.period);
    byText.set(rec.area, entry);
  }
  if (!byText.size) return;
  const footnotes = footnoteTexts(ctx.notes ?? []);
  for (const [text, { rec, periods }] of byText) {
    const res = resolveArea(splitFootnote(text)!.name, { level, suggest: false });
    if (res.code === null) continue;
    const reading = readFootnotedArea(text, res.code, periods, footnotes);
    if (reading?.kind === 'rules') {
      areaRules.set(fold(text), reading.rules);
      warn({ ...at(rec, ctx.columns.area), code: 'footnote-read', message: reading.note });
    } else if (reading) problems.add({ ...at(rec, ctx.columns.area), ...reading.problem });
  }
}

/** Builds the document from source records; throws a ConvertError listing every problem. */
export function buildDocument(
  input: SourceRecord[],
  ctx: RecordContext,
  options: IndicatorOptions = {},
): ConvertResult {
  const problems = new ProblemList();
  const warnings: ConvertWarning[] = [...ctx.warnings];
  const slices: ConvertResult['slices'] = [];
  const warnOnce = new Set<string>();
  const warn = (w: ConvertWarning, key = `${w.code}|${w.message}`) => {
    if (warnOnce.has(key)) return;
    warnOnce.add(key);
    warnings.push(w);
  };

  if (!input.length) {
    problems.add({ message: 'the input has no observations' });
    problems.throwIfAny();
  }
  const records = slice(input, ctx, options, problems, slices, warnings);

  // ---- areas ----
  const areaRules = new Map<string, AreaRule[]>();
  for (const [text, rule] of Object.entries(options.areas ?? {})) {
    const rules = typeof rule === 'string' ? [{ code: rule }] : rule;
    const checked: AreaRule[] = [];
    for (const r of rules) {
      const bad = r.periods !== undefined ? checkRange(r.periods) : undefined;
      if (bad)
        problems.add({
          message: `areas: "${text}": ${bad}`,
          hint: 'periods are written 2016, 2000..2016 or 2017..',
        });
      const res = resolveArea(r.code);
      if (res.code === null) {
        problems.add({
          message: `areas: "${text}" is mapped to "${r.code}", which is not an area code`,
          hint: res.suggestion
            ? `did you mean ${areaName(res.suggestion)}?`
            : 'use a code such as KZ-11',
        });
      } else checked.push({ ...r, code: res.code });
    }
    areaRules.set(fold(text), checked);
  }
  if (options.layout !== undefined && typeof options.layout !== 'string') {
    for (const range of Object.keys(options.layout)) {
      const bad = checkRange(range);
      if (bad)
        problems.add({
          message: `layout: ${bad}`,
          hint: 'write layout periods as 2014, 2014..2017 or 2018..',
        });
    }
  }
  for (const layout of typeof options.layout === 'string'
    ? [options.layout]
    : Object.values(options.layout ?? {})) {
    if (!(layout in LAYOUT_AREAS)) {
      problems.add(
        {
          message: `layout "${layout}" does not exist`,
          hint: 'layouts: 2022, 2018, pre2018, districts',
        },
        'layout',
      );
    }
  }
  const keepPeriods =
    options.periods === undefined
      ? undefined
      : Array.isArray(options.periods)
        ? options.periods
        : [options.periods];
  for (const range of keepPeriods ?? []) {
    const bad = checkRange(range);
    if (bad)
      problems.add({
        message: `periods: ${bad}`,
        hint: 'write periods as 2015, 2010..2019 or 2018..',
      });
  }
  problems.throwIfAny();
  const ignore = new Set((options.ignore ?? []).map(fold));
  const level = options.level ?? 'region';
  const resolved = new Map<string, Resolution>();
  const report: Record<string, string> = {};
  readFootnotes(records, ctx, level, areaRules, problems, warn);
  problems.throwIfAny();
  // A bare "Almaty" in a table that also lists "Almaty city" is the region.
  const bareRegions = bareRegionLabels(records.map((r) => r.area));

  const refFor = (text: string, rec: SourceRecord, explicitOnly = false): RefTarget | undefined => {
    const mapped = lookup(options.references, text);
    if (mapped !== undefined) {
      const m: ReferenceMapping = typeof mapped === 'string' ? { kind: mapped } : mapped;
      const national = m.kind === 'national';
      return {
        key: text,
        id:
          m.id ??
          (national
            ? 'national'
            : text
                .trim()
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, '-')),
        kind: m.kind,
        label: m.label ?? rec.areaLabel ?? (national ? KAZAKHSTAN : text.trim()),
        source: m.source,
      };
    }
    if (!explicitOnly && (text.trim() === '' || isNational(text) || TOTAL_ROWS.has(fold(text)))) {
      return { key: text, id: 'national', kind: 'national', label: KAZAKHSTAN };
    }
    return undefined;
  };

  const footnoteStripped = (rec: SourceRecord, text: string) =>
    warn({
      ...at(rec, ctx.columns.area),
      code: 'footnote-stripped',
      message: `footnote marker removed from "${text.trim()}"`,
      hint: `read the footnote of the table: if the row covered another territory in some periods, say so with ${shellFlag('map', `${text.trim()}=CODE@PERIODS`)} (option areas)`,
    });

  const resolveText = (text: string, rec: SourceRecord): Resolution => {
    let r = resolved.get(text);
    if (r) return r;
    const explicit = refFor(text, rec, true);
    const ref = explicit ?? (ignore.has(fold(text)) ? undefined : refFor(text, rec));
    if (ref) r = { kind: 'ref', ref };
    else if (ignore.has(fold(text))) r = { kind: 'ignore' };
    else {
      let res = resolveArea(text, bareRegions.has(text) ? { level, bareAs: 'region' } : { level });
      if (res.code === null && !res.candidates) {
        const other = resolveArea(text, {
          level: level === 'region' ? 'district' : 'region',
          suggest: false,
        });
        if (other.code !== null) res = other;
      }
      if (res.code !== null && splitFootnote(text)) footnoteStripped(rec, text);
      if (res.code === null && !res.candidates) {
        const foot = splitFootnote(text);
        const m = foot && [text, foot.name];
        const stripped = m ? resolveArea(m[1], { level, suggest: false }) : undefined;
        const strippedRef = m ? refFor(m[1], rec) : undefined;
        if (m && strippedRef) {
          r = { kind: 'ref', ref: strippedRef };
        } else if (m && stripped && stripped.code !== null) {
          res = stripped;
        }
        if (m && (strippedRef || (stripped && stripped.code !== null))) footnoteStripped(rec, text);
      }
      if (!r) {
        r =
          res.code !== null
            ? { kind: 'area', code: res.code }
            : { kind: 'unknown', suggestion: res.suggestion, candidates: res.candidates };
      }
    }
    resolved.set(text, r);
    report[text] =
      r.kind === 'area'
        ? r.code
        : r.kind === 'ref'
          ? `reference:${r.ref.id}`
          : r.kind === 'ignore'
            ? 'ignored'
            : 'unknown';
    return r;
  };

  // ---- periods ----
  const periodOf = new Map<string, string | null>();
  const periodFirst = new Map<string, SourceRecord>();
  const toPeriod = (rec: SourceRecord): string | null => {
    const raw = rec.period.trim();
    let p = periodOf.get(raw);
    if (p !== undefined) return p;
    const res = normalizePeriod(raw, { toYear: options.periodsToYear });
    if ('error' in res) {
      problems.add(
        {
          ...at(rec, ctx.columns.period),
          message: raw === '' ? 'empty period' : res.error,
          hint: raw === '' ? (ctx.periodHint ?? 'every row needs a period') : undefined,
        },
        'period',
      );
      p = null;
    } else {
      p = res.id;
      if (res.note) {
        warn({ ...at(rec, ctx.columns.period), code: 'period-read', message: res.note });
      }
    }
    periodOf.set(raw, p);
    periodFirst.set(raw, rec);
    return p;
  };

  // First pass: where every record goes.
  type Placed = {
    rec: SourceRecord;
    target: { code: string } | { ref: RefTarget };
    period: string;
  };
  const placed: Placed[] = [];
  const unknown = new Map<string, { rec: SourceRecord; lines: number[]; res: Resolution }>();
  for (const rec of records) {
    const period = toPeriod(rec);
    if (period && keepPeriods && !keepPeriods.some((range) => matchesRange(period, range))) {
      continue;
    }
    const text = rec.area;
    const rules = areaRules.get(fold(text));
    let target: Placed['target'] | undefined;
    if (rules && period) {
      const rule = rules.find((x) => x.periods === undefined || matchesRange(period, x.periods));
      if (rule) {
        target = { code: rule.code };
        report[text] = report[text] ? `${report[text]}; ${rule.code}` : rule.code;
      }
    }
    if (!target) {
      const r = resolveText(text, rec);
      if (r.kind === 'area') target = { code: r.code };
      else if (r.kind === 'ref') target = { ref: r.ref };
      else if (r.kind === 'unknown') {
        const u = unknown.get(text);
        if (u) {
          if (rec.line !== undefined && u.lines[u.lines.length - 1] !== rec.line)
            u.lines.push(rec.line);
        } else unknown.set(text, { rec, lines: rec.line !== undefined ? [rec.line] : [], res: r });
        continue;
      } else continue;
    }
    if (period) placed.push({ rec, target, period });
  }
  const months = new Set(placed.map((x) => x.period));
  if (months.size > 2 && [...months].every((x) => /^\d{4}-\d{2}$/.test(x))) {
    const mm = new Set([...months].map((x) => x.slice(5)));
    if (mm.size === 1) {
      warn({
        column: ctx.columns.period,
        code: 'mid-year-dates',
        message: `every period falls in month ${[...mm][0]}: if these are the reference dates of yearly estimates (as UN IGME writes them), read them as years`,
        hint: '--year-periods (option periodsToYear)',
      });
    }
  }
  for (const [text, { rec, lines, res }] of unknown) {
    if (res.kind !== 'unknown') continue;
    const more = lines.length > 1 ? ` (also on lines ${listLines(lines.slice(1))})` : '';
    let message = `unknown area "${text.trim()}"${more}`;
    if (res.candidates?.length)
      message += `; it fits several areas: ${res.candidates.map(areaName).join(', ')}`;
    else if (res.suggestion) message += `; did you mean ${areaName(res.suggestion)}?`;
    // Upper-case codes that are not Kazakh: ISO 3166 countries (KGZ), aggregates (WLD, WORLD, UNICEF_ECA).
    const foreign = /^[A-Z][A-Z0-9_]{2,}$/.test(text.trim()) && !/^KZ/.test(text.trim());
    problems.add(
      {
        ...at(rec, ctx.columns.area),
        message,
        hint: foreign
          ? `for a country or a group of countries, make it a reference series with ${shellFlag('ref', `${text.trim()}=comparator`)} (option references), or leave it out with ${shellFlag('ignore-area', text.trim())} (option ignore)`
          : `write a code such as KZ-11, or map the text with ${shellFlag('map', `${text.trim()}=KZ-..`)} (option areas)`,
      },
      `area:${text}`,
    );
  }
  // Unknown areas are reported together with the number problems below.

  // ---- numbers ----
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
  const number = (
    rec: SourceRecord,
    v: string | number | null | undefined,
    column: string | undefined,
  ): { value?: number | null; reason?: MissingReason; raw: string } | undefined => {
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

  const areaValues = new Map<string, Map<string, Entry>>();
  const refValues = new Map<string, { ref: RefTarget; values: Map<string, Entry> }>();
  const duplicates: string[] = [];
  for (const p of placed) {
    const { rec } = p;
    const v = number(rec, rec.value, rec.column ?? ctx.columns.value);
    if (!v || v.value === undefined) continue;
    const lo = number(rec, rec.lower, ctx.columns.lower);
    const hi = number(rec, rec.upper, ctx.columns.upper);
    const obs: ObservationInput = { value: v.value };
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
    const plain = Object.keys(obs).length === 1;
    const value: ValueInput = plain ? obs.value : obs;
    const entry: Entry = { rec, value, raw: v.raw };

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
    if (!prev) {
      bucket.set(p.period, entry);
      continue;
    }
    if (JSON.stringify(prev.value) === JSON.stringify(value)) {
      duplicates.push(rec.line !== undefined ? String(rec.line) : (rec.path ?? ''));
      continue;
    }
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
        message: `two values for ${label} in ${p.period}: ${prev.raw.trim()} (${where(prev.rec)}) and ${v.raw.trim()} (${where(rec)})${same}`,
        hint: differ.length
          ? `the rows differ in ${differ.join(', ')}; choose one slice with ${shellFlag('filter', `${differ[0]}=${rec.dims[differ[0]] || prev.rec.dims[differ[0]]}`)} (option filter)`
          : prev.rec.line !== undefined && prev.rec.line !== rec.line
            ? 'keep one of the two rows; a table that stacks several blocks (e.g. urban and rural population) must be cut to one block'
            : 'keep one of the two observations',
      },
      'duplicate',
    );
  }
  if (duplicates.length) {
    warn({
      code: 'duplicate-rows',
      message: `${duplicates.length} rows repeat an observation with the same value and were skipped (${listValues(duplicates, 5)})`,
    });
  }
  problems.throwIfAny();

  // ---- layouts ----
  const periods = new Map<string, string[]>();
  for (const [code, byPeriod] of areaValues) {
    for (const period of byPeriod.keys()) {
      const list = periods.get(period) ?? [];
      list.push(code);
      periods.set(period, list);
    }
  }
  const stated = options.layout;
  const statedFor = (period: string): LayoutId | undefined => {
    if (stated === undefined) return undefined;
    if (typeof stated === 'string') return stated;
    for (const [range, layout] of Object.entries(stated))
      if (matchesRange(period, range)) return layout;
    return undefined;
  };
  const layoutOut: Record<string, LayoutId> = {};
  const dropped = new Map<string, { codes: string[]; periods: string[] }>();
  const conflicts = new Map<string, { periods: string[]; codes: string[]; layouts: LayoutId[] }>();
  for (const period of sortPeriods(periods.keys())) {
    const codes = periods.get(period)!;
    const layout = statedFor(period);
    if (layout) {
      layoutOut[period] = layout;
      const members = new Set(LAYOUT_AREAS[layout]);
      const out = codes.filter((c) => !members.has(c)).sort();
      if (out.length) {
        for (const c of out) areaValues.get(c)!.delete(period);
        const key = `${layout}|${out.join(',')}`;
        const d = dropped.get(key) ?? { codes: out, periods: [] };
        d.periods.push(period);
        dropped.set(key, d);
      }
      continue;
    }
    const inferred = inferLayout(codes);
    if ('conflict' in inferred) {
      const key = `${inferred.conflict.codes.join(',')}|${inferred.conflict.layouts.join(',')}`;
      const c = conflicts.get(key) ?? { ...inferred.conflict, periods: [] };
      c.periods.push(period);
      conflicts.set(key, c);
    }
  }
  for (const [key, d] of dropped) {
    const layout = key.split('|')[0];
    warn({
      code: 'rows-dropped',
      message: `left out ${d.codes.map(areaName).join(', ')} in ${listValues(d.periods, 12)}: not part of the stated layout ${layout}`,
    });
  }
  for (const c of conflicts.values()) {
    const byLayout = (layout: LayoutId) =>
      c.codes.filter((code) => areaInfo(code)?.layouts.includes(layout));
    const layoutName = (l: LayoutId) => (l === 'pre2018' ? 'before 2018' : `layout ${l}`);
    const detail = c.layouts
      .map((l) =>
        byLayout(l).length
          ? `${byLayout(l).join(', ')} (${layoutName(l)})`
          : `other areas (${layoutName(l)})`,
      )
      .join(' with ');
    const keep = c.layouts[c.layouts.length - 1];
    const kept = byLayout(keep);
    const range =
      c.periods.length > 1 ? `${c.periods[0]}..${c.periods[c.periods.length - 1]}` : c.periods[0];
    problems.add({
      message: `${c.periods.length > 1 ? 'periods' : 'period'} ${c.periods.join(', ')} ${c.periods.length > 1 ? 'mix' : 'mixes'} boundary layouts: ${detail}`,
      hint: `state the layout of these periods: ${shellFlag('layout', `${range}=${keep}`)} (option layout) keeps ${kept.length ? kept.join(', ') : `the areas of layout ${keep}`} and leaves out the others`,
    });
  }
  problems.throwIfAny();

  // ---- the indicator ----
  const id = options.id ?? ctx.defaults?.id ?? 'indicator';
  const name = options.name ?? ctx.defaults?.name;
  const unit = options.unit ?? ctx.defaults?.unit;
  if (name === undefined || (typeof name === 'string' && !name.trim())) {
    problems.add({
      message: 'no indicator name',
      hint: 'give the name: --name, --name-kk, --name-ru (option name)',
    });
  }
  if (!options.source) {
    problems.add({
      message: 'no source',
      hint: 'give the source: its name, and best also its URL and licence: --source-name, --source-url, --licence (option source)',
    });
  }
  const values: Record<string, Record<string, ValueInput>> = {};
  const decimalsSeen: number[] = [];
  const countDecimals = (e: Entry) => {
    if (typeof e.rec.value === 'string') decimalsSeen.push(writtenDecimals(e.rec.value, mark));
    else if (typeof e.rec.value === 'number') decimalsSeen.push(numberDecimals(e.rec.value));
  };
  for (const code of [...areaValues.keys()].sort()) {
    const byPeriod = areaValues.get(code)!;
    if (!byPeriod.size) continue;
    const row: Record<string, ValueInput> = {};
    for (const period of sortPeriods(byPeriod.keys())) {
      const e = byPeriod.get(period)!;
      row[period] = e.value;
      countDecimals(e);
    }
    values[code] = row;
  }
  if (!decimalsSeen.length)
    for (const slot of refValues.values()) slot.values.forEach(countDecimals);

  const references: ReferenceInput[] = [];
  // National first, then in the order the references option lists them, then as found.
  const mappingOrder = Object.keys(options.references ?? {}).map(fold);
  const rank = (r: RefTarget) => {
    const i = mappingOrder.indexOf(fold(r.key));
    return i < 0 ? mappingOrder.length : i;
  };
  const refs = [...refValues.values()]
    .map((slot, i) => ({ ...slot, i }))
    .sort(
      (a, b) =>
        Number(b.ref.kind === 'national') - Number(a.ref.kind === 'national') ||
        rank(a.ref) - rank(b.ref) ||
        a.i - b.i,
    );
  for (const { ref, values: byPeriod } of refs) {
    const series: Record<string, ValueInput> = {};
    for (const period of sortPeriods(byPeriod.keys())) series[period] = byPeriod.get(period)!.value;
    const out: ReferenceInput = {
      id: ref.id,
      kind: ref.kind,
      label: ref.label ?? ref.id,
      values: series,
    };
    if (ref.source) out.source = ref.source;
    references.push(out);
  }
  for (const target of options.targets ?? []) {
    const out: ReferenceInput = {
      id: target.id ?? 'target',
      kind: 'target',
      label: target.label,
      value: target.value,
    };
    if (target.year !== undefined) out.year = target.year;
    if (target.source) out.source = target.source;
    references.push(out);
  }
  if (!Object.keys(values).length && !refValues.size) {
    problems.add({
      message: 'no observations left to convert',
      hint: slices.length
        ? `the rows kept were: ${slices.map((s) => `${s.column}=${listValues(s.kept)}`).join(', ')}; check --filter`
        : 'check that the value cells hold numbers',
    });
  }
  problems.throwIfAny();

  const indicator: IndicatorInput = {
    id,
    name: name!,
    ...(unit !== undefined ? { unit } : {}),
    decimals: options.decimals ?? typicalDecimals(decimalsSeen),
    ...(options.better ? { better: options.better } : {}),
    source: options.source!,
    ...(options.definition !== undefined ? { definition: options.definition } : {}),
    ...(options.notes !== undefined ? { notes: options.notes } : {}),
    ...(options.topic !== undefined ? { topic: options.topic } : {}),
    ...layoutFieldOf(stated, layoutOut, Object.keys(values).length > 0),
    values,
    ...(references.length ? { references } : {}),
  };
  const document: DocumentInput = { format: 'kz-indicators/1', indicators: [indicator] };
  // The result must be a valid document: the parser has the last word.
  const check = validateIndicators(document);
  if (!check.dataset) {
    throw new ConvertError(
      check.problems.map((q) => ({
        path: q.path,
        message: `in the converted document: ${q.message}`,
        hint: q.hint,
      })),
    );
  }
  for (const w of check.warnings) warnings.push({ path: w.path, code: w.code, message: w.message });
  return { document, warnings, slices, areas: report };
}

function layoutFieldOf(
  stated: IndicatorOptions['layout'],
  perPeriod: Record<string, LayoutId>,
  hasAreas: boolean,
): Pick<IndicatorInput, 'layout'> {
  if (!stated || !hasAreas) return {};
  if (typeof stated === 'string') return { layout: stated };
  const ordered: Record<string, LayoutId> = {};
  for (const period of sortPeriods(Object.keys(perPeriod))) ordered[period] = perPeriod[period];
  return Object.keys(ordered).length ? { layout: ordered } : {};
}
