/** Options shared by the CSV, wide CSV and SDMX converters. */
import type {
  Better,
  DocumentInput,
  LayoutId,
  LocalizedInput,
  ReferenceKind,
  SourceInput,
} from '../data/types.js';
import type { ConvertWarning } from './errors.js';

/** How a non-Kazakh or whole-country area of the source becomes a reference series. */
export interface ReferenceMapping {
  kind: ReferenceKind;
  /** Reference id in the output; default: the source code in lower case (`wld`), `national` for the country. */
  id?: string;
  /** Label; default: the area's name in the source (SDMX names, a "Country Name" column) or its code. */
  label?: LocalizedInput;
  source?: SourceInput;
}

/** A constant target line (e.g. SDG 3.2: 25 per 1,000 live births by 2030). */
export interface TargetInput {
  id?: string;
  value: number;
  year?: number;
  label: LocalizedInput;
  source?: SourceInput;
}

/** A manual mapping of an area text of the source, optionally for a range of periods. */
export interface AreaRule {
  /** Canonical code (or anything `resolveArea` reads). */
  code: string;
  /** Periods the rule applies to: `2016`, `2000..2016`, `2017..`; default all. */
  periods?: string;
}

export interface IndicatorOptions {
  /** Indicator id; default `indicator` (the CLI uses the input's file name). */
  id?: string;
  name?: LocalizedInput;
  unit?: LocalizedInput;
  /** Display decimals; default: the most common number of decimals written, at most 2. */
  decimals?: number;
  better?: Better;
  source?: SourceInput;
  definition?: LocalizedInput;
  notes?: LocalizedInput;
  /** Topic of the indicator (Health, Education ...): a text, or the id of a topic of the merged document. */
  topic?: LocalizedInput;
  /** Keep only rows whose column has one of the given values (`{ SEX: 'F' }`); `''` = empty cell. */
  filter?: Record<string, string | string[]>;
  /** Cells that mean "total" of a breakdown; default `''` and `_T`. */
  totals?: string[];
  /** Source areas (codes or names, as written) that become reference series. */
  references?: Record<string, ReferenceKind | ReferenceMapping>;
  /** Constant target lines. */
  targets?: TargetInput[];
  /** Manual area mapping, for labels the area tables do not know or that changed meaning. */
  areas?: Record<string, string | AreaRule[]>;
  /** Source areas to leave out (e.g. neighbouring countries in a comparator file). */
  ignore?: string[];
  /**
   * Boundary layout: one for all periods, or per period or range (`{ '2014..2017': 'pre2018' }`).
   * Rows of areas that are not part of the stated layout are dropped with a warning. Without it the
   * layout is inferred per period and a mix of layouts is an error.
   */
  layout?: LayoutId | Record<string, LayoutId>;
  /** Keep only these periods or ranges (`2010..2019`, `2015`, `2018..`). */
  periods?: string | string[];
  /** Read mid-year dates such as "1990-06" (UN IGME) as years. */
  periodsToYear?: boolean;
  /** Decimal mark of number cells; detected by default. */
  decimalMark?: '.' | ',';
  /** Which names to look areas up in first; codes resolve either way. Default `region`. */
  level?: 'region' | 'district';
  /**
   * Footnotes of the source table that are not part of the text converted (`1) Данные за
   * 2000-2016гг. по Южно-Казахстанской области`): they say what a footnoted row holds in which
   * years. Footnote lines below a wide table are read without this.
   */
  footnotes?: string[];
}

export interface ConvertResult {
  document: DocumentInput;
  warnings: ConvertWarning[];
  /** Breakdown columns that were reduced to one slice, and how. */
  slices: { column: string; kept: string[]; how: 'filter' | 'total'; dropped: number }[];
  /** How each area text of the source was read: a code, `reference:<id>`, or `ignored`. */
  areas: Record<string, string>;
}
