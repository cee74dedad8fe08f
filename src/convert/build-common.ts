/**
 * What the steps of `buildDocument` share: the source records, the reading context, the state of
 * one conversion (options, problems, warnings) and small helpers for messages.
 */
import type {
  Localized,
  LocalizedInput,
  ReferenceKind,
  SourceInput,
  ValueInput,
} from '../data/types.js';
import { areaInfo } from '../data/areas.js';
import type { ConvertProblem, ConvertWarning, ProblemList } from './errors.js';
import type { IndicatorOptions } from './options.js';

/** One observation as found in the source, before any interpretation. */
export interface SourceRecord {
  /** CSV line (1-based). */
  line?: number;
  /** JSON path in an SDMX-JSON message. */
  path?: string;
  /** Area as written; '' when the area cell is empty (the national value in Open SDG files). */
  area: string;
  /** Period as written. */
  period: string;
  value: string | number | null;
  /** Column of the value cell when it differs between records (the period columns of a wide table). */
  column?: string;
  lower?: string | number | null;
  upper?: string | number | null;
  status?: string;
  note?: string;
  /** Breakdown and other columns (dimension id -> code as written). */
  dims: Record<string, string>;
  /** The source's own name of the area, used to label reference series. */
  areaLabel?: Localized;
}

export interface RecordContext {
  /** Column (or dimension) names, for messages. */
  columns: {
    area: string;
    period: string;
    value: string;
    lower?: string;
    upper?: string;
    status?: string;
    note?: string;
  };
  /** Breakdown columns in source order. */
  dimOrder: string[];
  /** Warnings found while reading. */
  warnings: ConvertWarning[];
  /** Defaults taken from the source itself (SDMX names, units). */
  defaults?: { id?: string; name?: Localized; unit?: Localized };
  /** Hint for a missing period: how to name the period column in this converter. */
  periodHint?: string;
  /** Lines of the source that are not data (titles, footnotes), as written. */
  notes?: string[];
}

export const KAZAKHSTAN: Localized = { en: 'Kazakhstan', kk: 'Қазақстан', ru: 'Казахстан' };

// Row labels of a table total, which in a table of regions is the country as a whole (the
// country's own names and codes are recognised by isNational).
export const TOTAL_ROWS = new Set(['total', 'всего', 'итого', 'всего по республике', 'барлығы']);

/** A reference series that rows of the source go to. */
export interface RefTarget {
  /** The area text of the source that maps to this reference. */
  key: string;
  id: string;
  kind: ReferenceKind;
  label?: LocalizedInput;
  source?: SourceInput;
}

/** An observation on its way into the document, with the record it came from. */
export interface Entry {
  rec: SourceRecord;
  value: ValueInput;
  raw: string;
}

/** One conversion: its inputs, and where problems and warnings go. */
export interface BuildState {
  ctx: RecordContext;
  options: IndicatorOptions;
  problems: ProblemList;
  warnings: ConvertWarning[];
  /** Adds a warning once per key (default: its code and message). */
  warn: (warning: ConvertWarning, key?: string) => void;
}

export const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function lookup<T>(map: Record<string, T> | undefined, text: string): T | undefined {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, text)) return map[text];
  const key = fold(text);
  for (const k of Object.keys(map)) if (fold(k) === key) return map[k];
  return undefined;
}

export function areaName(code: string): string {
  const info = areaInfo(code);
  return info ? `${code} ${info.names.en}` : code;
}

export function listValues(values: Iterable<string>, max = 8): string {
  const all = [...values].map((v) => (v === '' ? '(empty)' : v));
  return all.length > max
    ? `${all.slice(0, max).join(', ')} ... (${all.length} values)`
    : all.join(', ');
}

export function listLines(lines: number[], max = 5): string {
  if (lines.length <= max) return lines.join(', ');
  return `${lines.slice(0, max).join(', ')} and ${lines.length - max} more`;
}

export function at(
  rec: SourceRecord,
  column?: string,
): Pick<ConvertProblem, 'line' | 'column' | 'path'> {
  const out: Pick<ConvertProblem, 'line' | 'column' | 'path'> = {};
  if (rec.line !== undefined) out.line = rec.line;
  if (rec.path !== undefined) out.path = rec.path;
  if (column !== undefined) out.column = column;
  return out;
}

/** Guesses the language of a name written in the source. */
export function localizedFromText(text: string, fallback: 'en' | 'ru' = 'en'): Localized {
  const t = text.trim();
  if (/[әғқңөұүһі]/i.test(t)) return { kk: t };
  if (/[\u0400-\u04ff]/.test(t)) return { ru: t };
  return fallback === 'ru' ? { ru: t } : { en: t };
}
