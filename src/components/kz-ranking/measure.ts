// What the ranking measures in the page: where its plot column lies (the rules' labels are placed
// in pixels over the whole row) and how wide a label's text is in the page's font, again whenever
// the chart's width changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/** Two frames with the same key place the labels alike. */
const frameKey = (f: RuleFrame | null) =>
  f && `${f.plotLeft} ${f.plotWidth} ${f.width} ${f.lineHeight}`;

/**
 * The frame of the chart drawn in `renderRoot`: measured when the chart first shows and whenever
 * its width changes (the observer's first report comes after the drawing, so the measuring never
 * sets state in an update). The host is redrawn when the frame changes.
 */
export class FrameController implements ReactiveController {
  frame: RuleFrame | null = null;
  private observer?: ResizeObserver;
  private measured: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const chart = this.host.renderRoot.querySelector<HTMLElement>('.chart');
    if (!chart || chart === this.measured) return;
    this.measured = chart;
    this.observer ??= new ResizeObserver(() => {
      const frame = this.measured && measureFrame(this.measured);
      if (frame && frameKey(frame) !== frameKey(this.frame)) {
        this.frame = frame;
        this.host.requestUpdate();
      }
    });
    this.observer.disconnect();
    // A line of no height across the chart: its size changes with the width only, never with
    // the labels that the measuring places (which would report again in the same frame).
    const sizer = chart.querySelector('.sizer');
    if (sizer) this.observer.observe(sizer);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.measured = null;
  }
}
