/**
 * Reads the indicator format (`kz-indicators/1`): `parseIndicators` and `validateIndicators`, with
 * every problem's path, message and hint. The reader's parts are in `parse/`: the cursor and its
 * primitives (`reader.ts`, `paths.ts`) and one module per section of the document.
 */
import type { Dataset, ParseProblem, ParseWarning } from './types.js';
import { Reader } from './parse/reader.js';
import { errorText } from './parse/paths.js';
import { readDocument } from './parse/document.js';

export { FORMAT, LIMITS } from './parse/limits.js';
export { decimalsOf } from './parse/indicator.js';

/**
 * The one error `parseIndicators` throws: every problem found in the document, each with its
 * JSON path, what is wrong and how to fix it.
 */
export class IndicatorError extends Error {
  readonly problems: ParseProblem[];
  constructor(problems: ParseProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `\n- ${p.path}: ${p.message}`);
    const more = problems.length > 10 ? `\n- … ${problems.length - 10} more` : '';
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the indicator document:${shown.join('')}${more}`,
    );
    this.name = 'IndicatorError';
    this.problems = problems;
  }
}

export interface Validation {
  /** The dataset, when there is no problem. */
  dataset: Dataset | undefined;
  problems: ParseProblem[];
  warnings: ParseWarning[];
}

/**
 * Validates an indicator document (parsed JSON, or a JSON string) and returns the normalised
 * dataset. Throws one `IndicatorError` listing every problem; warnings (normalised aliases,
 * unknown keys ...) are in `dataset.warnings`.
 */
export function parseIndicators(json: unknown): Dataset {
  const result = validateIndicators(json);
  if (!result.dataset) throw new IndicatorError(result.problems);
  return result.dataset;
}

/** Like `parseIndicators`, without throwing: for editors and command-line tools. */
export function validateIndicators(json: unknown): Validation {
  const reader = new Reader();
  let dataset: Dataset | undefined;
  try {
    dataset = readDocument(reader, json);
  } catch (error) {
    // Only a getter or proxy on a JavaScript object (never JSON) can get here.
    reader.problem('$', `could not read the document: ${errorText(error)}`, undefined, 'internal');
  }
  const problems = reader.finishProblems();
  return {
    dataset: problems.length ? undefined : dataset,
    problems,
    warnings: reader.warnings,
  };
}
