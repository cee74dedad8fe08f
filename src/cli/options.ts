/// <reference types="node" />
/**
 * Command-line options shared by `convert`, `validate` and `inspect`, and their translation into
 * converter options.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Better, LayoutId, Localized } from '../data/types.js';
import { LAYOUTS } from '../data/layouts.js';
import type {
  AreaRule,
  IndicatorOptions,
  ReferenceMapping,
  TargetInput,
} from '../convert/options.js';

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Options that describe how to read an input (shared by every command). */
export const INPUT_OPTIONS: Options = {
  from: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  'name-kk': { type: 'string' },
  'name-ru': { type: 'string' },
  unit: { type: 'string' },
  'unit-kk': { type: 'string' },
  'unit-ru': { type: 'string' },
  better: { type: 'string' },
  decimals: { type: 'string' },
  definition: { type: 'string' },
  notes: { type: 'string' },
  topic: { type: 'string' },
  'topic-kk': { type: 'string' },
  'topic-ru': { type: 'string' },
  'source-name': { type: 'string' },
  'source-url': { type: 'string' },
  licence: { type: 'string' },
  license: { type: 'string' },
  'source-date': { type: 'string' },
  'area-column': { type: 'string' },
  'label-column': { type: 'string' },
  'period-column': { type: 'string' },
  'value-column': { type: 'string' },
  'lower-column': { type: 'string' },
  'upper-column': { type: 'string' },
  'status-column': { type: 'string' },
  'note-column': { type: 'string' },
  'ignore-column': { type: 'string', multiple: true },
  period: { type: 'string' },
  periods: { type: 'string', multiple: true },
  filter: { type: 'string', multiple: true },
  ref: { type: 'string', multiple: true },
  target: { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  'ignore-area': { type: 'string', multiple: true },
  layout: { type: 'string', multiple: true },
  'year-periods': { type: 'boolean' },
  delimiter: { type: 'string' },
  'decimal-mark': { type: 'string' },
  districts: { type: 'boolean' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
};

export const INPUT_HELP = `Reading the input:
  --from csv|wide|sdmx      input layout (default: from the file: SDMX when it has OBS_VALUE or
                            is an SDMX-JSON message, wide when the header has years, else csv)
  --sheet NAME|N            sheet of a .xlsx/.xls workbook, by name or number from 1 (default: the
                            sheet that names most areas)
  --header-row N            row of the table's header in the sheet, as numbered in the
                            spreadsheet (its last row when it spans several; default: found)
  --delimiter CHAR          , ; tab or | (default: detected)
  --decimal-mark , | .      decimal mark of numbers (default: detected)
  --area-column NAME        column (or SDMX dimension) of the areas (default: REF_AREA, GeoCode,
                            Region, Область ...)
  --period-column NAME      column (or SDMX dimension) of the periods (default: Year, TIME_PERIOD ...)
  --value-column NAME       column of the values (default: Value, OBS_VALUE, or the one numeric column)
  --label-column NAME       column with the source's names of the areas (labels reference series)
  --lower-column, --upper-column, --status-column, --note-column NAME
  --ignore-column NAME      leave a column out of the breakdowns (repeatable)
  --period PERIOD           one period for every row (files without a period column)
  --periods RANGE           keep only these periods, e.g. 2010..2019 (repeatable)
  --year-periods            read months and dates as years ("1990-06" -> 1990, UN IGME)
  --filter COL=VALUE        keep one slice of a breakdown, e.g. SEX=F, URBANISATION=R; VALUE may
                            list several as A|B, and an empty VALUE means the total (repeatable).
                            Other breakdowns keep their total (empty cell or _T).
  --map TEXT=CODE[@PERIODS] read an area text as CODE, e.g. "Туркестанская 1=KZ-51@..2016"
  --ref AREA=KIND[:LABEL]   make a source area a reference series: KIND national or comparator,
                            e.g. WLD=comparator:World, KAZ=national (repeatable)
  --ignore-area AREA        leave an area out (repeatable)
  --layout [PERIODS=]LAYOUT state the boundary layout (2022, 2018, pre2018, districts), e.g.
                            2014..2017=pre2018; rows of areas outside it are left out
  --districts               look names up among the 224 districts first

Describing the indicator:
  --id ID                   indicator id (default: from the file name)
  --name TEXT               name (English or any language); --name-kk, --name-ru for Kazakh, Russian
  --unit TEXT               unit; --unit-kk, --unit-ru
  --better higher|lower|neutral   which direction is good news
  --decimals N              display decimals (default: as written in the source, at most 2)
  --definition TEXT, --notes TEXT
  --topic TEXT              topic (Health, Education ...) the explorer groups indicators by;
                            --topic-kk, --topic-ru
  --source-name TEXT        who published the data (required)
  --source-url URL, --licence TEXT, --source-date YYYY[-MM[-DD]]
  --target VALUE[@YEAR][:LABEL]   a target line, e.g. "25@2030:SDG target 3.2"`;

export type Values = Record<string, string | boolean | string[] | undefined>;

const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);
const list = (v: Values[string]) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

function localizedOption(values: Values, key: string): string | Localized | undefined {
  const en = str(values[key]);
  const kk = str(values[`${key}-kk`]);
  const ru = str(values[`${key}-ru`]);
  if (kk === undefined && ru === undefined) return en;
  const out: Localized = {};
  if (en !== undefined) out.en = en;
  if (kk !== undefined) out.kk = kk;
  if (ru !== undefined) out.ru = ru;
  return out;
}

function splitLast(text: string, sep: string, option: string, example: string): [string, string] {
  const i = text.lastIndexOf(sep);
  if (i < 0) throw new UsageError(`--${option} ${JSON.stringify(text)}: expected ${example}`);
  return [text.slice(0, i), text.slice(i + 1)];
}

function splitFirst(text: string, sep: string, option: string, example: string): [string, string] {
  const i = text.indexOf(sep);
  if (i < 0) throw new UsageError(`--${option} ${JSON.stringify(text)}: expected ${example}`);
  return [text.slice(0, i), text.slice(i + 1)];
}

const DELIMITERS: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  semicolon: ';',
  comma: ',',
  pipe: '|',
};

type Out = IndicatorOptions & Record<string, unknown>;

/** Id, names, unit, direction, decimals, texts and topic of the indicator. */
function describingOptions(values: Values, defaultId: string | undefined, out: Out): void {
  const id = str(values.id) ?? defaultId;
  if (id !== undefined) out.id = id;
  const name = localizedOption(values, 'name');
  if (name !== undefined) out.name = name;
  const unit = localizedOption(values, 'unit');
  if (unit !== undefined) out.unit = unit;
  const better = str(values.better);
  if (better !== undefined) {
    if (!['higher', 'lower', 'neutral'].includes(better)) {
      throw new UsageError(`--better ${better}: expected higher, lower or neutral`);
    }
    out.better = better as Better;
  }
  const decimals = str(values.decimals);
  if (decimals !== undefined) {
    if (!/^\d$/.test(decimals))
      throw new UsageError(`--decimals ${decimals}: expected a whole number 0 to 9`);
    out.decimals = Number(decimals);
  }
  if (str(values.definition) !== undefined) out.definition = str(values.definition);
  if (str(values.notes) !== undefined) out.notes = str(values.notes);
  const topic = localizedOption(values, 'topic');
  if (topic !== undefined) out.topic = topic;
}

function sourceOption(values: Values, out: Out): void {
  const sourceName = str(values['source-name']);
  const url = str(values['source-url']);
  const licence = str(values.licence) ?? str(values.license);
  const date = str(values['source-date']);
  if (sourceName !== undefined) {
    out.source = { name: sourceName };
    if (url !== undefined) out.source.url = url;
    if (licence !== undefined) out.source.licence = licence;
    if (date !== undefined) out.source.date = date;
  } else if (url !== undefined || licence !== undefined || date !== undefined) {
    throw new UsageError('--source-url, --licence and --source-date need --source-name');
  }
}

/** `--filter COL=A|B`, repeatable: column -> the slices kept. */
function filterOption(values: Values): Record<string, string[]> {
  const filter: Record<string, string[]> = {};
  for (const f of list(values.filter)) {
    const [col, value] = splitFirst(f, '=', 'filter', 'COLUMN=VALUE, e.g. SEX=F');
    if (!col.trim())
      throw new UsageError(`--filter ${JSON.stringify(f)}: the column name is empty`);
    filter[col.trim()] = [...(filter[col.trim()] ?? []), ...value.split('|')];
  }
  return filter;
}

/** `--ref AREA=KIND[:LABEL]`, repeatable: source areas read as reference series. */
function referencesOption(values: Values): Record<string, ReferenceMapping> {
  const references: Record<string, ReferenceMapping> = {};
  for (const r of list(values.ref)) {
    const [area, rest] = splitFirst(r, '=', 'ref', 'AREA=KIND[:LABEL], e.g. WLD=comparator:World');
    const colon = rest.indexOf(':');
    const kind = (colon < 0 ? rest : rest.slice(0, colon)).trim();
    const label = colon < 0 ? undefined : rest.slice(colon + 1).trim();
    if (kind !== 'national' && kind !== 'comparator') {
      throw new UsageError(
        `--ref ${JSON.stringify(r)}: the kind is national or comparator (targets: --target)`,
      );
    }
    references[area.trim()] = { kind, ...(label ? { label } : {}) };
  }
  return references;
}

/** `--target VALUE[@YEAR][:LABEL]`, repeatable. */
function targetsOption(values: Values): TargetInput[] {
  const targets: TargetInput[] = [];
  for (const t of list(values.target)) {
    // One run of spaces between the parts (two adjacent \s* would backtrack quadratically).
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:@\s*(\d{4})\s*)?(?::(.*))?$/.exec(t);
    if (!m)
      throw new UsageError(
        `--target ${JSON.stringify(t)}: expected VALUE[@YEAR][:LABEL], e.g. "25@2030:SDG target 3.2"`,
      );
    const year = m[2] ? Number(m[2]) : undefined;
    const label = m[3]?.trim() || `Target: ${m[1]}${year ? ` by ${year}` : ''}`;
    targets.push({
      id: targets.length ? `target-${targets.length + 1}` : 'target',
      value: Number(m[1]),
      label,
      ...(year ? { year } : {}),
    });
  }
  return targets;
}

/** `--map TEXT=CODE[@PERIODS]`, repeatable: area texts read as codes. */
function areasOption(values: Values): Record<string, AreaRule[]> {
  const areas: Record<string, AreaRule[]> = {};
  for (const m of list(values.map)) {
    const [text, rest] = splitLast(
      m,
      '=',
      'map',
      'TEXT=CODE[@PERIODS], e.g. "Туркестанская 1=KZ-51@..2016"',
    );
    const [code, periods] = rest.includes('@') ? rest.split('@', 2) : [rest, undefined];
    areas[text] = [
      ...(areas[text] ?? []),
      { code: code.trim(), ...(periods ? { periods: periods.trim() } : {}) },
    ];
  }
  return areas;
}

/** `--layout LAYOUT` for every period, or `--layout PERIODS=LAYOUT` (repeatable). */
function layoutOption(layouts: string[]): IndicatorOptions['layout'] {
  const check = (l: string) => {
    if (!LAYOUTS.includes(l as LayoutId)) {
      throw new UsageError(`--layout: "${l}" is not a layout; layouts: ${LAYOUTS.join(', ')}`);
    }
    return l as LayoutId;
  };
  if (layouts.length === 1 && !layouts[0].includes('=')) return check(layouts[0].trim());
  const byPeriod: Record<string, LayoutId> = {};
  for (const l of layouts) {
    const [range, layout] = splitLast(l, '=', 'layout', 'PERIODS=LAYOUT, e.g. 2014..2017=pre2018');
    byPeriod[range.trim()] = check(layout.trim());
  }
  return byPeriod;
}

/** Decimal mark, district level and delimiter of the input. */
function textOptions(values: Values, out: Out): void {
  if (values['year-periods']) out.periodsToYear = true;
  const mark = str(values['decimal-mark']);
  if (mark !== undefined) {
    if (mark !== ',' && mark !== '.')
      throw new UsageError(`--decimal-mark ${mark}: expected , or .`);
    out.decimalMark = mark;
  }
  if (values.districts) out.level = 'district';
  const delimiter = str(values.delimiter);
  if (delimiter !== undefined) {
    const d = DELIMITERS[delimiter] ?? delimiter;
    if (d.length !== 1)
      throw new UsageError(`--delimiter ${delimiter}: expected one character, or tab`);
    out.delimiter = d;
  }
}

/** Periods kept or given, columns left out, and the columns named for each role. */
function columnOptions(values: Values, out: Out): void {
  const periods = list(values.periods);
  if (periods.length) out.periods = periods;
  const period = str(values.period);
  if (period !== undefined) out.period = period;
  const ignoreColumns = list(values['ignore-column']);
  if (ignoreColumns.length) out.ignoreColumns = ignoreColumns;
  const columns: Record<string, string> = {};
  for (const role of ['area', 'label', 'period', 'value', 'lower', 'upper', 'status', 'note']) {
    const v = str(values[`${role}-column`]);
    if (v !== undefined) columns[role === 'label' ? 'areaLabel' : role] = v;
  }
  if (Object.keys(columns).length) out.columns = columns;
}

/** Converter options from parsed command-line values. */
export function indicatorOptions(values: Values, defaultId?: string): Out {
  const out: Out = {};
  describingOptions(values, defaultId, out);
  sourceOption(values, out);
  const filter = filterOption(values);
  if (Object.keys(filter).length) out.filter = filter;
  const references = referencesOption(values);
  if (Object.keys(references).length) out.references = references;
  const targets = targetsOption(values);
  if (targets.length) out.targets = targets;
  const areas = areasOption(values);
  if (Object.keys(areas).length) out.areas = areas;
  const ignore = list(values['ignore-area']);
  if (ignore.length) out.ignore = ignore;
  const layouts = list(values.layout);
  if (layouts.length) out.layout = layoutOption(layouts);
  textOptions(values, out);
  columnOptions(values, out);
  return out;
}

/** An indicator id from a file name: `kazstat_sdg_3-2-1.csv` -> `kazstat-sdg-3-2-1`. */
export function idFromFile(path: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const id = base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id || undefined;
}
