// Tooltip content: name, value with unit, rank, difference from the national value, status notes
// and a small sparkline of the area over all periods, with the shown period marked.
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Indicator, Lang } from '../../data/types.js';
import { sparkExtent, type SparkPoint } from '../../shapes/extent.js';
import { sparklinePath, sparkScales, round, type Frame } from '../../shapes/sparkline.js';
import { formatNumber, formatRank, localize } from '../../i18n/format.js';
import { MESSAGES, fill } from './messages.js';
import type { AreaDatum } from './model.js';
import type { Geometry } from './geometry.js';
import type { Shown } from './choose-view.js';
import type { Presenter } from './presenter.js';
export { styles } from './tooltip.styles.js';

export const SPARK_FRAME: Frame = { width: 132, height: 36, top: 4, right: 4, bottom: 4, left: 4 };

export interface SparkGeometry {
  line: string;
  national: string;
  dot: { x: number; y: number } | null;
  first: string;
  last: string;
}

/** Points of a series over the indicator's periods (missing periods keep their place). */
export function seriesPoints(
  indicator: Indicator,
  values: Record<string, { value: number | null }> | undefined,
): SparkPoint[] {
  return indicator.periods.map((p) => ({
    period: p.id,
    x: p.start,
    value: values?.[p.id]?.value ?? null,
  }));
}

/** The tooltip sparkline of an area, with the national series when there is one. */
export function sparkGeometry(
  indicator: Indicator,
  area: string,
  period: string,
  lang: Lang,
): SparkGeometry | null {
  const points = seriesPoints(indicator, indicator.values[area]);
  const withValue = points.filter((p) => p.value !== null);
  if (withValue.length < 2) return null;
  const nationalRef = indicator.references.find((r) => r.kind === 'national');
  const national = nationalRef ? seriesPoints(indicator, nationalRef.values) : [];
  const extent = sparkExtent(
    points,
    national.map((p) => p.value).filter((v): v is number => v !== null),
  );
  if (!extent) return null;
  const [first, last] = [withValue[0], withValue.at(-1)!];
  // Only the span where the area has values, so that the line fills the width.
  extent.x = [first.x, last.x];
  if (extent.x[0] === extent.x[1]) return null;
  const scales = sparkScales(extent, SPARK_FRAME);
  const inSpan = (p: SparkPoint) => p.x >= extent.x[0] && p.x <= extent.x[1];
  const current = points.find((p) => p.period === period && p.value !== null);
  const label = (p: SparkPoint) => `${p.period} ${formatNumber(p.value, lang, indicator.decimals)}`;
  return {
    line: sparklinePath(points.filter(inSpan), scales),
    national: sparklinePath(national.filter(inSpan), scales),
    dot: current
      ? { x: round(scales.x(current.x)), y: round(scales.y(current.value as number)) }
      : null,
    first: label(first),
    last: label(last),
  };
}

export interface TooltipText {
  name: string;
  value: string;
  lines: string[];
}

/** The text lines of a tooltip (also used as the area's accessible description). */
export function tooltipText(
  d: AreaDatum,
  name: string,
  indicator: Indicator,
  period: string,
  total: number,
  lang: Lang,
): TooltipText {
  const m = MESSAGES.get(lang);
  const unit = localize(indicator.unit, lang);
  const lines: string[] = [];
  let value: string;
  if (d.value === null) {
    value =
      d.missing === 'not-applicable'
        ? m.notApplicable
        : d.reason === 'suppressed'
          ? m.suppressed
          : fill(m.noValueFor, { period });
  } else {
    value = `${formatNumber(d.value, lang, indicator.decimals)}${unit ? ` ${unit}` : ''}`;
    if (d.rank !== null) {
      const order = indicator.better === 'lower' ? m.rankLowFirst : m.rankHighFirst;
      lines.push(
        `${m.rank}: ${formatRank(d.rank, total, lang)}${d.tied ? `, ${m.tied}` : ''} (${order})`,
      );
    }
    if (d.diff !== null) {
      const abs = Math.abs(d.diff);
      const text = formatNumber(abs, lang, indicator.decimals);
      lines.push(
        Number(text.replace(/[^\d]/g, '')) === 0
          ? m.same
          : fill(d.diff > 0 ? m.above : m.below, { diff: text }),
      );
    }
  }
  const status = d.observation?.status;
  if (status) lines.push(m[status]);
  const note = localize(d.observation?.note, lang);
  if (note) lines.push(note);
  return { name, value, lines };
}

export function tooltipTemplate(
  text: TooltipText,
  spark: SparkGeometry | null,
  period: string,
): TemplateResult {
  return html`<div class="tooltip-name">${text.name}</div>
    <div class="tooltip-value"><span class="tooltip-period">${period}</span> ${text.value}</div>
    ${text.lines.map((line) => html`<div class="tooltip-line">${line}</div>`)}
    ${
      spark
        ? html`<div class="tooltip-spark">
            <svg
              width=${SPARK_FRAME.width}
              height=${SPARK_FRAME.height}
              viewBox="0 0 ${SPARK_FRAME.width} ${SPARK_FRAME.height}"
              aria-hidden="true"
            >
              ${spark.national ? svg`<path class="spark-national" d=${spark.national}></path>` : nothing}
              <path class="spark-line" d=${spark.line}></path>
              ${spark.dot ? svg`<circle class="spark-dot" cx=${spark.dot.x} cy=${spark.dot.y} r="3"></circle>` : nothing}
            </svg>
            <div class="spark-ends"><span>${spark.first}</span><span>${spark.last}</span></div>
          </div>`
        : nothing
    }`;
}

/** The tooltip of area `tip`: name, value, rank, difference, notes and a sparkline. */
export function tooltipSection(tip: AreaDatum, shown: Shown, presenter: Presenter): TemplateResult {
  const { indicator, period } = shown;
  const { lang, ranked } = presenter;
  const text = tooltipText(tip, presenter.nameOf(tip.id), indicator, period, ranked, lang);
  return html`<div class="tooltip" part="tooltip" id="tooltip">
    ${tooltipTemplate(text, sparkGeometry(indicator, tip.id, period, lang), period)}
  </div>`;
}

// The size of the last tooltip placed: the next is placed with it before it is measured.
let lastSize = [0, 0];

/**
 * Puts the tooltip of area `id` 14 px right of and below the pointer (`at`, in the map's
 * coordinates; without one, the area's keyboard point), or left of or above it where it would
 * stick out of the map.
 */
export function placeTip(
  tip: HTMLElement,
  g: Geometry,
  id: string,
  at: { x: number; y: number } | null,
): void {
  const p = at ?? g.nav.find((n) => n.id === id) ?? { x: g.width / 2, y: g.height / 2 };
  const along = (a: number, size: number, room: number) =>
    Math.round(a + 14 + size > room ? Math.max(0, a - 14 - size) : a + 14);
  // Placed before it is measured (which styles and lays it out), so that the frame need not
  // style it again, unless its size moves it (the same place again changes nothing).
  const place = () =>
    (tip.style.transform = `translate(${along(p.x, lastSize[0], g.width)}px,${along(p.y, lastSize[1], g.height)}px)`);
  place();
  lastSize = [tip.offsetWidth, tip.offsetHeight];
  place();
}
