// Legend geometry in pixels for a given width: class swatches with their counts, break labels that
// do not collide, reference markers (national value, comparators, targets) stacked in rows, and the
// "No data" / "Not applicable" swatches. Pure: the template only draws these numbers.
import type { ColorScale } from '../../scales/color.js';
import type { ReferenceKind } from '../../data/types.js';
import type { ClassCounts } from './model.js';
import { wrapWords } from '../../i18n/wrap-words.js';

export interface LegendReference {
  id: string;
  kind: ReferenceKind;
  label: string;
  value: number;
}

export interface LegendInput {
  width: number;
  scale: ColorScale;
  counts: ClassCounts;
  references: readonly LegendReference[];
  /** Formats a class break for display. */
  format: (value: number) => string;
  /** Formats the scale's ends (the data's extent); default `format`. */
  formatEnd?: (value: number) => string;
  noDataLabel: string;
  notApplicableLabel: string;
}

export interface LegendSwatch {
  x: number;
  width: number;
  color: string;
  count: number;
  lower: number;
  upper: number;
}

export interface LegendTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface LegendMarker {
  id: string;
  kind: ReferenceKind;
  x: number;
  /** Top of the marker's row. */
  y: number;
  label: string;
  /** The label in lines that fit the legend's width (one line unless it is longer). */
  lines: string[];
  /** -1 or 1 when the value lies beyond the scale's end (the marker sits at that end). */
  beyond: -1 | 0 | 1;
  /** Where the label text starts (always drawn start-anchored). */
  labelX: number;
  /** Estimated width of the widest line, for the backdrop that keeps other rules off it. */
  labelWidth: number;
}

export interface LegendMissing {
  kind: 'no-data' | 'not-applicable';
  x: number;
  y: number;
  label: string;
  count: number;
}

export interface LegendLayout {
  width: number;
  height: number;
  bar: { x: number; y: number; width: number; height: number };
  kind: 'stepped' | 'continuous';
  swatches: LegendSwatch[];
  /** Continuous: gradient stops [offset, colour]. */
  stops: [number, string][];
  ticks: LegendTick[];
  markers: LegendMarker[];
  missing: LegendMissing[];
}

export const LEGEND_FONT = 12;
const CHAR = 0.58 * LEGEND_FONT;
// Cyrillic letters (and any later script) run wider than Latin ones.
const WIDE_CHAR = 0.6 * LEGEND_FONT;
const SWATCH = 14;
const PAD = 2;
// Room right of the bar: its end label and a marker head at its end stay inside the box, and a
// marker label may run 2 px past the bar's end, still 4 px short of the box's edge.
const END = 6;
const COUNT_ROW = 14;
const BAR = 12;
const TICK_ROW = 16;
export const MARKER_ROW = 18;

/** Estimated width of a text in the legend font. */
export function textWidth(text: string): number {
  return [...text].reduce((width, c) => width + (c > '\u03ff' ? WIDE_CHAR : CHAR), 0);
}

function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return Number.isFinite(lo) ? [lo] : [];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    out.push(Number(v.toFixed(Math.max(0, -Math.floor(Math.log10(step))))));
  }
  return out;
}

/** Position of a value along the bar: linear within its class (stepped) or the domain. */
export function legendPosition(
  value: number,
  scale: ColorScale,
  x0: number,
  width: number,
): { x: number; beyond: -1 | 0 | 1 } {
  const [lo, hi] = scale.domain;
  if (scale.kind === 'continuous' || !scale.classes.length) {
    if (!(hi > lo)) return { x: x0 + width / 2, beyond: 0 };
    const t = (value - lo) / (hi - lo);
    return { x: x0 + width * Math.max(0, Math.min(1, t)), beyond: t < 0 ? -1 : t > 1 ? 1 : 0 };
  }
  const k = scale.classes.length;
  const w = width / k;
  const first = scale.classes[0];
  const last = scale.classes[k - 1];
  if (value < first.lower) return { x: x0, beyond: -1 };
  if (value > last.upper) return { x: x0 + width, beyond: 1 };
  const i = Math.max(0, Math.min(k - 1, scale.classOf(value)));
  const c = scale.classes[i];
  const f = c.upper > c.lower ? (value - c.lower) / (c.upper - c.lower) : 0.5;
  return { x: x0 + w * (i + Math.max(0, Math.min(1, f))), beyond: 0 };
}

function dropColliding(ticks: LegendTick[]): LegendTick[] {
  const extent = (t: LegendTick): [number, number] => {
    const w = textWidth(t.label);
    return t.anchor === 'start'
      ? [t.x, t.x + w]
      : t.anchor === 'end'
        ? [t.x - w, t.x]
        : [t.x - w / 2, t.x + w / 2];
  };
  const kept: LegendTick[] = [];
  ticks.forEach((t, i) => {
    const [a] = extent(t);
    const prev = kept[kept.length - 1];
    if (!prev || a > extent(prev)[1] + 6) {
      kept.push(t);
    } else if (i === ticks.length - 1 && kept.length > 1) {
      // Keep the last label (the domain's end) in favour of the one before it.
      kept[kept.length - 1] = t;
    }
  });
  return kept;
}

/** Break labels under the bar: the classes' edges (stepped) or round values (continuous). */
function legendTicks(
  input: LegendInput,
  stepped: boolean,
  x0: number,
  barWidth: number,
): LegendTick[] {
  const { scale, format } = input;
  const end = input.formatEnd ?? format;
  const { classes, domain } = scale;
  const [lo, hi] = domain;
  const w = barWidth / classes.length;
  const round = (count: number) => niceTicks(lo, hi, count).filter((v) => v > lo && v < hi);
  // The classes' edges (stepped), or the domain's ends with round values between (continuous).
  const values = stepped
    ? [classes[0].lower, ...scale.thresholds, classes[classes.length - 1].upper]
    : Number.isFinite(lo)
      ? [lo, ...round(Math.max(2, Math.floor(barWidth / 70))), hi]
      : [];
  const last = values.length - 1;
  const ticks: LegendTick[] = values.map((v, i) => ({
    x: stepped ? x0 + i * w : legendPosition(v, scale, x0, barWidth).x,
    label: i === 0 || i === last ? end(v) : format(v),
    anchor: i === 0 ? 'start' : i === last ? 'end' : 'middle',
  }));
  // A last class of one value ends where it starts: show that label once.
  if (ticks.length > 2 && ticks[ticks.length - 1].label === ticks[ticks.length - 2].label) {
    ticks.splice(ticks.length - 2, 1);
  }
  return dropColliding(ticks);
}

/** Reference markers from `top` down; `rows` gets where each used row's labels end. */
function placeMarkers(
  references: readonly LegendReference[],
  scale: ColorScale,
  x0: number,
  barWidth: number,
  top: number,
  rows: number[],
): LegendMarker[] {
  const markers: LegendMarker[] = [];
  const refs = [...references].sort((a, b) => a.value - b.value);
  const right = x0 + barWidth + 2;
  for (const r of refs) {
    const { x, beyond } = legendPosition(r.value, scale, x0, barWidth);
    const text = beyond === 1 ? `${r.label} →` : beyond === -1 ? `← ${r.label}` : r.label;
    // A label wider than the legend (a long comparator name on a phone) wraps onto more rows.
    const widest = Math.max(...[...text].map(textWidth));
    const lines = wrapWords(text, Math.max(8, Math.floor((right - x0) / widest)));
    const w = Math.max(...lines.map(textWidth));
    // The label starts 7 px right of its marker, or ends 7 px left of it, and stays on the bar's
    // span (to 2 px past its end) when it can; `labelX` is where the text starts.
    let labelX = x + 7 + w <= right ? x + 7 : x - 7 - w;
    if (labelX < x0) labelX = Math.max(x0, Math.min(x + 7, right - w));
    const left = Math.min(x - 5, labelX);
    const end = Math.max(x + 5, labelX + w);
    let row = lines.length === 1 ? rows.findIndex((used) => left > used + 8) : -1;
    if (row < 0) {
      row = rows.length;
      for (const _ of lines) rows.push(end);
    } else {
      rows[row] = end;
    }
    markers.push({
      id: r.id,
      kind: r.kind,
      x,
      y: top + row * MARKER_ROW,
      label: text,
      lines,
      beyond,
      labelX,
      labelWidth: w,
    });
  }
  return markers;
}

/** Width of a "No data (3)" item: swatch, gap, text and the space after it. */
function itemWidth(m: { label: string; count: number }): number {
  return SWATCH + 6 + textWidth(`${m.label} (${m.count})`) + 14;
}

/** Lays out the legend for a width in pixels. */
export function legendLayout(input: LegendInput): LegendLayout {
  const { width, scale, counts } = input;
  const missing: LegendMissing[] = [];
  const missingItems: Array<{ kind: LegendMissing['kind']; label: string; count: number }> = [];
  if (counts.noData > 0) {
    missingItems.push({ kind: 'no-data', label: input.noDataLabel, count: counts.noData });
  }
  if (counts.notApplicable > 0) {
    missingItems.push({
      kind: 'not-applicable',
      label: input.notApplicableLabel,
      count: counts.notApplicable,
    });
  }
  const missingWidth = missingItems.reduce((s, m) => s + itemWidth(m), 0);
  const side = missingItems.length > 0 && width - missingWidth >= 260;

  const x0 = PAD;
  const barWidth = Math.max(60, (side ? width - missingWidth - 16 : width) - (PAD + END));
  const stepped = scale.kind === 'stepped' && scale.classes.length > 0;
  const barY = stepped ? COUNT_ROW : 2;
  const bar = { x: x0, y: barY, width: barWidth, height: BAR };

  const w = barWidth / scale.classes.length;
  const swatches: LegendSwatch[] = stepped
    ? scale.classes.map((c, i) => ({
        x: x0 + i * w,
        width: w,
        color: c.color,
        count: counts.counts[i] ?? 0,
        lower: c.lower,
        upper: c.upper,
      }))
    : [];
  const ticks = legendTicks(input, stepped, x0, barWidth);

  // Reference markers: rows below the break labels, a new row when a label would overlap.
  const rows: number[] = [];
  const markers = placeMarkers(
    input.references,
    scale,
    x0,
    barWidth,
    barY + BAR + TICK_ROW + 4,
    rows,
  );
  const markersBottom = barY + BAR + TICK_ROW + 4 + rows.length * MARKER_ROW;

  let height = Math.max(barY + BAR + TICK_ROW, markersBottom);
  if (side) {
    let x = x0 + barWidth + 16;
    for (const m of missingItems) {
      missing.push({ ...m, x, y: barY });
      x += itemWidth(m);
    }
  } else if (missingItems.length) {
    let x = x0;
    let y = height + 4;
    for (const m of missingItems) {
      if (x > x0 && x + itemWidth(m) > width) {
        x = x0;
        y += MARKER_ROW;
      }
      missing.push({ ...m, x, y });
      x += itemWidth(m);
    }
    height = y + SWATCH + 4;
  }
  return {
    width,
    height: Math.ceil(height + 2),
    bar,
    kind: stepped ? 'stepped' : 'continuous',
    swatches,
    stops: stepped ? [] : scale.stops(),
    ticks,
    markers,
    missing,
  };
}
