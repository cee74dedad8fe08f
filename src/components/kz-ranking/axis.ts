// The shared horizontal axis of a ranking and its reference rules, in fractions of the plot's
// width (0 = left end, 1 = right end), and the labels of the rules stacked so that none covers
// another. Pure: the element measures text and the plot and passes the numbers in.
import { nice, ticks } from 'd3-array';
import type { ReferenceKind } from '../../data/types.js';

export interface Axis {
  domain: [number, number];
  ticks: { value: number; x: number }[];
  /** Where a value lies, 0..1; values beyond the ends are clamped (see `beyond`). */
  x(value: number): number;
  /** -1 below the axis, 1 beyond it, 0 on it. */
  beyond(value: number): -1 | 0 | 1;
}

/**
 * The axis for the areas' values. References close to them widen it; a reference further than
 * half the values' span beyond them stays off the axis (drawn at the end with an arrow), so that
 * one far comparator does not squeeze the areas together. With `zero` (bars) 0 is on the axis.
 */
export function rankingAxis(
  values: readonly number[],
  references: readonly number[],
  options: { zero?: boolean; tickCount?: number } = {},
): Axis | null {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return null;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (options.zero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  const span = hi - lo || Math.abs(hi) * 0.2 || 1;
  for (const r of references) {
    if (Number.isFinite(r) && r >= lo - span / 2 && r <= hi + span / 2) {
      lo = Math.min(lo, r);
      hi = Math.max(hi, r);
    }
  }
  if (lo === hi) {
    lo -= span / 2;
    hi += span / 2;
  }
  const count = Math.max(2, options.tickCount ?? 5);
  [lo, hi] = nice(lo, hi, count);
  const x = (value: number) => Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
  return {
    domain: [lo, hi],
    ticks: ticks(lo, hi, count).map((value) => ({ value, x: x(value) })),
    x,
    beyond: (value) => (value < lo ? -1 : value > hi ? 1 : 0),
  };
}

export interface RuleInput {
  id: string;
  kind: ReferenceKind;
  value: number;
  label: string;
  /** Said after the label to a screen reader: the source of a companion's rule, or ''. */
  spoken?: string;
}

export interface RulePlaced extends RuleInput {
  /** 0..1 along the plot (the end for a reference off the axis). */
  x: number;
  beyond: -1 | 0 | 1;
  /** The label in lines that fit. */
  lines: string[];
  /** Box of the label, in px from the left of the whole row and the top of the labels. */
  left: number;
  top: number;
  width: number;
}

export interface RuleFrame {
  /** Left of the plot and its width, in px from the left of the row. */
  plotLeft: number;
  plotWidth: number;
  /** Width of the whole row, which labels may use. */
  width: number;
  lineHeight: number;
  /** Width of a text in px. */
  measure: (text: string) => number;
}

/** Breaks a text into lines no wider than `max` px (a single long word keeps its own line). */
export function wrapText(text: string, max: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const GAP = 8;

/**
 * Places the labels of the reference rules above the rows: each starts at its rule (or ends there
 * when it would leave the row), and goes below the labels it would cover. Returns the labels and
 * the height they need.
 */
export function placeRules(
  rules: readonly RuleInput[],
  axis: Axis,
  frame: RuleFrame,
): { rules: RulePlaced[]; height: number } {
  const placed: RulePlaced[] = [];
  const sorted = [...rules].sort((a, b) => a.value - b.value);
  for (const rule of sorted) {
    const x = axis.x(rule.value);
    const beyond = axis.beyond(rule.value);
    const at = frame.plotLeft + x * frame.plotWidth;
    const lines = wrapText(rule.label, Math.max(60, frame.width - 4), frame.measure);
    const width = Math.min(frame.width, Math.max(...lines.map(frame.measure)) + 2);
    let left = beyond === 1 || at + width > frame.width ? at - width : at;
    left = Math.max(0, Math.min(frame.width - width, left));
    const height = lines.length * frame.lineHeight;
    let top = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (const other of placed) {
        const otherHeight = other.lines.length * frame.lineHeight;
        const overlaps =
          left < other.left + other.width + GAP &&
          other.left < left + width + GAP &&
          top < other.top + otherHeight &&
          other.top < top + height;
        if (overlaps) {
          top = other.top + otherHeight;
          moved = true;
        }
      }
    }
    placed.push({ ...rule, x, beyond, lines, left, top, width });
  }
  const height = Math.max(0, ...placed.map((r) => r.top + r.lines.length * frame.lineHeight));
  return { rules: placed, height };
}
