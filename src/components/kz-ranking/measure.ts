// What the ranking measures in the page: where its plot column lies (the rules' labels are placed
// in pixels over the whole row) and how wide a label's text is in the page's font.
import type { RuleFrame } from './axis.js';

const measurers = new Map<string, (text: string) => number>();

/**
 * The labels' line height, and the width of a text in their font (0.85em of the chart's),
 * measured on a canvas (one per font).
 */
function textMeasure(element: Element): { lineHeight: number; measure: (text: string) => number } {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize) * 0.85;
  const font = `${size}px ${style.fontFamily}`;
  let measure = measurers.get(font);
  if (!measure) {
    const context = document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
    measure = (text) => (context ? context.measureText(text).width : text.length * size * 0.6);
    measurers.set(font, measure);
  }
  return { lineHeight: Math.ceil(size * 1.3), measure };
}

/** The plot column of the chart's rows (or its axis), in px from the chart's left edge. */
export function measureFrame(chart: HTMLElement): RuleFrame | null {
  const track = chart.querySelector<HTMLElement>('.row .track, .axis-row .track');
  if (!track) return null;
  const box = chart.getBoundingClientRect();
  const plot = track.getBoundingClientRect();
  return {
    plotLeft: Math.round(plot.left - box.left),
    plotWidth: Math.round(plot.width),
    width: Math.round(box.width),
    ...textMeasure(chart),
  };
}

/** Whether two frames place the labels alike. */
export function sameFrame(a: RuleFrame, b: RuleFrame | null): boolean {
  return (
    !!b &&
    a.plotLeft === b.plotLeft &&
    a.plotWidth === b.plotWidth &&
    a.width === b.width &&
    a.lineHeight === b.lineHeight
  );
}
