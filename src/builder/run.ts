/**
 * From what the editor loaded and chose to a document: the same converters as the CLI, with the
 * choices of the Check and Describe steps as their options. No DOM here.
 */
import type { DocumentInput, IndicatorInput, Lang, LocalizedInput } from '../data/types.js';
import { validateIndicators } from '../data/parse.js';
import { resolveArea, type AreaResolution } from '../data/areas.js';
import { convertCsv } from '../convert/long.js';
import { convertWideCsv, findWideHeader } from '../convert/wide.js';
import { convertSdmx } from '../convert/sdmx.js';
import { readDelimited } from '../convert/csv.js';
import { parseJsonText } from '../convert/json.js';
import { ConvertError, type ConvertProblem, type ConvertWarning } from '../convert/errors.js';
import type { AreaRule, ConvertResult, IndicatorOptions, TargetInput } from '../convert/options.js';
import type { Workbook } from '../convert/spreadsheet.js';
import { findSheetTable, pickSheet, type SheetTable } from '../convert/sheet-table.js';
import { convertSheet } from '../convert/workbook.js';
import type { BuilderState, Description, ReadChoices } from './state.js';

export type Layout = 'wide' | 'long' | 'sdmx' | 'document';

/** A loaded input, ready to convert again whenever a choice changes. */
export type Source =
  | { kind: 'text'; name: string; text: string }
  | { kind: 'workbook'; name: string; book: Workbook }
  | { kind: 'json'; name: string; json: unknown };

export interface Unmatched {
  text: string;
  line?: number;
  resolution: AreaResolution;
}

/** A fix the converter's hint spells out as `--map` options, applied in one click. */
export interface AreaFix {
  /** `TEXT=CODE@PERIODS`, as the CLI's --map. */
  maps: string[];
}

export interface Outcome {
  layout: Layout;
  result?: ConvertResult;
  table?: SheetTable;
  sheets?: string[];
  /** Column headers of a table, for the choice of columns. */
  columns: string[];
  document?: DocumentInput;
  problems: ConvertProblem[];
  unmatched: Unmatched[];
  /** Per problem (same index), the --map fix its hint gives, if any. */
  fixes?: (AreaFix | undefined)[];
  warnings: ConvertWarning[];
}

const UNKNOWN_AREA = /^unknown area "(.*?)"(?:$|; | \(also on)/;

/** Guesses the layout of a text: JSON (SDMX or document), SDMX-CSV, wide or long. */
export function sniffText(text: string): Exclude<Layout, 'document'> | 'json' {
  if (/^\s*[{[]/.test(text)) return 'json';
  const head = text.split(/\r\n|\n|\r/, 60).join('\n');
  try {
    const table = readDelimited(head);
    const rows = [table.header, ...table.rows];
    if (table.header.some((h) => /^OBS_VALUE(:|$)/.test(h.trim()))) return 'sdmx';
    return findWideHeader(rows) >= 0 ? 'wide' : 'long';
  } catch {
    return 'long';
  }
}

const localized = (texts: Record<Lang, string>): LocalizedInput | undefined => {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of ['en', 'kk', 'ru'] as const)
    if (texts[lang].trim()) out[lang] = texts[lang].trim();
  return Object.keys(out).length ? out : undefined;
};

/** `25@2030:SDG target 3.2`, one per line, as the CLI's --target. */
export function parseTargets(text: string): TargetInput[] {
  const out: TargetInput[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(-?[\d.]+)\s*(?:@\s*(\d{4}))?\s*(?::\s*(.*))?$/.exec(line);
    if (!m || !line.trim()) continue;
    const value = Number(m[1]);
    if (!Number.isFinite(value)) continue;
    out.push({
      value,
      ...(m[2] ? { year: Number(m[2]) } : {}),
      label: m[3]?.trim() || `Target ${m[1]}`,
    });
  }
  return out;
}

/** The converter options of the Check and Describe choices. */
export function converterOptions(read: ReadChoices, d: Description): IndicatorOptions {
  const areas: Record<string, string | AreaRule[]> = {};
  const ignore: string[] = [];
  const references: Record<string, 'national' | 'comparator'> = {};
  for (const [text, choice] of Object.entries(read.areas)) {
    if (choice === 'ignore') ignore.push(text);
    else if (choice === 'national' || choice === 'comparator') references[text] = choice;
    else if (choice) areas[text] = areaRules(choice);
  }
  const options: IndicatorOptions = { id: d.id.trim() || 'indicator' };
  const name = localized(d.name);
  if (name) options.name = name;
  const unit = localized(d.unit);
  if (unit) options.unit = unit;
  if (d.better) options.better = d.better;
  if (/^\d$/.test(d.decimals)) options.decimals = Number(d.decimals);
  if (d.topic.trim()) options.topic = d.topic.trim();
  if (d.sourceName.trim()) {
    options.source = { name: d.sourceName.trim() };
    if (d.sourceUrl.trim()) options.source.url = d.sourceUrl.trim();
    if (d.licence.trim()) options.source.licence = d.licence.trim();
    if (d.sourceDate.trim()) options.source.date = d.sourceDate.trim();
  }
  const targets = parseTargets(d.targets);
  if (targets.length) options.targets = targets;
  if (Object.keys(areas).length) options.areas = areas;
  if (ignore.length) options.ignore = ignore;
  if (Object.keys(references).length) options.references = references;
  if (read.periods?.trim()) options.periods = read.periods.trim();
  const filter = Object.entries(read.filter).filter(([, v]) => v !== undefined);
  if (filter.length) options.filter = Object.fromEntries(filter);
  return options;
}

const MAP_OPTION = /--map (?:'((?:[^']|'\\'')*)'|"([^"]*)")/g;

/** The `--map` options a problem's hint proposes (e.g. for a footnoted area). */
export function fixesOf(problems: ConvertProblem[]): (AreaFix | undefined)[] {
  return problems.map((p) => {
    const maps = [...(p.hint ?? '').matchAll(MAP_OPTION)]
      .map((m) => m[1]?.replace(/'\\''/g, "'") ?? m[2])
      .filter((m) => /@/.test(m) && !/=KZ-\.\.$/.test(m));
    return maps.length ? { maps } : undefined;
  });
}

/** Area choices as converter rules: `KZ-51@..2016;KZ-61@2017..` reads by period. */
export function areaRules(choice: string): string | AreaRule[] {
  if (!choice.includes('@')) return choice;
  return choice.split(';').map((rule) => {
    const [code, periods] = rule.split('@');
    return periods ? { code: code.trim(), periods: periods.trim() } : { code: code.trim() };
  });
}

function unmatchedOf(problems: ConvertProblem[]): Unmatched[] {
  const out: Unmatched[] = [];
  for (const p of problems) {
    const m = UNKNOWN_AREA.exec(p.message);
    if (m) out.push({ text: m[1], line: p.line, resolution: resolveArea(m[1]) });
  }
  return out;
}

function convertTable(source: Source, state: BuilderState, options: IndicatorOptions) {
  const { read } = state;
  if (source.kind === 'json') return convertSdmx(source.json, options);
  if (source.kind === 'workbook') return undefined;
  const layout = sniffText(source.text);
  if (layout === 'sdmx')
    return convertSdmx(source.text, { ...options, area: read.areaColumn, time: read.periodColumn });
  if (layout === 'wide')
    return convertWideCsv(source.text, { ...options, areaColumn: read.areaColumn });
  return convertCsv(source.text, {
    ...options,
    period: read.period?.trim() || undefined,
    columns: {
      ...(read.areaColumn ? { area: read.areaColumn } : {}),
      ...(read.periodColumn ? { period: read.periodColumn } : {}),
      ...(read.valueColumn ? { value: read.valueColumn } : {}),
    },
  });
}

function columnsOf(text: string): string[] {
  try {
    const layout = sniffText(text);
    const table = readDelimited(text.split(/\r\n|\n|\r/, 80).join('\n'), {
      headerRow: layout === 'wide' ? (rows) => Math.max(0, findWideHeader(rows)) : 0,
      allowEmptyNames: true,
    });
    return table.header;
  } catch {
    return [];
  }
}

/** An outcome with nothing found yet. */
const emptyOutcome = (layout: Layout, columns: string[] = []): Outcome => ({
  layout,
  columns,
  problems: [],
  unmatched: [],
  warnings: [],
});

/** A kz-indicators document as loaded: its first indicator, described again by the editor. */
function fromDocument(json: unknown, d: Description): Outcome {
  const doc = json as DocumentInput;
  const valid = validateIndicators(json);
  const base = emptyOutcome('document');
  if (!valid.dataset)
    return { ...base, problems: valid.problems.map((e) => ({ path: e.path, message: e.message })) };
  const first: IndicatorInput = { ...doc.indicators[0] };
  const options = converterOptions({ areas: {}, filter: {} }, d);
  if (d.id.trim()) first.id = d.id.trim();
  if (options.name) first.name = options.name;
  if (options.unit) first.unit = options.unit;
  if (options.better) first.better = options.better;
  if (options.source) first.source = options.source;
  if (options.topic) first.topic = options.topic;
  return { ...base, document: { format: 'kz-indicators/1', indicators: [first] } };
}

/** Pasted JSON: an SDMX-JSON message is converted, anything else read as a document. */
function fromPastedJson(source: Source & { kind: 'text' }, state: BuilderState): Promise<Outcome> {
  let json: unknown;
  try {
    json = parseJsonText(source.text);
  } catch (e) {
    const problems = e instanceof ConvertError ? e.problems : [{ message: String(e) }];
    return Promise.resolve({ ...emptyOutcome('document'), problems });
  }
  const keys = typeof json === 'object' && json !== null ? Object.keys(json) : [];
  if (!keys.includes('indicators') && ['data', 'dataSets'].some((k) => keys.includes(k)))
    return run({ kind: 'json', name: source.name, json }, state);
  return Promise.resolve(fromDocument(json, state.describe));
}

/**
 * A workbook: its table is found first, so that the sheet and header choices show even when
 * converting fails.
 */
function fromWorkbook(
  source: Source & { kind: 'workbook' },
  state: BuilderState,
  options: IndicatorOptions,
  base: Outcome,
): Outcome {
  const { read } = state;
  base.sheets = source.book.sheets.map((s) => s.name);
  base.table = findSheetTable(pickSheet(source.book, read.sheet || undefined), {
    headerRow: read.headerRow || undefined,
    areaColumn: read.areaColumn || undefined,
  });
  base.columns = base.table.header;
  base.layout = base.table.layout;
  const result = convertSheet(source.book, {
    ...options,
    sheet: read.sheet || undefined,
    headerRow: read.headerRow || undefined,
    period: read.period?.trim() || undefined,
    columns: {
      ...(read.areaColumn ? { area: read.areaColumn } : {}),
      ...(read.valueColumn ? { value: read.valueColumn } : {}),
    },
  });
  return {
    ...base,
    layout: result.table.layout,
    result,
    table: result.table,
    sheets: result.sheets,
    columns: result.table.header,
    document: result.document,
    warnings: result.warnings,
  };
}

/** Converts the loaded input with the current choices. Never throws for bad input. */
export async function run(source: Source, state: BuilderState): Promise<Outcome> {
  const options = converterOptions(state.read, state.describe);
  // Until the editor names the indicator, the id stands in, so that the table can be checked.
  options.name ??= options.id;
  // Likewise the source: required before publishing (step 3), not before checking the table.
  options.source ??= { name: '–' };
  if (source.kind === 'text' && sniffText(source.text) === 'json') {
    return fromPastedJson(source, state);
  }
  const layout: Layout =
    source.kind === 'workbook'
      ? 'wide'
      : source.kind === 'json'
        ? 'sdmx'
        : (sniffText(source.text) as Exclude<Layout, 'document'>);
  const base = emptyOutcome(layout, source.kind === 'text' ? columnsOf(source.text) : []);
  try {
    if (source.kind === 'workbook') return fromWorkbook(source, state, options, base);
    const result = convertTable(source, state, options)!;
    return { ...base, result, document: result.document, warnings: result.warnings };
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    return {
      ...base,
      problems: e.problems,
      unmatched: unmatchedOf(e.problems),
      fixes: fixesOf(e.problems),
    };
  }
}
