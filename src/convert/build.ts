/**
 * From source records (one per observation, as read from a CSV or an SDMX message) to an
 * indicator document. Shared by every converter, so that all of them report problems the same
 * way. The steps, each in its own module:
 *
 * 1. `slice.ts`: breakdowns reduced to one slice (filters, then totals);
 * 2. `area-reading.ts`: options checked, footnoted labels, area texts read;
 * 3. `placement.ts`: every record's period and area or reference series;
 * 4. `observations.ts`: numbers, bounds, statuses and notes; conflicting values;
 * 5. `layout-step.ts`: the boundary layout of every period;
 * 6. `assemble.ts`: the indicator, its series and references, checked by the parser.
 */
// Converters read district names too (spreadsheets name districts rather than code them).
import '../data/district-names.js';
import {
  AreaReader,
  checkAreaRules,
  checkPeriodOptions,
  readFootnotes,
  reportUnknownAreas,
} from './area-reading.js';
import { assembleDocument } from './assemble.js';
import type { BuildState, RecordContext, SourceRecord } from './build-common.js';
import { ProblemList, type ConvertWarning } from './errors.js';
import { applyLayouts } from './layout-step.js';
import { collectValues, decimalMarkOf } from './observations.js';
import type { ConvertResult, IndicatorOptions } from './options.js';
import { placeRecords } from './placement.js';
import { slice } from './slice.js';

export { KAZAKHSTAN, localizedFromText } from './build-common.js';
export type { RecordContext, SourceRecord } from './build-common.js';

/** Builds the document from source records; throws a ConvertError listing every problem. */
export function buildDocument(
  input: SourceRecord[],
  ctx: RecordContext,
  options: IndicatorOptions = {},
): ConvertResult {
  const problems = new ProblemList();
  const warnings: ConvertWarning[] = [...ctx.warnings];
  const warned = new Set<string>();
  const warn = (w: ConvertWarning, key = `${w.code}|${w.message}`) => {
    if (warned.has(key)) return;
    warned.add(key);
    warnings.push(w);
  };
  const state: BuildState = { ctx, options, problems, warnings, warn };
  if (!input.length) {
    problems.add({ message: 'the input has no observations' });
    problems.throwIfAny();
  }
  const slices: ConvertResult['slices'] = [];
  const records = slice(input, ctx, options, problems, slices, warnings);

  const areaRules = checkAreaRules(state);
  const keepPeriods = checkPeriodOptions(state);
  problems.throwIfAny();
  readFootnotes(state, records, areaRules);
  problems.throwIfAny();
  const reader = new AreaReader(state, records);
  const { placed, unknown } = placeRecords(state, records, areaRules, reader, keepPeriods);
  // Unknown areas are reported together with the number problems.
  reportUnknownAreas(state, unknown);

  const mark = decimalMarkOf(state, placed);
  const collected = collectValues(state, placed, mark);
  const layoutOut = applyLayouts(state, collected.areaValues);
  const document = assembleDocument(state, collected, mark, layoutOut, slices);
  return { document, warnings, slices, areas: reader.report };
}
