/**
 * What the commands say about an input: its problems and warnings on standard error, the breakdown
 * slices a conversion kept, and the check of one input that `validate` and `inspect` share.
 */
import type { Dataset, ParseProblem } from '../data/types.js';
import { validateIndicators } from '../data/parse.js';
import { formatProblem, type ConvertProblem, type ConvertWarning } from '../convert/errors.js';
import type { ConvertResult } from '../convert/options.js';
import { InputError, loadInput, type CliIo, type Loaded, type Values } from './input.js';

export const fromParse = (p: ParseProblem): ConvertProblem => ({
  path: p.path,
  message: p.message,
  ...(p.hint ? { hint: p.hint } : {}),
});

export function printProblems(io: CliIo, file: string, problems: ConvertProblem[], prefix = '') {
  for (const p of problems) io.stderr(`${prefix}${formatProblem(p, file)}\n`);
}

export function printWarnings(io: CliIo, file: string, warnings: ConvertWarning[]) {
  printProblems(io, file, warnings, 'warning: ');
}

/** `kept SEX: total (empty cell, _T), AGE=Y0T4`: the breakdown slices a conversion kept. */
export function sliceSummary(result: ConvertResult): string | undefined {
  if (!result.slices.length) return undefined;
  const text = result.slices
    .map((s) => {
      const kept = s.kept.map((k) => (k === '' ? 'empty cell' : k)).join(', ');
      return s.how === 'total' ? `${s.column}: total (${kept})` : `${s.column}=${s.kept.join('|')}`;
    })
    .join(', ');
  return `kept ${text}`;
}

export interface FileReport {
  file: string;
  valid: boolean;
  indicators?: number;
  problems: ConvertProblem[];
  warnings: ConvertWarning[];
}

/** Reads, converts and validates one input: its report, and the dataset when it is valid. */
export async function check(
  file: string,
  values: Values,
  io: CliIo,
): Promise<{ report: FileReport; dataset?: Dataset; loaded?: Loaded }> {
  let loaded: Loaded;
  try {
    loaded = await loadInput(file, values, io);
  } catch (e) {
    if (e instanceof InputError)
      return { report: { file, valid: false, problems: e.problems, warnings: [] } };
    throw e;
  }
  const json = loaded.kind === 'document' ? loaded.json : loaded.result.document;
  const v = validateIndicators(json);
  const warnings: ConvertWarning[] = [
    ...(loaded.kind === 'converted' ? loaded.result.warnings : []),
    ...(loaded.kind === 'document'
      ? v.warnings.map((w) => ({ path: w.path, code: w.code, message: w.message }))
      : []),
  ];
  const report: FileReport = {
    file,
    valid: !!v.dataset,
    problems: v.problems.map(fromParse),
    warnings,
  };
  if (v.dataset) report.indicators = v.dataset.indicators.length;
  return { report, dataset: v.dataset, loaded };
}
