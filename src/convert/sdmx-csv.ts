/**
 * SDMX-CSV (1.0 or 2.0) read into a flat table of observations: with codes, with labels in
 * separate columns as the UNICEF Data Warehouse writes them, or with "ID: label" cells.
 */
import { readDelimited } from './csv.js';
import { ConvertError } from './errors.js';
import type { SdmxComponent, SdmxObservation, SdmxTable } from './sdmx-table.js';

// Attributes of SDMX-CSV files: never breakdowns (the CSV does not say which columns are dimensions).
const CSV_ATTRIBUTES = new Set([
  'OBS_STATUS',
  'OBS_CONF',
  'OBS_FOOTNOTE',
  'COMMENT_OBS',
  'UNIT_MULT',
  'LOWER_BOUND',
  'UPPER_BOUND',
  'COUNTRY_NOTES',
  'REF_PERIOD',
  'TIME_FORMAT',
  'DECIMALS',
  'SOURCE_LINK',
  'SERIES_FOOTNOTE',
  'TITLE',
]);
const CODE = /^[A-Z][A-Z0-9_]*$/;
const NOT_COMPONENTS = new Set(['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'OBS_VALUE']);

/** "ID: label" -> id and label; any other cell is an id alone. */
function splitCell(cell: string): { id: string; label: string | undefined } {
  const m = /^([A-Za-z0-9_@$.-]+): (.*)$/s.exec(cell);
  return m ? { id: m[1], label: m[2] } : { id: cell, label: undefined };
}

/** The columns of an SDMX-CSV header: which hold components, and which hold their labels. */
interface CsvColumns {
  header: string[];
  cols: { id: string; label: string | undefined }[];
  /** Columns holding a component, in order. */
  componentIdx: number[];
  /** Column of a component -> column of its labels. */
  labelOf: Map<number, number>;
  /** Component id -> the component, and the value ids seen so far. */
  byId: Map<string, { comp: SdmxComponent; seen: Set<string> }>;
  dims: SdmxComponent[];
  attrs: SdmxComponent[];
}

function checkHeader(cols: { id: string }[], headerLine: number): void {
  if (!cols.some((c) => c.id === 'TIME_PERIOD') && !cols.some((c) => c.id === 'OBS_VALUE')) {
    throw new ConvertError([
      {
        line: headerLine,
        message: 'not SDMX-CSV: the header has neither TIME_PERIOD nor OBS_VALUE',
        hint: 'convert it as a plain CSV instead',
      },
    ]);
  }
  if (!cols.some((c) => c.id === 'OBS_VALUE')) {
    throw new ConvertError([{ line: headerLine, message: 'SDMX-CSV without an OBS_VALUE column' }]);
  }
}

function columnsOf(header: string[]): CsvColumns {
  const cols = header.map((h) => splitCell(h));
  // A column that is not a code (e.g. "Geographic area") holds the labels of the column before it.
  const labelOf = new Map<number, number>();
  const componentIdx: number[] = [];
  cols.forEach((c, i) => {
    if (CODE.test(c.id)) componentIdx.push(i);
    else if (componentIdx.length) labelOf.set(componentIdx[componentIdx.length - 1], i);
  });
  const columns: CsvColumns = {
    header,
    cols,
    componentIdx,
    labelOf,
    byId: new Map(),
    dims: [],
    attrs: [],
  };
  for (const i of componentIdx) {
    const id = cols[i].id;
    if (NOT_COMPONENTS.has(id)) continue;
    const comp: SdmxComponent = {
      id,
      name: cols[i].label
        ? { en: cols[i].label }
        : labelOf.has(i)
          ? { en: header[labelOf.get(i)!] }
          : {},
      values: [],
      ...(id === 'TIME_PERIOD'
        ? { role: 'TIME_PERIOD' }
        : id === 'REF_AREA'
          ? { role: 'REF_AREA' }
          : {}),
    };
    (CSV_ATTRIBUTES.has(id) ? columns.attrs : columns.dims).push(comp);
    columns.byId.set(id, { comp, seen: new Set() });
  }
  return columns;
}

/** One row as an observation; values not seen before are added to their component. */
function observationOf(
  row: string[],
  line: number,
  columns: CsvColumns,
  valueIdx: number,
): SdmxObservation {
  const { cols, componentIdx, labelOf, byId } = columns;
  const key: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  for (const i of componentIdx) {
    const entry = byId.get(cols[i].id);
    if (!entry) continue;
    const cell = splitCell(row[i].trim());
    const label = cell.label ?? (labelOf.has(i) ? row[labelOf.get(i)!].trim() : undefined);
    if (!entry.seen.has(cell.id)) {
      entry.seen.add(cell.id);
      entry.comp.values.push({ id: cell.id, name: label ? { en: label } : {} });
    }
    if (CSV_ATTRIBUTES.has(cols[i].id)) {
      if (cell.id !== '') attributes[cols[i].id] = cell.id;
    } else key[cols[i].id] = cell.id;
  }
  return { line, key, value: row[valueIdx], attributes };
}

/** Reads SDMX-CSV (1.0 or 2.0, with or without labels) into a table of observations. */
export function readSdmxCsv(text: string): SdmxTable {
  const { header, rows, lines, headerLine } = readDelimited(text);
  const columns = columnsOf(header);
  checkHeader(columns.cols, headerLine);
  const valueIdx = columns.cols.findIndex((c) => c.id === 'OBS_VALUE');
  const observations = rows.map((row, r) => observationOf(row, lines[r], columns, valueIdx));
  return {
    format: 'sdmx-csv',
    languages: ['en'],
    dimensions: columns.dims,
    attributes: columns.attrs,
    observations,
  };
}
