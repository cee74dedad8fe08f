// Words and numbers of one drawn view in the reader's language: area names, values with units,
// accessible names, the summary, reference labels, the legend's text alternative and the table
// rows. Pure: no DOM.
import type { Indicator, Lang } from '../../data/types.js';
import { areaInfo } from '../../data/areas.js';
import { formatNumber, formatRank, localize } from '../../i18n/format.js';
import type { ColorScale } from '../../scales/color.js';
import { MESSAGES, fill, type ChoroplethMessages } from './messages.js';
import {
  classCounts,
  extremes,
  nationalValue,
  referencesAt,
  type AreaDatum,
  type ClassCounts,
} from './model.js';
import type { LegendReference } from './legend-layout.js';
import type { TableRow } from './table.js';

export interface Presenter {
  lang: Lang;
  messages: ChoroplethMessages;
  indicator: Indicator;
  period: string;
  /** Areas with a rank (a value). */
  ranked: number;
  counts: ClassCounts;
  nameOf(id: string): string;
  shortNameOf(id: string): string;
  /** A value with the indicator's decimals. */
  format(value: number | null): string;
  /** A number of the legend: every one with the same decimals (the most any break needs). */
  formatBreak(value: number): string;
  /** Value and unit, or why there is none ("No value for 2019"). */
  valueText(d: AreaDatum): string;
  /** Accessible name of an area: name, value and rank. */
  areaLabel(id: string): string;
  /** Highest, lowest and national value, one sentence each. */
  summary(): string;
  references(): LegendReference[];
  /** Text alternative of the legend. */
  legendDescription(references: LegendReference[]): string;
  tableRows(): TableRow[];
  unit: string;
  title: string;
}

/** Where the names of areas come from: the built-in table, or the map for its districts. */
export type NamesOf = (
  id: string,
) => { names: Record<Lang, string>; shortNames: Record<Lang, string> } | undefined;

export function createPresenter(
  lang: Lang,
  indicator: Indicator,
  period: string,
  areas: readonly AreaDatum[],
  scale: ColorScale,
  namesOf: NamesOf = areaInfo,
): Presenter {
  const messages = MESSAGES.get(lang);
  const byId = new Map(areas.map((d) => [d.id, d]));
  const ranked = areas.filter((d) => d.rank !== null).length;
  const unit = localize(indicator.unit, lang);
  const counts = classCounts(areas, scale);

  const nameOf = (id: string) => namesOf(id)?.names[lang] ?? id;
  const format = (value: number | null) => formatNumber(value, lang, indicator.decimals);
  // Every number of the legend with the same decimals: the indicator's, or more where a rounded
  // break needs them (7.00, 9.87, 11.50, not 7.0, 9.87, 11.5).
  const breakDecimals = Math.max(
    indicator.decimals,
    ...scale.thresholds.map((t) => Math.min(4, (String(t).split('.')[1] ?? '').length)),
  );
  const formatBreak = (value: number) => formatNumber(value, lang, breakDecimals);
  const valueText = (d: AreaDatum) => {
    if (d.value === null) {
      return d.missing === 'not-applicable'
        ? messages.notApplicable
        : fill(messages.noValueFor, { period });
    }
    return `${format(d.value)}${unit ? ` ${unit}` : ''}`;
  };

  const labels = new Map<string, string>();
  const summaryText = () => {
    const { highest, lowest } = extremes(areas);
    const names = (list: AreaDatum[]) => list.map((d) => nameOf(d.id)).join(', ');
    const parts: string[] = [];
    if (highest.length) {
      parts.push(`${messages.highest}: ${names(highest)}, ${valueText(highest[0])}.`);
      parts.push(`${messages.lowest}: ${names(lowest)}, ${valueText(lowest[0])}.`);
    }
    const national = nationalValue(indicator, period);
    if (national !== null) parts.push(`${messages.country}: ${format(national)}.`);
    return parts.join(' ');
  };

  return {
    lang,
    messages,
    indicator,
    period,
    ranked,
    counts,
    unit,
    title: localize(indicator.name, lang),
    nameOf,
    shortNameOf: (id) => namesOf(id)?.shortNames[lang] ?? id,
    format,
    formatBreak,
    valueText,
    areaLabel(id) {
      // Asked for every area at each drawing (hover, focus and tap included): worded once.
      let label = labels.get(id);
      if (label === undefined) {
        const d = byId.get(id);
        const rank = d && d.rank !== null ? `, ${formatRank(d.rank, ranked, lang)}` : '';
        label = d ? `${nameOf(id)}: ${valueText(d)}${rank}` : nameOf(id);
        labels.set(id, label);
      }
      return label;
    },
    summary: summaryText,
    references: () => referenceLabels(indicator, period, lang, messages, format),
    legendDescription: (references) =>
      describeLegend(scale, counts, messages, format, formatBreak, references),
    tableRows: () => tableRows(areas, lang, messages, ranked, nameOf, valueText, format, indicator),
  };
}

/** The references drawn at this period, each labelled with its value unless the label says it. */
function referenceLabels(
  indicator: Indicator,
  period: string,
  lang: Lang,
  messages: ChoroplethMessages,
  format: (value: number) => string,
): LegendReference[] {
  return referencesAt(indicator, period).map((r) => {
    const label = localize(r.label, lang) || (r.kind === 'national' ? messages.country : r.id);
    // A target's label usually states its value ("SDG target 3.2: 25 or lower by 2030").
    const says = r.kind === 'target' && label.split(/[^\d.]+/).includes(String(r.value));
    return {
      id: r.id,
      kind: r.kind,
      value: r.value,
      label: says ? label : `${label} ${format(r.value)}`,
    };
  });
}

function describeLegend(
  scale: ColorScale,
  counts: ClassCounts,
  messages: ChoroplethMessages,
  format: (value: number) => string,
  formatBreak: (value: number) => string,
  references: LegendReference[],
): string {
  const classes =
    scale.kind === 'stepped'
      ? scale.classes.map(
          (c, i) =>
            `${formatBreak(c.lower)}–${formatBreak(c.upper)}: ${messages.areasCount(counts.counts[i] ?? 0)}`,
        )
      : [`${format(scale.domain[0])}–${format(scale.domain[1])}`];
  return [
    ...classes,
    ...(counts.noData ? [`${messages.noData}: ${messages.areasCount(counts.noData)}`] : []),
    ...(counts.notApplicable
      ? [`${messages.notApplicable}: ${messages.areasCount(counts.notApplicable)}`]
      : []),
    ...references.map((r) => r.label),
  ].join('; ');
}

function tableRows(
  areas: readonly AreaDatum[],
  lang: Lang,
  messages: ChoroplethMessages,
  ranked: number,
  nameOf: (id: string) => string,
  valueText: (d: AreaDatum) => string,
  format: (value: number) => string,
  indicator: Indicator,
): TableRow[] {
  return areas.map((d) => ({
    datum: d,
    name: nameOf(d.id),
    value: d.value === null ? valueText(d) : format(d.value),
    rank:
      d.rank !== null
        ? `${formatRank(d.rank, ranked, lang)}${d.tied ? `, ${messages.tied}` : ''}`
        : '',
    diff: d.diff !== null ? formatNumber(d.diff, lang, indicator.decimals, { signed: true }) : '',
    notes: [
      d.observation?.status ? messages[d.observation.status] : '',
      d.reason === 'suppressed' ? messages.suppressed : '',
      localize(d.observation?.note, lang),
    ]
      .filter(Boolean)
      .join('; '),
  }));
}
