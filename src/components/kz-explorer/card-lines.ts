// What the explorer's trend card draws, and from which source each line comes: the area's
// series and the indicator's own references (national value, comparators, targets), then each
// companion indicator's (another source's estimate of the same measure), each in its own card.
// A line is never made of two sources' values. Pure.
import type { Dataset, Indicator, Lang, Source } from '../../data/types.js';
import { localize } from '../../i18n/format.js';
import { areaName, type ExplorerMessages } from './messages.js';

export interface SourceLines {
  /** The source's name in the reader's language. */
  source: string;
  /** The labels of the lines from that source, in drawing order. */
  lines: string[];
}

export interface CardPlan {
  indicator: Indicator;
  /** The series drawn as the card's line: an area code, `national`, or '' when there is none. */
  series: string;
  /** The lines of the card grouped by source, in order of first line. */
  sources: SourceLines[];
}

function sourceName(source: Source, lang: Lang): string {
  return localize(source.name, lang);
}

function group(lines: { label: string; source: string }[]): SourceLines[] {
  const out: SourceLines[] = [];
  for (const { label, source } of lines) {
    const entry = out.find((s) => s.source === source);
    if (entry) entry.lines.push(label);
    else out.push({ source, lines: [label] });
  }
  return out;
}

function plan(indicator: Indicator, area: string, lang: Lang, m: ExplorerMessages): CardPlan {
  const own = sourceName(indicator.source, lang);
  const hasArea = !!area && !!indicator.values[area];
  const national = indicator.references.find((r) => r.kind === 'national');
  const series = hasArea ? area : national ? 'national' : '';
  const lines: { label: string; source: string }[] = [];
  if (hasArea) lines.push({ label: areaName(area, lang, m), source: own });
  for (const ref of indicator.references) {
    if (!hasArea && ref === national) {
      lines.unshift({ label: localize(ref.label, lang) || ref.id, source: own });
      continue;
    }
    const source = ref.source ? sourceName(ref.source, lang) : own;
    lines.push({ label: localize(ref.label, lang) || ref.id, source });
  }
  return { indicator, series, sources: group(lines) };
}

/**
 * cardPlans(dataset, indicator, area, lang, m) is the explorer's trend: the indicator's card
 * (the area, else the national series, with its references) and one card per companion
 * indicator that has a national series or comparators (its national series as the line).
 */
export function cardPlans(
  dataset: Dataset,
  indicator: Indicator,
  area: string,
  lang: Lang,
  m: ExplorerMessages,
): CardPlan[] {
  const plans = [plan(indicator, area, lang, m)];
  for (const id of indicator.companions ?? []) {
    const companion = dataset.indicators.find((i) => i.id === id);
    if (companion && companion.references.length) plans.push(plan(companion, '', lang, m));
  }
  return plans;
}
