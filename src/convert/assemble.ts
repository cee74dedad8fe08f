/**
 * The indicator of the document: its metadata from the options (or the source), the area series,
 * the reference series and target lines; the parser checks the result.
 */
import type {
  DocumentInput,
  IndicatorInput,
  LayoutId,
  ReferenceInput,
  ValueInput,
} from '../data/types.js';
import { validateIndicators } from '../data/parse.js';
import { fold, listValues, type BuildState, type Entry, type RefTarget } from './build-common.js';
import { ConvertError } from './errors.js';
import { numberDecimals, typicalDecimals, writtenDecimals, type DecimalMark } from './numbers.js';
import type { CollectedValues } from './observations.js';
import type { ConvertResult, IndicatorOptions } from './options.js';
import { sortPeriods } from './periods.js';

/** Area series in code order, and the decimals written in their cells. */
function areaSeries(
  { areaValues, refValues }: CollectedValues,
  mark: DecimalMark,
): { values: Record<string, Record<string, ValueInput>>; decimalsSeen: number[] } {
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

  return { values, decimalsSeen };
}

/** Reference series (national first, then in the order of the option, then as found), then targets. */
function referenceSeries(
  options: IndicatorOptions,
  refValues: CollectedValues['refValues'],
): ReferenceInput[] {
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
  return references;
}

/** Writes the document, checked by the parser; throws a ConvertError listing every problem. */
export function assembleDocument(
  state: BuildState,
  collected: CollectedValues,
  mark: DecimalMark,
  layoutOut: Record<string, LayoutId>,
  slices: ConvertResult['slices'],
): DocumentInput {
  const { ctx, options, problems, warnings } = state;
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
  const { values, decimalsSeen } = areaSeries(collected, mark);
  const references = referenceSeries(options, collected.refValues);
  if (!Object.keys(values).length && !collected.refValues.size) {
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
    ...layoutFieldOf(options.layout, layoutOut, Object.keys(values).length > 0),
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
  return document;
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
