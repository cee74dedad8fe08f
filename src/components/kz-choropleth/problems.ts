// What the map shows instead of a drawing when something stops it: a problem worded for readers
// (a message key and its values) and for developers (code, message, fix), from a bad input, a
// failed data or map load, or an unforeseen error. Pure.
import type { ChoroplethMessages } from './messages.js';
import { loadFailure, retryHelps } from '../../internal/load-problem.js';
import type { WarningCode } from '../../internal/warnings.js';

/** A problem the widget shows instead of the map. */
export interface Problem {
  /** Short code, also used in the console warning (`kz-<code>`). */
  code: WarningCode;
  /** Which reader message to show. */
  text: keyof ChoroplethMessages;
  /** Values for the reader message's placeholders. */
  values: Record<string, string | number>;
  /** What went wrong, for developers. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Whether a retry button may help (network and server problems). */
  retry: boolean;
  url?: string;
  status?: number;
}

/** True when the result is a problem. */
export function isProblem<T>(value: T | Problem): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** A problem with the inputs or the data, which trying again does not mend. */
export function inputProblem(
  code: WarningCode,
  text: keyof ChoroplethMessages,
  message: string,
  fix: string,
  values: Problem['values'] = {},
): Problem {
  return { code, text, values, message, fix, retry: false };
}

// The reader's message for each kind of failed data load.
const LOAD_TEXTS = {
  network: 'errorNetwork',
  http: 'errorHttp',
  json: 'errorJson',
  missing: 'errorMissing',
  format: 'errorFormat',
  'too-large': 'errorTooLarge',
  address: 'errorAddress',
} as const;

/** A problem for a failed data load (the kinds of `LoadError`). */
export function loadProblem(error: {
  kind: string;
  message: string;
  url?: string;
  status?: number;
}): Problem {
  const failure = loadFailure(
    error,
    'set src, the data property, or add a <script type="application/json"> child',
  );
  return {
    ...failure,
    text: LOAD_TEXTS[failure.code],
    values: failure.code === 'http' ? { status: error.status ?? '' } : {},
    retry: retryHelps(failure.code),
  };
}

/** A problem for a failed map load (the kinds of `MapLoadError`). */
export function mapProblem(error: {
  kind?: string;
  message: string;
  url?: string;
  status?: number;
}): Problem {
  return {
    code: 'map',
    values: {},
    message: error.message,
    url: error.url,
    status: error.status,
    text: error.kind === 'address' ? 'errorAddress' : 'errorMap',
    fix:
      error.kind === 'address'
        ? 'set map-base (or window.kzIndicators.mapBase) to an http(s) folder holding the maps'
        : error.kind === 'invalid'
          ? 'point map-base (or window.kzIndicators.mapBase) to the maps folder of this package version'
          : error.kind === 'too-large'
            ? 'point map-base to the maps of this package, or raise window.kzIndicators.maxMapBytes'
            : 'check map-base (or window.kzIndicators.mapBase) and that the maps folder is served',
    retry: retryHelps(error.kind ?? ''),
  };
}

/** A problem for an input that made the drawing fail in a way no check above foresaw. */
export function unexpectedProblem(error: unknown): Problem {
  return inputProblem(
    'unexpected',
    'errorFormat',
    `the data or an attribute could not be used: ${String((error as Error)?.message ?? error)}`,
    'check the data against the format documentation, and report this message if it looks right',
  );
}
