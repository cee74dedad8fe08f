// The reference rules of a ranking and the sources to credit: the indicator's own references
// (national value, comparators, targets) at the shown period, then those of its companion
// indicators (`companions`: another source's estimates of the same measure, such as the UN IGME
// World and regional values beside the bureau's regional rates). A companion's rule is drawn
// only in the same unit, is credited by name (in its accessible text and in the source line),
// and says its year when its value is from another year. Pure: no DOM.
import type { Dataset, Indicator, Lang, Localized, Period, Source } from '../../data/types.js';
import { referenceLinesOf, type ReferenceLine } from '../../data/accessors.js';
import { formatNumber, localize } from '../../i18n/format.js';
import { fill, type RankingMessages } from './messages.js';
import type { RuleInput } from './axis.js';

/** How many years a companion's value may lie from the shown period (its year is then said). */
export const NEAREST_YEARS = 5;

export interface SourceCredit {
  name: string;
  /** Only http(s) links; '' otherwise. */
  url: string;
  licence: string;
  /** The rules drawn from this source when it is a companion's (named before it), else empty. */
  lines: string[];
}

export interface RankingReferences {
  rules: RuleInput[];
  /** The indicator's source (first, even without a name), then those of the rules, each once. */
  sources: SourceCredit[];
}

const unitText = (unit: Localized) =>
  (['en', 'ru', 'kk'] as const)
    .map((lang) => localize(unit, lang).trim().replace(/\s+/g, ' ').toLowerCase())
    .join('|');

/** Whether two units are the same text in each language (ignoring case and spacing). */
export const sameUnit = (a: Localized, b: Localized): boolean => unitText(a) === unitText(b);

/**
 * The value of a reference at the shown period, or, for a companion's, at its nearest period
 * within `NEAREST_YEARS` (the earlier one on a tie), with that period's id.
 */
export function valueNear(line: ReferenceLine, shown?: Period): [number, string] | null {
  const { reference: r, indicator } = line;
  if (r.kind === 'target' && r.value != null) return [r.value, ''];
  let best: [number, string] | null = null;
  // The shown period itself is at distance -1: nearer than any other, and the only one for the
  // indicator's own references.
  let nearest = line.companion ? NEAREST_YEARS : -1;
  for (const p of shown ? indicator.periods : []) {
    const value = r.values[p.id]?.value;
    const distance = p.id === shown!.id ? -1 : Math.abs(p.start - shown!.start);
    if (
      value != null &&
      Number.isFinite(value) &&
      (best ? distance < nearest : distance <= nearest)
    ) {
      best = [value, distance < 0 ? '' : p.id];
      nearest = distance;
    }
  }
  return best;
}

function credit(source: Source, lang: Lang): SourceCredit {
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : '';
  return {
    name: localize(source.name, lang),
    url,
    licence: localize(source.licence, lang),
    lines: [],
  };
}

/** The rules of the shown period (own, then companions'), labelled, and the sources to credit. */
export function rankingReferences(
  dataset: Dataset,
  indicator: Indicator,
  period: string,
  lang: Lang,
  m: RankingMessages,
): RankingReferences {
  const shown = indicator.periods.find((p) => p.id === period);
  const rules: RuleInput[] = [];
  const sources = [credit(indicator.source, lang)];
  const ownHas = (kind: string, value?: number) =>
    rules.some((r) => !r.spoken && r.kind === kind && (value === undefined || r.value === value));
  for (const line of referenceLinesOf(dataset, indicator)) {
    const { reference: r, companion } = line;
    // A companion's rule: in the same unit only; its national value only when the indicator has
    // none (the rows are measured against their own); a target both state once.
    if (
      companion &&
      (!sameUnit(line.indicator.unit, indicator.unit) ||
        (r.kind === 'national' && ownHas('national')) ||
        (r.kind === 'target' && ownHas('target', r.value)))
    )
      continue;
    const found = valueNear(line, shown);
    if (!found) continue;
    const name = localize(r.label, lang) || (r.kind === 'national' ? m.country : r.id);
    const says = r.kind === 'target' && name.split(/[^\d.]+/).includes(String(found[0]));
    const number = formatNumber(found[0], lang, line.indicator.decimals);
    const source = credit(line.source, lang);
    let entry = sources.find((s) => s.name === source.name);
    if (!entry && (companion || r.source)) sources.push((entry = source));
    if (companion && entry !== sources[0]) entry!.lines.push(name);
    rules.push({
      id: line.key,
      kind: r.kind,
      value: found[0],
      label: `${says ? name : `${name} ${number}`}${found[1] ? ` (${found[1]})` : ''}`,
      spoken: companion ? `, ${fill(m.fromSource, { source: source.name })}` : '',
    });
  }
  return { rules, sources };
}
