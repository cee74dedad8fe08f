// The words a sparkline gives its model in a language: the sentence a screen reader hears, a value,
// and a point's period and value as the tooltip shows them. Pure.
import type { Lang } from '../../data/types.js';
import { MESSAGES, number, type Messages } from './messages.js';
import { comparisons, type SparkModel } from './model.js';

/** A value in the language; `whole` drops the decimals of a whole number (targets). */
export function valueText(
  model: SparkModel | null | undefined,
  lang: Lang,
  value: number,
  whole = false,
): string {
  const decimals = whole && Number.isInteger(value) ? 0 : (model?.decimals ?? 1);
  return number(value, lang, decimals);
}

/** A point's period and value, with its bounds when both are known; '' for no point. */
export function pointText(model: SparkModel | null | undefined, lang: Lang, index: number): string {
  const p = model?.points[index];
  if (!p) return '';
  const v = (x: number) => valueText(model, lang, x);
  const bounds = p.lower != null && p.upper != null ? `${v(p.lower)}–${v(p.upper)}` : null;
  return MESSAGES.get(lang).tooltip(p.period, p.value == null ? null : v(p.value), bounds);
}

/** What the trend shows, in one sentence. */
export function sentenceOf(model: SparkModel, words: Messages): string {
  return words.sentence({
    name: model.name || words.trend,
    unit: model.unit,
    area: model.area,
    decimals: model.decimals,
    summary: model.summary,
    total: model.points.length,
    ...comparisons(model),
  });
}
