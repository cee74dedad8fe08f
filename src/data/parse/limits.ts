/** The format's version string and the limits that every part of the parser checks. */

/** The value of `format` in a version 1 document. */
export const FORMAT = 'kz-indicators/1';

/** Limits that keep a hostile or broken document from exhausting memory or time. */
export const LIMITS = Object.freeze({
  indicators: 1000,
  areas: 1000,
  periods: 2000,
  references: 50,
  topics: 100,
  observations: 5_000_000,
  /** Largest magnitude of a value or bound. */
  magnitude: 1e15,
  id: 100,
  name: 300,
  unit: 100,
  text: 5000,
  note: 1000,
  url: 2000,
  licence: 300,
  key: 200,
  /** Problems kept in `IndicatorError.problems` (the rest are counted in a last entry). */
  problems: 200,
  warnings: 500,
});
