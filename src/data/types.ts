/**
 * Types of the kz-indicators JSON format, version 1, as written by people (`*Input`) and as
 * returned by `parseIndicators` after validation and normalisation.
 */

/** Interface languages. Kazakh (`kk`) is written in Cyrillic; `kk-Latn` names live on areas only. */
export type Lang = 'en' | 'kk' | 'ru';

/** A text in one or more languages; a plain string counts as English-or-any. */
export type LocalizedInput = string | Partial<Record<Lang, string>>;
/** Normalised text: at least one language present. Pick with `localize(text, lang)`. */
export type Localized = Partial<Record<Lang, string>>;

/** Which direction is good news: drives colour direction and wording. */
export type Better = 'higher' | 'lower' | 'neutral';

/**
 * Boundary layouts that statistics are published on.
 * - `2022`: 20 units, since 2022-06-08
 * - `2018`: 17 units, 2018-06-19 to 2022-06-07
 * - `pre2018`: 16 units, before 2018-06-19 (South Kazakhstan is `KZ-51`, from its KATO prefix)
 * - `districts`: 224 districts (2024), ids are ADM2 P-codes (`KZ101000`)
 */
export type LayoutId = '2022' | '2018' | 'pre2018' | 'districts';

export type ObservationStatus = 'provisional' | 'estimated' | 'break';
export type MissingReason = 'not-available' | 'not-applicable' | 'suppressed';

export interface ObservationInput {
  value: number | null;
  lower?: number;
  upper?: number;
  status?: ObservationStatus;
  note?: LocalizedInput;
  reason?: MissingReason;
}

/** A value as written: a number, `null` for missing, or an object with details. */
export type ValueInput = number | null | ObservationInput;

export interface SourceInput {
  name: LocalizedInput;
  url?: string;
  /** The terms of reuse, in one or more languages (`"CC BY 4.0"`, or `{"en": ..., "ru": ...}`). */
  licence?: LocalizedInput;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the release or of the copy. */
  date?: string;
}

export type ReferenceKind = 'national' | 'comparator' | 'target';

export interface ReferenceInput {
  id: string;
  kind: ReferenceKind;
  label: LocalizedInput;
  /** Series keyed by period (national values, comparators). */
  values?: Record<string, ValueInput>;
  /** A single value (targets): drawn as a line at every period. */
  value?: number;
  /** For targets: the year the target is due, e.g. 2030. */
  year?: number;
  source?: SourceInput;
}

export interface IndicatorInput {
  id: string;
  name: LocalizedInput;
  unit?: LocalizedInput;
  decimals?: number;
  better?: Better;
  source: SourceInput;
  definition?: LocalizedInput;
  notes?: LocalizedInput;
  /** Explicit layout: one for all periods, or per period. Otherwise inferred from the codes. */
  layout?: LayoutId | Record<string, LayoutId>;
  /** Values keyed by area code (or a recognised alias), then by period. */
  values: Record<string, Record<string, ValueInput>>;
  references?: ReferenceInput[];
  /**
   * The topic the indicator belongs to (Health, Education ...): the id of a topic of the
   * document's `topics`, or a text (one or more languages).
   */
  topic?: LocalizedInput;
  /**
   * Ids of other indicators of the document whose reference series are shown with this one,
   * e.g. the UN IGME national estimate beside the bureau's regional rates.
   */
  companions?: string[];
  /**
   * Breaks in series, by the first period after the break, each with a note saying why (a new
   * definition, new boundaries ...): the values from that period on are not comparable with the
   * earlier ones. Applies to the area series and to the references without a source of their own.
   */
  breaks?: Record<string, LocalizedInput>;
}

/** A topic of the document's list: an id that indicators refer to, and its name. */
export interface TopicInput {
  id: string;
  name: LocalizedInput;
}

export interface DocumentInput {
  /** Format marker: `"kz-indicators/1"`. */
  format?: string;
  /** A document-level source used when an indicator has none. */
  source?: SourceInput;
  /** Topics in display order (optional). */
  topics?: TopicInput[];
  indicators: IndicatorInput[];
}

// ---------------------------------------------------------------------------------------------
// Normalised output

export type PeriodKind = 'year' | 'span' | 'quarter' | 'month';

export interface Period {
  /** As written, normalised: `2019`, `2019/2020`, `2023-Q1`, `2023-04`. */
  id: string;
  kind: PeriodKind;
  /** Start as a decimal year, for ordering and time scales (2023-Q2 -> 2023.25). */
  start: number;
  /** End (exclusive) as a decimal year. */
  end: number;
}

export interface Observation {
  value: number | null;
  lower?: number;
  upper?: number;
  status?: ObservationStatus;
  note?: Localized;
  reason?: MissingReason;
}

export interface Source {
  name: Localized;
  url?: string;
  licence?: Localized;
  date?: string;
}

export interface Reference {
  id: string;
  kind: ReferenceKind;
  label: Localized;
  /** Keyed by period id; empty for a constant target. */
  values: Record<string, Observation>;
  /** Constant value for targets. */
  value?: number;
  year?: number;
  source?: Source;
}

export interface Indicator {
  id: string;
  name: Localized;
  /** Empty (`{}`) when the document gives no unit. */
  unit: Localized;
  /** As stated, or inferred: the most common number of decimals among the values, at most 3. */
  decimals: number;
  better: Better;
  source: Source;
  definition?: Localized;
  notes?: Localized;
  /** Periods with any value (areas or references), in time order. */
  periods: Period[];
  /** Layout of each period id (inferred or stated). Periods with only references have none. */
  layouts: Record<string, LayoutId>;
  /** Canonical area code -> period id -> observation. */
  values: Record<string, Record<string, Observation>>;
  references: Reference[];
  /** Id of the indicator's topic in `Dataset.topics`, when it has one. */
  topic?: string;
  /** Ids of companion indicators whose reference series are shown with this one. */
  companions?: string[];
  /** Period id (the first after a break in series) -> why; see `breaksOf`. */
  breaks?: Record<string, Localized>;
}

export interface Topic {
  /** The id of the document's list; for a topic written only on indicators, its en (else ru, else kk) text. */
  id: string;
  name: Localized;
}

export interface ParseWarning {
  /** JSON path such as `indicators[0].values["KZAKM"]`. */
  path: string;
  /** Short code, e.g. `area-alias`. */
  code: string;
  message: string;
}

export interface Dataset {
  version: 1;
  indicators: Indicator[];
  /** Topics in display order: the document's list, then topics written only on indicators. Absent when there are none. */
  topics?: Topic[];
  warnings: ParseWarning[];
}

export interface ParseProblem {
  /** JSON path such as `indicators[0].values["KZ-99"]["2019"]`; `$` for the document itself. */
  path: string;
  message: string;
  /** How to fix it. */
  hint?: string;
  /** Short code, e.g. `unknown-area`, `layout-mix`, `type` (see the format documentation). */
  code?: string;
}
