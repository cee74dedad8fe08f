/** `kz-indicators inspect`: a document (or a converted input) described for a data editor. */
import type { Indicator } from '../data/types.js';
import { areaInfo } from '../data/areas.js';
import { localize } from '../i18n/format.js';
import { scriptSafeJson } from '../data/safe-output.js';
import { shellQuote } from '../convert/shell.js';
import { parseCommandArgs, type CliIo, type Loaded } from './input.js';
import { INPUT_OPTIONS, UsageError } from './options.js';
import { check, printProblems, printWarnings, sliceSummary } from './report.js';
import { describeIndicator, ranges, type IndicatorDescription } from './describe.js';

export const INSPECT_HELP = `Usage: kz-indicators inspect <input> [options]

Describes a kz-indicators document (or a CSV / SDMX file as it would be converted): its
indicators, periods, the boundary layout of each period, reference series, and coverage: which
areas lack values in which periods.

  --json                    print the description as JSON

`;

/** The first line: the file, and how it was read when it was converted. */
function titleLine(file: string, loaded: Loaded | undefined): string {
  if (loaded?.kind !== 'converted') return file;
  const summary = sliceSummary(loaded.result);
  return `${file} (read as ${loaded.from}${summary ? `; ${summary}` : ''})`;
}

function referenceLines(d: IndicatorDescription, ind: Indicator): string[] {
  return d.references.map((r) => {
    const what =
      r.value !== undefined
        ? `${r.value}${r.year ? ` by ${r.year}` : ''}`
        : `${ranges(
            r.periods,
            ind.periods.map((p) => p.id),
          )} (${r.periods.length})`;
    return `  reference ${r.id} (${r.kind}) "${localize(r.label, 'en')}": ${what}`;
  });
}

function coverageLines(d: IndicatorDescription): string[] {
  const missing = Object.entries(d.coverage.missing);
  const nulls = Object.entries(d.coverage.nulls);
  if (!missing.length && !nulls.length) {
    return [
      d.layouts.length
        ? '  coverage: every area of each layout has a value in every period'
        : '  coverage: no area values',
    ];
  }
  const gap = ([code, periods]: [string, string[]], what: string) =>
    `    ${code} ${areaInfo(code)?.names.en ?? ''}: ${what} in ${ranges(periods, d.periods)}`;
  return [
    '  coverage gaps:',
    ...missing.map((entry) => gap(entry, 'no value')),
    ...nulls.map((entry) => gap(entry, 'missing (null)')),
  ];
}

function indicatorLines(d: IndicatorDescription, ind: Indicator): string[] {
  const unit = localize(d.unit, 'en');
  const lines = ['', `${d.id}: ${localize(d.name, 'en')}${unit ? ` (${unit})` : ''}`];
  const names = [d.name.kk && `kk: ${d.name.kk}`, d.name.ru && `ru: ${d.name.ru}`].filter(Boolean);
  if (names.length) lines.push(`  ${names.join(' · ')}`);
  const src = [localize(d.source.name, 'en'), localize(d.source.licence, 'en'), d.source.url]
    .filter(Boolean)
    .join(' · ');
  lines.push(`  better: ${d.better} · decimals: ${d.decimals} · source: ${src}`);
  lines.push(
    `  periods: ${d.periods.length ? `${ranges(d.periods, d.periods)} (${d.periods.length})` : 'none'}`,
  );
  if (d.layouts.length) {
    lines.push(
      `  layouts: ${d.layouts.map((l) => `${l.periods} ${l.layout} (${l.areas} areas)`).join(' · ')}`,
    );
  }
  lines.push(`  areas with values: ${d.areas}`);
  return [...lines, ...referenceLines(d, ind), ...coverageLines(d)];
}

export async function inspectCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...INPUT_OPTIONS,
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw new UsageError('inspect takes one input file (see kz-indicators inspect --help)');
  const file = positionals[0];
  const { report, dataset, loaded } = await check(file, values, io);
  if (!dataset) {
    printProblems(io, file, report.problems);
    io.stderr(
      `${file}: not a valid document; fix the problems above (kz-indicators validate ${shellQuote(file)})\n`,
    );
    return 1;
  }
  const described = dataset.indicators.map(describeIndicator);
  if (values.json) {
    io.stdout(scriptSafeJson({ file, indicators: described, warnings: report.warnings }, 2) + '\n');
    return 0;
  }
  printWarnings(io, file, report.warnings);
  const lines = [titleLine(file, loaded)];
  for (const [i, d] of described.entries()) lines.push(...indicatorLines(d, dataset.indicators[i]));
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
