// Words and numbers of one drawn ranking in the reader's language: the rows (name, rank, value,
// accessible name, colour and position on the axis), the reference rules and their labels, the
// list's name and description, and the source line. Pure: no DOM.
import type { Indicator, Lang, Localized } from '../../data/types.js';
import { areaInfo } from '../../data/areas.js';
import { formatNumber, formatRank, localize } from '../../i18n/format.js';
import { referencesAt, type AreaDatum } from '../kz-choropleth/model.js';
import { MESSAGES, fill, type RankingMessages } from './messages.js';
import { rankingRows, type SortKey } from './model.js';
import { rankingAxis, type Axis, type RuleInput } from './axis.js';

export interface RowView {
  id: string;
  name: string;
  /** `3`, `=3`, or '' without a value. */
  rank: string;
  /** The number as shown, or '' without a value. */
  value: string;
  /** What a screen reader hears after the visible value: the unit and the rank in words. */
  spoken: string;
  /** Why there is no value ("No data", "Not applicable"), or ''. */
  missing: string;
  color?: string;
  /** Position of the value (dot, or end of the bar) and of the bar's start, 0..1. */
  x: number | null;
  x0: number;
  gapBefore: boolean;
  datum: AreaDatum;
}

export interface RankingView {
  lang: Lang;
  m: RankingMessages;
  indicator: Indicator;
  period: string;
  title: string;
  /** Unit and period, below the title. */
  caption: string;
  rows: RowView[];
  axis: Axis | null;
  /** Tick labels of the axis. */
  ticks: { x: number; label: string }[];
  rules: RuleInput[];
  /** Characters of the widest value and rank, for the columns' widths. */
  valueChars: number;
  rankChars: number;
  listLabel: string;
  /** Rank order, references, and how many rows a short list shows. */
  description: string;
  /** Name, link and licence of each source drawn (the indicator's, then the references'). */
  sources: { name: string; url: string; licence: string }[];
  /** Area value as words for announcements ("8.3 per 1,000"). */
  valueText(id: string): string;
}

export interface ViewOptions {
  sort: SortKey;
  top: number;
  bottom: number;
  mark: 'dot' | 'bar';
  references: boolean;
  /** Ticks that fit the plot's width. */
  tickCount: number;
}

const nameOf = (lang: Lang) => (id: string) => areaInfo(id)?.names[lang] ?? id;

function sourceOf(source: { name: Localized; url?: string; licence?: Localized }, lang: Lang) {
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : '';
  return { name: localize(source.name, lang), url, licence: localize(source.licence, lang) };
}

/** The reference rules of a period with their labels (a target's label may state its value). */
function rulesOf(indicator: Indicator, period: string, lang: Lang, m: RankingMessages) {
  const format = (v: number) => formatNumber(v, lang, indicator.decimals);
  return referencesAt(indicator, period).map((r): RuleInput => {
    const label = localize(r.label, lang) || (r.kind === 'national' ? m.country : r.id);
    const says = r.kind === 'target' && label.split(/[^\d.]+/).includes(String(r.value));
    return {
      id: r.id,
      kind: r.kind,
      value: r.value,
      label: says ? label : `${label} ${format(r.value)}`,
    };
  });
}

/** Tick labels with the decimals the ticks need (2, 4, 6 or 0.5, 1.0, 1.5). */
function tickLabels(axis: Axis, lang: Lang): { x: number; label: string }[] {
  const decimals = Math.min(
    3,
    Math.max(0, ...axis.ticks.map((t) => (String(t.value).split('.')[1] ?? '').length)),
  );
  return axis.ticks.map((t) => ({ x: t.x, label: formatNumber(t.value, lang, decimals) }));
}

export function rankingView(
  lang: Lang,
  indicator: Indicator,
  period: string,
  areas: readonly AreaDatum[],
  o: ViewOptions,
): RankingView {
  const m = MESSAGES.get(lang);
  const unit = localize(indicator.unit, lang);
  const format = (v: number | null) => formatNumber(v, lang, indicator.decimals);
  const ranked = areas.filter((d) => d.rank !== null).length;
  const rows = rankingRows(areas, {
    sort: o.sort,
    top: o.top,
    bottom: o.bottom,
    nameOf: nameOf(lang),
    collator: new Intl.Collator(lang),
  });
  const rules = o.references ? rulesOf(indicator, period, lang, m) : [];
  const values = areas.map((d) => d.value).filter((v): v is number => v !== null);
  const zero = o.mark === 'bar';
  const axis = rankingAxis(
    values,
    rules.map((r) => r.value),
    { zero, tickCount: o.tickCount },
  );
  const x0 = axis ? axis.x(Math.max(axis.domain[0], Math.min(0, axis.domain[1]))) : 0;
  const withUnit = (v: number) => `${format(v)}${unit ? ` ${unit}` : ''}`;
  const missingText = (d: AreaDatum) =>
    d.missing === 'not-applicable' ? m.notApplicable : d.missing ? m.noData : '';
  const rowViews = rows.map((r): RowView => {
    const d = r.datum;
    const rankWords =
      d.rank !== null ? `, ${formatRank(d.rank, ranked, lang)}${d.tied ? `, ${m.tied}` : ''}` : '';
    return {
      id: d.id,
      name: r.name,
      rank: r.rank,
      value: format(d.value),
      spoken: d.value === null ? '' : `${unit ? ` ${unit}` : ''}${rankWords}`,
      missing: missingText(d),
      color: d.color,
      x: d.value !== null && axis ? axis.x(d.value) : null,
      x0: zero ? x0 : 0,
      gapBefore: r.gapBefore,
      datum: d,
    };
  });
  const placed = rules.map((r) => {
    const beyond = axis?.beyond(r.value) ?? 0;
    return beyond ? `${r.label} (${beyond > 0 ? m.offAxisHigh : m.offAxisLow})` : r.label;
  });
  const order = indicator.better === 'lower' ? m.rankLowFirst : m.rankHighFirst;
  const shown = rowViews.filter((r) => r.x !== null).length;
  const description = [
    o.sort === 'name' ? `${m.byName} ${order}` : order,
    placed.length ? `${m.references}: ${placed.join('; ')}.` : '',
    o.top > 0 || o.bottom > 0 ? fill(m.shownOf, { shown, total: ranked }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const refSources = indicator.references
    .filter((r) => r.source && rules.some((rule) => rule.id === r.id))
    .map((r) => sourceOf(r.source!, lang));
  const sources = [sourceOf(indicator.source, lang), ...refSources].filter(
    (s, i, all) => s.name && all.findIndex((t) => t.name === s.name) === i,
  );
  const byId = new Map(areas.map((d) => [d.id, d]));
  return {
    lang,
    m,
    indicator,
    period,
    title: localize(indicator.name, lang),
    caption: [unit, period].filter(Boolean).join(', '),
    rows: rowViews,
    axis,
    ticks: axis ? tickLabels(axis, lang) : [],
    rules,
    valueChars: Math.max(1, ...rowViews.map((r) => r.value.length)),
    rankChars: Math.max(1, ...rowViews.map((r) => r.rank.length)),
    listLabel: fill(m.listLabel, { name: localize(indicator.name, lang), period }),
    description,
    sources,
    valueText(id) {
      const d = byId.get(id);
      return !d ? '' : d.value === null ? missingText(d) : withUnit(d.value);
    },
  };
}
