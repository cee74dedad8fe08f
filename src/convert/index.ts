/**
 * Converters from what statistics offices publish to the kz-indicators JSON format: CSV in long
 * layout (including the national SDG platform's Open SDG files and SDMX-CSV), CSV in wide layout
 * (areas x periods), and SDMX-JSON 1.0 / 2.0 messages. Pure functions: no DOM, no fetching, usable
 * in browsers and in Node.
 */
export { convertCsv, findColumns, DEFAULT_HEADERS } from './long.js';
export type { CsvOptions, CsvColumns } from './long.js';
export { convertWideCsv, findWideHeader } from './wide.js';
export type { WideCsvOptions } from './wide.js';
export { convertSdmx, readSdmx, readSdmxJson, readSdmxCsv } from './sdmx.js';
export type {
  SdmxOptions,
  SdmxTable,
  SdmxComponent,
  SdmxValue,
  SdmxObservation,
  SdmxFormat,
} from './sdmx.js';
export { readDelimited, detectDelimiter, formatDelimited, stripBom } from './csv.js';
export type { DelimitedTable, DelimitedText, ReadDelimitedOptions } from './csv.js';
export { parseCell, detectDecimalMark } from './numbers.js';
export type { Cell, DecimalMark } from './numbers.js';
export { normalizePeriod, looksLikePeriod, sortPeriods } from './periods.js';
export { buildDocument, KAZAKHSTAN } from './build.js';
export type { SourceRecord, RecordContext } from './build.js';
export { ConvertError, formatProblem } from './errors.js';
export type { ConvertProblem, ConvertWarning } from './errors.js';
export type {
  IndicatorOptions,
  ConvertResult,
  ReferenceMapping,
  TargetInput,
  AreaRule,
} from './options.js';
export { mergeDocuments } from './merge.js';
export type { AnyDocumentInput } from './merge.js';
export { stringifyDocument } from './stringify.js';
export { convertWorkbook, convertSheet } from './workbook.js';
export type { SpreadsheetOptions, SpreadsheetResult } from './workbook.js';
export {
  readWorkbook,
  sniffWorkbook,
  SpreadsheetError,
  MAX_SPREADSHEET_BYTES,
  MAX_SHEET_ROWS,
} from './spreadsheet.js';
export type { Workbook, SheetGrid, SpreadsheetProblem } from './spreadsheet.js';
export { findSheetTable, pickSheet, columnLetter } from './sheet-table.js';
export type { SheetTable, SheetTableOptions } from './sheet-table.js';
