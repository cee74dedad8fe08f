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

/** Whether two units are the same text in every language either states. */
export function sameUnit(a: Localized, b: Localized): boolean {
  const norm = (text: string | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  const langs = new Set([...Object.keys(a), ...Object.keys(b)] as Lang[]);
  return [...langs].every((lang) => norm(localize(a, lang)) === norm(localize(b, lang)));
}

/**
 * The value of a reference series at a period, or, for a companion, at its nearest period within
 * `NEAREST_YEARS` (the earlier one on a tie): `period` is then the period the value is from.
 */
export function valueNear(
  line: ReferenceLine,
  shown: Period | undefined,
): { value: number; period: string } | null {
  const { reference, indicator } = line;
  if (reference.kind === 'target' && reference.value != null) {
    return Number.isFinite(reference.value) ? { value: reference.value, period: '' } : null;
  }
  const at = (id: string) => reference.values[id]?.value;
  const exact = shown ? at(shown.id) : undefined;
  if (typeof exact === 'number' && Number.isFinite(exact)) return { value: exact, period: '' };
  if (!line.companion || !shown) return null;
  let best: { value: number; period: string; distance: number } | null = null;
  for (const p of indicator.periods) {
    const value = at(p.id);
    const distance = Math.abs(p.start - shown.start);
    if (typeof value !== 'number' || !Number.isFinite(value) || distance > NEAREST_YEARS) continue;
    if (!best || distance < best.distance) best = { value, period: p.id, distance };
  }
  return best && { value: best.value, period: best.period };
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

/** Whether a companion's reference is drawn beside the indicator's own rules. */
function drawsCompanion(line: ReferenceLine, own: readonly RuleInput[], indicator: Indicator) {
  if (!sameUnit(line.indicator.unit, indicator.unit)) return false;
  const kind = line.reference.kind;
  // The indicator's own national value is the one its rows are measured against.
  if (kind === 'national') return !own.some((r) => r.kind === 'national');
  // The same target stated by both is drawn once.
  return !(
    kind === 'target' && own.some((r) => r.kind === 'target' && r.value === line.reference.value)
  );
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
  // The indicator's own lines come first, so `own` is complete before any companion's.
  const own: RuleInput[] = [];
  for (const line of referenceLinesOf(dataset, indicator)) {
    if (line.companion && !drawsCompanion(line, own, indicator)) continue;
    const found = valueNear(line, shown);
    if (!found) continue;
    const { reference } = line;
    const name =
      localize(reference.label, lang) || (reference.kind === 'national' ? m.country : reference.id);
    const says = reference.kind === 'target' && name.split(/[^\d.]+/).includes(String(found.value));
    const number = formatNumber(found.value, lang, line.indicator.decimals);
    const label = `${says ? name : `${name} ${number}`}${found.period ? ` (${found.period})` : ''}`;
    const source = credit(line.source, lang);
    let entry = sources.find((s) => s.name === source.name);
    if (!entry && (line.companion || reference.source)) sources.push((entry = source));
    if (line.companion && entry && entry !== sources[0]) entry.lines.push(name);
    const spoken = line.companion ? `, ${fill(m.fromSource, { source: source.name })}` : '';
    const rule = { id: line.key, kind: reference.kind, value: found.value, label, spoken };
    rules.push(rule);
    if (!line.companion) own.push(rule);
  }
  return { rules, sources };
}
