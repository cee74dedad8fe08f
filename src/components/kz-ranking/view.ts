// Words and numbers of one drawn ranking in the reader's language: the rows (name, rank, value,
// accessible name, colour and position on the axis), the reference rules and their labels, the
// list's name and description, and the source line. Pure: no DOM.
import type { Dataset, Indicator, Lang } from '../../data/types.js';
import { areaInfo } from '../../data/areas.js';
import { formatNumber, formatRank, localize } from '../../i18n/format.js';
import type { AreaDatum } from '../kz-choropleth/model.js';
import { MESSAGES, fill, type RankingMessages } from './messages.js';
import { rankingRows, type RankRow, type SortKey } from './model.js';
import { rankingAxis, type Axis, type RuleInput } from './axis.js';
import { rankingReferences, type SourceCredit } from './references.js';

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
  sources: SourceCredit[];
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

/** Tick labels with the decimals the ticks need (2, 4, 6 or 0.5, 1.0, 1.5). */
function tickLabels(axis: Axis, lang: Lang): { x: number; label: string }[] {
  const decimals = Math.min(
    3,
    Math.max(0, ...axis.ticks.map((t) => (String(t.value).split('.')[1] ?? '').length)),
  );
  return axis.ticks.map((t) => ({ x: t.x, label: formatNumber(t.value, lang, decimals) }));
}

/** What a row shows and says. */
function rowView(d: AreaDatum, row: RankRow, axis: Axis | null, words: RowWords): RowView {
  const { lang, m, unit, ranked, format } = words;
  const rankWords =
    d.rank !== null ? `, ${formatRank(d.rank, ranked, lang)}${d.tied ? `, ${m.tied}` : ''}` : '';
  return {
    id: d.id,
    name: row.name,
    rank: row.rank,
    value: format(d.value),
    spoken: d.value === null ? '' : `${unit ? ` ${unit}` : ''}${rankWords}`,
    missing: missingText(d, m),
    color: d.color,
    x: d.value !== null && axis ? axis.x(d.value) : null,
    x0: 0,
    gapBefore: row.gapBefore,
    datum: d,
  };
}

interface RowWords {
  lang: Lang;
  m: RankingMessages;
  unit: string;
  /** How many areas have a rank. */
  ranked: number;
  format: (v: number | null) => string;
}

const missingText = (d: AreaDatum, m: RankingMessages) =>
  d.missing === 'not-applicable' ? m.notApplicable : d.missing ? m.noData : '';

/** The list's description: rank order, the references (their source when a companion's), rows shown. */
function describe(
  o: ViewOptions,
  better: Indicator['better'],
  rules: readonly RuleInput[],
  axis: Axis | null,
  counts: { shown: number; ranked: number },
  m: RankingMessages,
): string {
  const placed = rules.map((r, i) => {
    const beyond = axis?.beyond(r.value) ?? 0;
    const where = beyond ? ` (${beyond > 0 ? m.offAxisHigh : m.offAxisLow})` : '';
    // A companion's source is said once, after the last of its rules in a row (its labels already
    // name whose estimate each is).
    return `${r.label}${where}${r.spoken === rules[i + 1]?.spoken ? '' : (r.spoken ?? '')}`;
  });
  const order = better === 'lower' ? m.rankLowFirst : m.rankHighFirst;
  return [
    o.sort === 'name' ? `${m.byName} ${order}` : order,
    placed.length ? `${m.references}: ${placed.join('; ')}.` : '',
    o.top > 0 || o.bottom > 0 ? fill(m.shownOf, { shown: counts.shown, total: counts.ranked }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The ranking of `areas` (the map's area data of the shown period) in the reader's language,
 * with the reference rules of the indicator and of its companions in `dataset`.
 */
export function rankingView(
  dataset: Dataset,
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
  const references = rankingReferences(dataset, indicator, period, lang, m);
  const rules = o.references ? references.rules : [];
  const values = areas.map((d) => d.value).filter((v): v is number => v !== null);
  const zero = o.mark === 'bar';
  const axis = rankingAxis(
    values,
    rules.map((r) => r.value),
    { zero, tickCount: o.tickCount },
  );
  const x0 = axis && zero ? axis.x(Math.max(axis.domain[0], Math.min(0, axis.domain[1]))) : 0;
  const words = { lang, m, unit, ranked, format };
  const rowViews = rows.map((r) => ({ ...rowView(r.datum, r, axis, words), x0 }));
  const shown = rowViews.filter((r) => r.x !== null).length;
  // Credited: the indicator's source and those of the rules drawn.
  const credited = o.references ? references.sources : references.sources.slice(0, 1);
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
    description: describe(o, indicator.better, rules, axis, { shown, ranked }, m),
    sources: credited.filter((s) => s.name),
    valueText(id) {
      const d = byId.get(id);
      const unitText = unit ? ` ${unit}` : '';
      return !d ? '' : d.value === null ? missingText(d, m) : `${format(d.value)}${unitText}`;
    },
  };
}
