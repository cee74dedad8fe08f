// The legend as an SVG drawn from `legendLayout`: one image for screen readers, with a text
// alternative that lists every class with its count, the missing-data swatches and the markers.
import { html, svg, type TemplateResult } from 'lit';
import { LEGEND_FONT, MARKER_ROW, type LegendLayout } from './legend-layout.js';

export interface LegendText {
  /** Accessible description of the whole legend. */
  label: string;
  /** Heading above the swatches: unit and period. */
  caption: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Pattern definitions for missing data, shared by the map and the legend (same tree scope). */
export function missingPatterns(): TemplateResult {
  return svg`<pattern id="kz-no-data" class="no-data-pattern" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect class="no-data-bg" width="6" height="6"></rect>
      <line class="no-data-line" x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>
    <pattern id="kz-not-applicable" class="na-pattern" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="na-bg" width="6" height="6"></rect>
      <circle class="na-dot" cx="3" cy="3" r="1.1"></circle>
    </pattern>`;
}

/**
 * Drawn in layers: the markers' rules first, then the break labels (haloed) and the marker labels
 * on a backdrop, so that no label is crossed by another marker's line.
 */
export function legendTemplate(layout: LegendLayout, text: LegendText): TemplateResult {
  const { bar } = layout;
  const body =
    layout.kind === 'stepped'
      ? layout.swatches.map(
          (
            s,
          ) => svg`<rect class="swatch" x=${r1(s.x)} y=${bar.y} width=${r1(s.width)} height=${bar.height} fill=${s.color}></rect>
            <text class="count" x=${r1(s.x + s.width / 2)} y=${bar.y - 3} text-anchor="middle" .textContent=${s.count}></text>`,
        )
      : svg`<defs><linearGradient id="kz-legend-ramp" x1="0" x2="1" y1="0" y2="0">
            ${layout.stops.map(([o, c]) => svg`<stop offset=${Math.round(o * 1000) / 1000} stop-color=${c}></stop>`)}
          </linearGradient></defs>
          <rect class="swatch" x=${bar.x} y=${bar.y} width=${r1(bar.width)} height=${bar.height} fill="url(#kz-legend-ramp)"></rect>`;
  return html`<figure class="legend" part="legend">
    <figcaption class="legend-caption">${text.caption}</figcaption>
    <svg
      class="legend-svg"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      role="img"
      aria-label=${text.label}
      font-size=${LEGEND_FONT}
    >
      ${body}
      <rect
        class="bar-frame"
        x=${bar.x}
        y=${bar.y}
        width=${r1(bar.width)}
        height=${bar.height}
      ></rect>
      ${layout.markers.map(
        (m) =>
          svg`<line class="marker-rule marker-${m.kind}" x1=${r1(m.x)} x2=${r1(m.x)} y1=${bar.y - 2} y2=${m.y}></line>`,
      )}
      ${layout.ticks.map(
        (t) =>
          svg`<line class="tick" x1=${r1(t.x)} x2=${r1(t.x)} y1=${bar.y + bar.height} y2=${bar.y + bar.height + 4}></line>
          <text class="tick-label" x=${r1(t.x)} y=${bar.y + bar.height + 15} text-anchor=${t.anchor} .textContent=${t.label}></text>`,
      )}
      ${layout.markers.map(
        (m) =>
          svg`<g class="marker marker-${m.kind}">
            <rect class="marker-backdrop" x=${r1(m.labelX - 2)} y=${m.y} width=${r1(m.labelWidth + 4)} height=${15 + (m.lines.length - 1) * MARKER_ROW}></rect>
            <path class="marker-head" d="M${r1(m.x)},${m.y}l-4.5,7h9z"></path>
            <text class="marker-label" x=${r1(m.labelX)} y=${m.y + 11}>${
              m.lines.length === 1
                ? m.label
                : m.lines.map(
                    (line, i) =>
                      svg`<tspan x=${r1(m.labelX)} dy=${i ? MARKER_ROW : 0}>${line}</tspan>`,
                  )
            }</text>
          </g>`,
      )}
      ${layout.missing.map(
        (
          m,
        ) => svg`<rect class="swatch missing-swatch" x=${r1(m.x)} y=${m.y} width="14" height=${bar.height} fill=${m.kind === 'no-data' ? 'url(#kz-no-data)' : 'url(#kz-not-applicable)'}></rect>
              <text class="missing-label" x=${r1(m.x + 20)} y=${m.y + 10}>${m.label} (${m.count})</text>`,
      )}
    </svg>
  </figure>`;
}
