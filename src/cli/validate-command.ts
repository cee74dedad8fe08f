/** `kz-indicators validate`: checks documents, or inputs as they would be converted. */
import { scriptSafeJson } from '../data/safe-output.js';
import { parseCommandArgs, type CliIo } from './input.js';
import { INPUT_OPTIONS, UsageError } from './options.js';
import { check, printProblems, printWarnings, type FileReport } from './report.js';

export const VALIDATE_HELP = `Usage: kz-indicators validate <input>... [options]

Checks kz-indicators JSON documents, or CSV / SDMX files as they would be converted. Prints every
problem with its place (JSON path, or CSV line and column) and a hint. Exit code 0 when every
input is valid, 1 otherwise.

  --json                    print a machine-readable report on standard output

`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `u5mr.json: valid (1 indicator, 2 warnings)` or `u5mr.csv: 3 problems`. */
function summaryLine(r: FileReport): string {
  const w = r.warnings.length ? `, ${plural(r.warnings.length, 'warning')}` : '';
  return r.valid
    ? `${r.file}: valid (${plural(r.indicators!, 'indicator')}${w})\n`
    : `${r.file}: ${plural(r.problems.length, 'problem')}${w}\n`;
}

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...INPUT_OPTIONS,
    json: { type: 'boolean' },
  });
  if (!positionals.length)
    throw new UsageError(
      'validate needs at least one input file (see kz-indicators validate --help)',
    );
  const reports: FileReport[] = [];
  for (const file of positionals) reports.push((await check(file, values, io)).report);
  const valid = reports.every((r) => r.valid);
  if (values.json) {
    io.stdout(scriptSafeJson({ valid, files: reports }, 2) + '\n');
    return valid ? 0 : 1;
  }
  for (const r of reports) {
    printProblems(io, r.file, r.problems);
    printWarnings(io, r.file, r.warnings);
    io.stdout(summaryLine(r));
  }
  return valid ? 0 : 1;
}
