// Who to credit for the series a widget draws: the indicator's own source for the area values,
// and the source of each drawn reference series that has its own (World and regional aggregates
// from UN IGME via the World Bank, for example). Pure: the elements place the result in their
// source line and exports.
import type { Indicator, Lang, Reference, Source } from './types.js';
import { localize } from '../i18n/format.js';

/** One source to credit, in the reader's language. */
export interface Credit {
  /** Labels of the series it covers; empty for the indicator's own values. */
  series: string[];
  name: string;
  licence: string;
  /** An http(s) address, or '' (other schemes are never linked). */
  url: string;
}

const httpUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : '');

function creditOf(source: Source, lang: Lang, series: string[]): Credit {
  return {
    series,
    name: localize(source.name, lang),
    licence: localize(source.licence, lang),
    url: httpUrl(source.url),
  };
}

const sameSource = (a: Source, b: Source, lang: Lang) =>
  localize(a.name, lang) === localize(b.name, lang) &&
  localize(a.licence, lang) === localize(b.licence, lang) &&
  (a.url ?? '') === (b.url ?? '');

/**
 * Credits for an indicator's values (when `withValues`) and the given drawn references, one per
 * distinct source, in drawing order: references without a source of their own, or with the
 * indicator's, are covered by the indicator's credit; the others are credited with their labels.
 */
export function creditsOf(
  indicator: Indicator,
  drawn: readonly Reference[],
  lang: Lang,
  withValues = true,
): Credit[] {
  const own = creditOf(indicator.source, lang, []);
  const credits: { source: Source; credit: Credit }[] = [];
  let ownUsed = withValues;
  for (const ref of drawn) {
    if (!ref.source || sameSource(ref.source, indicator.source, lang)) {
      ownUsed = true;
      continue;
    }
    // The label without its qualifier: "World (UN IGME estimate)" -> "World",
    // "SDG target 3.2: 25 or lower by 2030" -> "SDG target 3.2".
    const full = localize(ref.label, lang) || ref.id;
    const label = full.replace(/\s*\([^)]*\)\s*$/, '').split(/:\s/)[0] || full;
    const known = credits.find((c) => sameSource(c.source, ref.source!, lang));
    if (known) known.credit.series.push(label);
    else credits.push({ source: ref.source, credit: creditOf(ref.source, lang, [label]) });
  }
  const others = credits.map((c) => c.credit).filter((c) => c.name);
  return ownUsed && own.name ? [own, ...others] : others;
}

/** A credit as plain text: `World, Europe & Central Asia: UN IGME (CC BY 4.0)`. */
export function creditText(credit: Credit): string {
  const who = credit.licence ? `${credit.name} (${credit.licence})` : credit.name;
  return credit.series.length ? `${credit.series.join(', ')}: ${who}` : who;
}
