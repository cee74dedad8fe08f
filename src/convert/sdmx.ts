/**
 * SDMX data messages: SDMX-JSON 1.0 and 2.0 (series, flat and cross-section structures), the
 * legacy OECD.Stat SDMX-JSON that predates 1.0, and SDMX-CSV (with codes, labels in separate
 * columns as the UNICEF Data Warehouse writes them, or "ID: label" cells). Each is first read into
 * a flat table of observations (`readSdmx`: `sdmx-json.ts`, `sdmx-csv.ts`), then converted like
 * any other source (`convertSdmx`).
 */
import type { Localized } from '../data/types.js';
import { buildDocument, type SourceRecord } from './build.js';
import { ConvertError, type ConvertProblem } from './errors.js';
import type { ConvertResult, IndicatorOptions } from './options.js';
import { parseJsonText } from './json.js';
import { readSdmxCsv } from './sdmx-csv.js';
import { readSdmxJson } from './sdmx-json.js';
import { isTable, type SdmxComponent, type SdmxObservation, type SdmxTable } from './sdmx-table.js';

export { readSdmxCsv, readSdmxJson };
export type {
  SdmxValue,
  SdmxComponent,
  SdmxObservation,
  SdmxFormat,
  SdmxTable,
} from './sdmx-table.js';

export interface SdmxOptions extends IndicatorOptions {
  /** Dimension holding the areas; default: the one with role REF_AREA, or REF_AREA. */
  area?: string;
  /** Dimension holding the periods; default: role TIME_PERIOD, or TIME_PERIOD / TIME. */
  time?: string;
  /** The period of every observation, for messages without a time dimension. */
  period?: string;
}

/** Reads an SDMX message given as text (JSON or CSV) or as parsed JSON. */
export function readSdmx(input: string | unknown): SdmxTable {
  if (typeof input !== 'string') return readSdmxJson(input);
  const text = input.replace(/^\ufeff/, '');
  if (/^\s*[{[]/.test(text)) return readSdmxJson(parseJsonText(text));
  return readSdmxCsv(text);
}

const AREA_DIMS = ['REF_AREA', 'LOCATION', 'COUNTRY', 'GEO', 'REF_AREA_CODE'];
const TIME_DIMS = ['TIME_PERIOD', 'TIME', 'YEAR'];

function pick(list: SdmxComponent[], given: string | undefined, role: string, ids: string[]) {
  if (given !== undefined)
    return (
      list.find((c) => c.id === given) ??
      list.find((c) => c.id.toLowerCase() === given.toLowerCase())
    );
  return list.find((c) => c.role === role) ?? list.find((c) => ids.includes(c.id));
}

/** The area and time dimensions of the table; every problem finding them is thrown at once. */
function placeDimensions(table: SdmxTable, options: SdmxOptions) {
  const problems: ConvertProblem[] = [];
  const where = table.format === 'sdmx-csv' ? {} : { path: 'structure.dimensions' };
  const ids = table.dimensions.map((d) => d.id).join(', ');
  const areaDim = pick(table.dimensions, options.area, 'REF_AREA', AREA_DIMS);
  const timeDim = pick(table.dimensions, options.time, 'TIME_PERIOD', TIME_DIMS);
  if (!areaDim) {
    problems.push({
      ...where,
      message: options.area
        ? `there is no dimension "${options.area}"`
        : 'no area dimension (REF_AREA, or a dimension with that role)',
      hint: `dimensions: ${ids}; name the one holding the areas: --area-column (option area)`,
    });
  }
  if (!timeDim && options.period === undefined) {
    const legacy =
      table.format === 'sdmx-json-legacy'
        ? 'this legacy OECD.Stat message (older than SDMX-JSON 1.0) has '
        : '';
    problems.push({
      ...where,
      message: options.time
        ? `there is no dimension "${options.time}"`
        : `${legacy}no time dimension (TIME_PERIOD)`,
      hint: `dimensions: ${ids}; name the time dimension: --period-column (option time), or give one period for all observations: --period (option period)`,
    });
  }
  if (!table.observations.length) problems.push({ message: 'the message holds no observations' });
  if (problems.length) throw new ConvertError(problems);
  return { areaDim: areaDim!, timeDim };
}

/** What turns an observation into a record: the dimensions' roles and the areas' labels. */
interface RecordPlan {
  area: string;
  time: string | undefined;
  others: string[];
  labels: Map<string, Localized>;
  period: string | undefined;
}

/** An observation as a source record of `buildDocument`. */
function recordOf(obs: SdmxObservation, plan: RecordPlan): SourceRecord {
  const dims: Record<string, string> = {};
  for (const id of plan.others) dims[id] = obs.key[id] ?? '';
  const rec: SourceRecord = {
    area: obs.key[plan.area] ?? '',
    period: plan.period ?? obs.key[plan.time!] ?? '',
    value: obs.value,
    dims,
  };
  if (obs.path !== undefined) rec.path = obs.path;
  if (obs.line !== undefined) rec.line = obs.line;
  const a = obs.attributes;
  if (a.LOWER_BOUND !== undefined) rec.lower = a.LOWER_BOUND;
  if (a.UPPER_BOUND !== undefined) rec.upper = a.UPPER_BOUND;
  if (a.OBS_STATUS !== undefined) rec.status = a.OBS_STATUS;
  const note = a.COMMENT_OBS ?? a.OBS_FOOTNOTE;
  if (note !== undefined) rec.note = note;
  const label = plan.labels.get(rec.area);
  if (label && Object.keys(label).length) rec.areaLabel = label;
  return rec;
}

/** Id, name and unit the table itself suggests (one INDICATOR, one UNIT_MEASURE). */
function defaultsOf(table: SdmxTable) {
  const single = (id: string): Localized | undefined => {
    const comp = [...table.dimensions, ...table.attributes].find((c) => c.id === id);
    if (!comp || comp.values.length !== 1) return undefined;
    const name = comp.values[0].name;
    return Object.keys(name).length ? name : undefined;
  };
  const indicatorDim = table.dimensions.find((d) => d.id === 'INDICATOR');
  const id =
    indicatorDim?.values.length === 1
      ? indicatorDim.values[0].id.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : undefined;
  return { id, name: single('INDICATOR') ?? table.name, unit: single('UNIT_MEASURE') };
}

/** Converts an SDMX message (text, parsed JSON, or a table from `readSdmx`) to an indicator document. */
export function convertSdmx(input: string | unknown, options: SdmxOptions = {}): ConvertResult {
  const table: SdmxTable = isTable(input) ? input : readSdmx(input);
  const { areaDim, timeDim } = placeDimensions(table, options);
  const others = table.dimensions.filter((d) => d !== areaDim && d !== timeDim).map((d) => d.id);
  const plan: RecordPlan = {
    area: areaDim.id,
    time: timeDim?.id,
    others,
    labels: new Map(areaDim.values.map((v) => [v.id, v.name])),
    period: options.period,
  };
  const records = table.observations.map((obs) => recordOf(obs, plan));
  return buildDocument(
    records,
    {
      columns: {
        area: areaDim.id,
        period: timeDim?.id ?? 'period',
        value: 'OBS_VALUE',
        lower: 'LOWER_BOUND',
        upper: 'UPPER_BOUND',
        status: 'OBS_STATUS',
      },
      dimOrder: others,
      warnings: [],
      defaults: defaultsOf(table),
    },
    options,
  );
}
