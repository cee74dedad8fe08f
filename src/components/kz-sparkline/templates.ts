// Templates of <kz-sparkline>: the inline drawing and the card, from a plain view of the
// element's state. Positions go through place() (the CSS object model), never a style attribute.
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Frame } from '../../shapes/sparkline.js';
import { dodge } from '../../shapes/labels.js';
import type { Outcome } from '../../shapes/summary.js';
import type { Messages } from './messages.js';
import type { Drawing, Problem, SparkModel } from './model.js';
import { place } from './place.js';
import { creditsTemplate } from '../credits-template.js';

// Frames in SVG user units. The SVG stretches to its box (preserveAspectRatio none) while strokes
// and markers keep their size (non-scaling strokes, round caps), so nothing is measured.
export const INLINE: Frame = {
  width: 40,
  height: 10,
  top: 1.5,
  right: 1.5,
  bottom: 1.5,
  left: 1.5,
};
// The card's plot is 7em tall: 10 units per em.
export const CARD: Frame = { width: 100, height: 70, top: 6, right: 0, bottom: 6, left: 0 };
// Margin labels are 0.8em with a line height of 1.25: 1em of the plot, i.e. 10 units.
const LABEL_GAP = 10.5;

/** A reference's name for the card's margin: without a qualifier in brackets or after a colon. */
export const shortName = (label: string): string =>
  label.replace(/\s*\([^)]*\)\s*$/, '').split(/:\s/)[0] || label;

/** What the templates need from the element. */
export interface View {
  m: Messages;
  model?: SparkModel | null;
  problem?: Problem | null;
  drawing: Drawing | null;
  sentence: string;
  announcement: string;
  /** Index of the point under the pointer or keyboard; -1 for none. */
  active: number;
  /** Index of the period to ring; -1 for none. */
  highlighted: number;
  /** Colour of the change, with `color-by-better`. */
  tone: Outcome | null;
  loading: boolean;
  noLatest: boolean;
  number(value: number, whole?: boolean): string;
  tooltip(index: number): string;
  on: {
    keydown(event: KeyboardEvent): void;
    focus(): void;
    blur(): void;
    pointer(event: PointerEvent): void;
    leave(): void;
    retry(): void;
  };
}

/** The inline variant, rendered into the element's frame (see the element's createRenderRoot). */
export function inlineTemplate(v: View): TemplateResult | typeof nothing {
  const m = v.m;
  const problem = v.problem;
  if (problem) {
    return html`<span
      class="problem"
      part="problem"
      role="img"
      aria-label=${m.problem[problem.code]}
      title=${m.problem[problem.code]}
      >–</span
    >`;
  }
  return v.drawing ? chart(v, INLINE) : nothing;
}

function chart(v: View, frame: Frame): TemplateResult {
  const d = v.drawing as Drawing;
  const tone = v.tone ?? '';
  const active = v.active;
  const highlighted = v.highlighted;
  const dot = (x: number, y: number) => `M${x},${y}h0`;
  const activeY = active >= 0 ? d.ys[active] : null;
  return html`<div
      class="chart"
      part="chart"
      role="img"
      aria-label=${v.sentence}
      tabindex="0"
      @keydown=${v.on.keydown}
      @focus=${v.on.focus}
      @blur=${v.on.blur}
      @pointermove=${v.on.pointer}
      @pointerdown=${v.on.pointer}
      @pointerleave=${v.on.leave}
    >
      <svg
        viewBox="0 0 ${frame.width} ${frame.height}"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        ${d.band ? svg`<path class="band" part="band" d=${d.band}></path>` : nothing}
        ${d.whiskers ? svg`<path class="whisker" part="band" d=${d.whiskers}></path>` : nothing}
        ${d.references.map((r) =>
          r.dot
            ? svg`${r.whisker ? svg`<path class="whisker reference-whisker" part="band" d=${r.whisker}></path>` : nothing}<path class="reference-dot ${r.kind}" part="reference" data-id=${r.id} d=${dot(r.dot.x, r.dot.y)}></path>`
            : r.d
              ? svg`<path class="reference ${r.kind}" part="reference" data-id=${r.id} d=${r.d}></path>`
              : nothing,
        )}
        ${d.breaks.map(
          (b) =>
            svg`<path class="break" part="break" data-period=${b.period} d=${`M${b.x},0V${frame.height}`}></path>`,
        )}
        <path class="line ${tone}" part="line" d=${d.line}></path>
        ${d.lone.map((p) => svg`<path class="lone ${tone}" part="dot" d=${dot(p.x, p.y)}></path>`)}
        ${d.markers.map(
          (k) =>
            svg`<path class="marker ${tone}" part="marker" data-kinds=${k.kinds.join(' ')} d=${dot(k.x, k.y)}></path>`,
        )}
        ${
          highlighted >= 0 && highlighted !== active && d.ys[highlighted] != null
            ? svg`<path class="active" d=${dot(d.xs[highlighted], d.ys[highlighted] as number)}></path>
              <path class="active-dot ${tone}" data-kinds="period" d=${dot(d.xs[highlighted], d.ys[highlighted] as number)}></path>`
            : nothing
        }
        ${
          activeY != null
            ? svg`<path class="active" d=${dot(d.xs[active], activeY)}></path>
              <path class="active-dot ${tone}" data-kinds="active" d=${dot(d.xs[active], activeY)}></path>`
            : nothing
        }
      </svg>
      ${active >= 0 ? tooltip(v, frame) : nothing}
    </div>
    <span class="sr" aria-live="polite">${v.announcement}</span>`;
}

function tooltip(v: View, frame: Frame): TemplateResult {
  const d = v.drawing as Drawing;
  const x = (d.xs[v.active] / frame.width) * 100;
  const y = d.ys[v.active];
  const position: Record<string, string> = {
    left: `${x}%`,
    transform: `translateX(${-x}%)`,
  };
  if (frame === CARD) {
    position.top = `${((y ?? frame.height / 2) / frame.height) * 100}%`;
    position.transform = '';
    position['--_shift'] = `${-x}%`;
  }
  // The inline line has no source line of its own: its tooltip credits the data.
  const credit = frame === INLINE && v.model?.source ? `${v.m.source} ${v.model.source}` : '';
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${place(position)}>
    ${v.tooltip(v.active)}${credit ? html`<span class="credit">${credit}</span>` : nothing}
  </div>`;
}

export function cardTemplate(v: View): TemplateResult {
  const m = v.m;
  const model = v.model;
  const problem = v.problem;
  const s = model?.summary;
  const tone = v.tone;
  const arrow = s ? (s.direction === 'down' ? '▼' : s.direction === 'up' ? '▲' : '▶') : '';
  const source = model?.credits.length ? html`${m.source} ${creditsTemplate(model.credits)}` : '';
  return html`<div class="card" part="card" aria-busy=${model || problem ? 'false' : 'true'}>
    <div class="title" part="title">${model ? model.name || m.trend : ''}</div>
    <div class="subtitle" part="subtitle">${model?.area ?? ''}</div>
    ${
      v.noLatest
        ? nothing
        : html`<div class="latest" part="latest">
              ${
                s
                  ? html`<span class="value">${v.number(s.last.value as number)}</span>
                      ${model?.unit ? html`<span class="unit">${model.unit}</span>` : nothing}
                      ${s.last.period ? html`<span class="when">${s.last.period}</span>` : nothing}`
                  : nothing
              }
            </div>
            <div class="change ${tone ?? ''}" part="change">
              ${
                s && s.count > 1
                  ? html`<span aria-hidden="true">${arrow}</span>
                      ${m.change(s, model!.decimals, tone)}`
                  : nothing
              }
            </div>`
    }
    <div class="plot">
      ${
        problem
          ? html`<div class="problem" part="problem" role="status">
              ${m.problem[problem.code]}
              ${
                problem.code === 'network' || problem.code === 'http'
                  ? html`<div>
                      <button type="button" @click=${v.on.retry}>${m.retry}</button>
                    </div>`
                  : nothing
              }
            </div>`
          : v.drawing
            ? plot(v)
            : html`<div class="problem" part="problem">${v.loading ? m.loading : ''}</div>`
      }
      ${v.drawing ? nothing : html`<div class="axis" aria-hidden="true"></div>`}
    </div>
    <div class="source" part="source">${source}</div>
  </div>`;
}

function plot(v: View): TemplateResult {
  const d = v.drawing as Drawing;
  const model = v.model as SparkModel;
  const s = model.summary!;
  const first = model.points.indexOf(s.first);
  const last = model.points.indexOf(s.last);
  // Right-hand labels: the last value, then each reference (value first, then a short name,
  // so that a narrow card cuts the name, never the number), kept apart.
  const labels = [
    { value: v.number(s.last.value as number), name: '', y: d.ys[last] as number, kind: 'series' },
    ...d.references
      .filter((r) => r.y != null && r.value != null)
      .map((r) => ({
        value: v.number(r.value as number, r.kind === 'target'),
        name: shortName(r.label),
        y: r.y as number,
        kind: r.kind === 'target' ? 'target' : 'reference',
      })),
  ];
  const ys = dodge(
    labels.map((l) => l.y),
    LABEL_GAP,
    LABEL_GAP / 2,
    CARD.height - LABEL_GAP / 2,
  );
  const top = (y: number) => ({ top: `${(y / CARD.height) * 100}%` });
  return html`<div class="gutter start" aria-hidden="true">
      <div class="sizer"><span class="series">${v.number(s.first.value as number)}</span></div>
      ${
        s.count > 1
          ? html`<span class="label series" style=${place(top(d.ys[first] as number))}
              >${v.number(s.first.value as number)}</span
            >`
          : nothing
      }
    </div>
    ${chart(v, CARD)}
    <div class="gutter end" aria-hidden="true">
      <div class="sizer">
        ${labels.map((l) => html`<span class=${l.kind}><b>${l.value}</b> ${l.name}</span>`)}
      </div>
      ${labels.map(
        (l, i) =>
          html`<span class="label ${l.kind}" style=${place(top(ys[i]))}
            ><b>${l.value}</b> ${l.name}</span
          >`,
      )}
    </div>
    <div class="axis" part="axis" aria-hidden="true">
      ${[first, ...(s.count > 1 ? [last] : [])].map((i) => {
        const x = (d.xs[i] / CARD.width) * 100;
        return html`<span style=${place({ left: `${x}%`, transform: `translateX(${-x}%)` })}
          >${model.points[i].period}</span
        >`;
      })}
    </div>`;
}
