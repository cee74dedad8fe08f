/**
 * Problems and warnings of the converters. Every problem says where it is: a CSV line and column,
 * or a JSON path in an SDMX message, plus a hint that says what to do about it.
 */

export interface ConvertProblem {
  /** 1-based line of the input text (CSV), counting the header line. */
  line?: number;
  /** Column name (or 1-based number when the column has no name). */
  column?: string;
  /** JSON path in an SDMX-JSON message, e.g. `data.dataSets[0].series["0:1"]`. */
  path?: string;
  message: string;
  hint?: string;
}

export interface ConvertWarning extends ConvertProblem {
  /** Short code, e.g. `footnote-stripped`, `rows-dropped`. */
  code: string;
}

/** Thrown by the converters with every problem found (not only the first). */
export class ConvertError extends Error {
  readonly problems: ConvertProblem[];

  constructor(problems: ConvertProblem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'));
    this.name = 'ConvertError';
    this.problems = problems;
  }
}

/** `line 12, column REF_AREA: unknown area "KZXX" (did you mean ...)`. */
export function formatProblem(problem: ConvertProblem, file?: string): string {
  const where = [
    file,
    problem.line !== undefined ? `line ${problem.line}` : undefined,
    problem.column !== undefined ? `column ${problem.column}` : undefined,
    problem.path,
  ].filter((part) => part !== undefined && part !== '');
  const text = where.length ? `${where.join(', ')}: ${problem.message}` : problem.message;
  return problem.hint ? `${text}\n  hint: ${problem.hint}` : text;
}

/** Collects problems; stops listing the same kind after `limit` and says how many were left out. */
export class ProblemList {
  readonly problems: ConvertProblem[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly limit = 20) {}

  add(problem: ConvertProblem, kind = problem.message): void {
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count <= this.limit) this.problems.push(problem);
  }

  /** Throws a ConvertError when any problem was added. */
  throwIfAny(): void {
    if (!this.problems.length) return;
    const omitted = [...this.counts.values()].reduce(
      (sum, count) => sum + Math.max(0, count - this.limit),
      0,
    );
    const problems = omitted
      ? [...this.problems, { message: `${omitted} more problems of the same kinds not listed` }]
      : this.problems;
    throw new ConvertError(problems);
  }
}
