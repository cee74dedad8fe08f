import { css } from 'lit';

// Colours: light values first, then light-dark() pairs that follow the used colour scheme (the
// page's `color-scheme`, or the `theme` attribute). Browsers without light-dark() keep the light
// values. Text colours meet WCAG 2.2 AA on their backgrounds in both themes.
export const styles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    container-type: inline-size;
    min-width: 0;
    font-family: var(--kz-choropleth-font, inherit);
    font-size: var(--kz-choropleth-font-size, 0.875rem);
    line-height: 1.4;
    color-scheme: inherit;
    --_text: #1f2328;
    --_muted: #59636e;
    --_background: #ffffff;
    --_border: #ffffff;
    --_outline: #6e7781;
    --_focus: #0b5cd5;
    --_selected: #111418;
    --_no-data: #d0d7de;
    --_no-data-line: #8c959f;
    --_panel: #f6f8fa;
    --_tooltip-background: #ffffff;
    --_tooltip-border: #8c959f;
    --_text: light-dark(#1f2328, #e6edf3);
    --_muted: light-dark(#59636e, #9da7b3);
    --_background: light-dark(#ffffff, #16191d);
    --_border: light-dark(#ffffff, #16191d);
    --_outline: light-dark(#6e7781, #8b949e);
    --_focus: light-dark(#0b5cd5, #58a6ff);
    --_selected: light-dark(#111418, #ffffff);
    --_no-data: light-dark(#d0d7de, #3d444d);
    --_no-data-line: light-dark(#8c959f, #6e7681);
    --_panel: light-dark(#f6f8fa, #21262d);
    --_tooltip-background: light-dark(#ffffff, #21262d);
    --_tooltip-border: light-dark(#8c959f, #6e7681);
    color: var(--kz-choropleth-text, var(--_text));
    background: var(--kz-choropleth-background, transparent);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme]) {
    background: var(--kz-choropleth-background, var(--_background));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .probe-background {
    fill: var(--kz-choropleth-background, var(--_background));
  }
  .space {
    visibility: hidden;
  }
  .title.space {
    height: 1.5em;
  }
  .controls.space {
    height: 32px;
  }
  .below.space {
    height: 220px;
  }
  .sizer {
    width: 100%;
    height: 0;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .stage {
    position: relative;
    width: 100%;
  }
  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    flex-direction: column;
    gap: 0.5em;
    width: 100%;
    aspect-ratio: 1000 / 564;
    padding: 1em;
    text-align: center;
    color: var(--kz-choropleth-muted, var(--_muted));
    background: var(--kz-choropleth-panel, var(--_panel));
    border-radius: 4px;
  }
  .placeholder.error {
    color: var(--kz-choropleth-text, var(--_text));
    border: 1px solid var(--kz-choropleth-outline, var(--_outline));
  }
  .map {
    display: block;
    overflow: visible;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
    forced-color-adjust: none;
  }
  .area {
    stroke: var(--kz-choropleth-border, var(--_border));
    stroke-width: 0.5;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  .area.district {
    stroke-width: 0.25;
  }
  .mesh {
    fill: none;
    stroke: var(--kz-choropleth-border, var(--_border));
    stroke-width: 0.8;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .mesh.regions {
    stroke-width: 1.4;
  }
  .outline {
    fill: none;
    stroke: var(--kz-choropleth-outline, var(--_outline));
    stroke-width: 0.8;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .hl {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .hl-hover {
    stroke: var(--kz-choropleth-selected, var(--_selected));
    stroke-width: 1.5;
  }
  .hl-selected {
    stroke: var(--kz-choropleth-selected, var(--_selected));
    stroke-width: 2.5;
  }
  .hl-focus {
    stroke: var(--kz-choropleth-focus, var(--_focus));
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .leader {
    stroke: var(--kz-choropleth-text, var(--_text));
    stroke-width: 1;
    pointer-events: none;
  }
  .city-anchor {
    fill: var(--kz-choropleth-text, var(--_text));
    pointer-events: none;
  }
  .city {
    cursor: pointer;
    outline: none;
  }
  .city-hit {
    fill: transparent;
  }
  .city-halo {
    fill: var(--kz-choropleth-halo, var(--_background));
  }
  .city-dot {
    stroke: var(--kz-choropleth-text, var(--_text));
    stroke-width: 1.25;
  }
  /* Fills fade from one period to the next on the steps of the period player (not with reduced
     motion); any other change (the slider, a page setting the period) draws at once. */
  @media (prefers-reduced-motion: no-preference) {
    .animate .area,
    .animate .city-dot {
      transition: fill 200ms ease-out;
    }
  }
  .city.selected .city-dot {
    stroke-width: 2.5;
  }
  .city:focus-visible .city-hit {
    stroke: var(--kz-choropleth-focus, var(--_focus));
    stroke-width: 3;
  }
  .city-label,
  .tick-label,
  .marker-label,
  .count,
  .missing-label {
    fill: var(--kz-choropleth-text, var(--_text));
    paint-order: stroke;
    stroke: var(--kz-choropleth-halo, var(--_background));
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .city-label {
    font-size: 12px;
    font-weight: 600;
    pointer-events: none;
  }
  .count {
    fill: var(--kz-choropleth-muted, var(--_muted));
    font-size: 11px;
  }
  .no-data-bg,
  .na-bg {
    fill: var(--kz-choropleth-no-data, var(--_no-data));
  }
  .no-data-line {
    stroke: var(--kz-choropleth-no-data-line, var(--_no-data-line));
    stroke-width: 1.5;
  }
  .na-dot {
    fill: var(--kz-choropleth-no-data-line, var(--_no-data-line));
  }
  .legend {
    margin: 0.5em 0 0;
  }
  .legend-caption {
    margin-bottom: 0.2em;
    color: var(--kz-choropleth-muted, var(--_muted));
  }
  .legend-svg {
    display: block;
    overflow: visible;
    forced-color-adjust: none;
  }
  .bar-frame {
    fill: none;
    stroke: var(--kz-choropleth-outline, var(--_outline));
    stroke-width: 0.5;
  }
  .swatch {
    stroke: var(--kz-choropleth-background, var(--_background));
    stroke-width: 1;
  }
  .missing-swatch {
    stroke: var(--kz-choropleth-outline, var(--_outline));
    stroke-width: 0.5;
  }
  .tick {
    stroke: var(--kz-choropleth-outline, var(--_outline));
  }
  .marker-rule {
    stroke: var(--kz-choropleth-text, var(--_text));
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .marker-rule.marker-national {
    stroke-dasharray: none;
    stroke-width: 1.5;
  }
  .marker-head {
    fill: var(--kz-choropleth-text, var(--_text));
  }
  .marker-backdrop {
    fill: var(--kz-choropleth-halo, var(--_background));
  }
  .marker-target .marker-head {
    fill: var(--kz-choropleth-background, var(--_background));
    stroke: var(--kz-choropleth-text, var(--_text));
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 0.6em;
    margin: 0.3em 0 0.5em;
  }
  .controls input[type='range'] {
    flex: 1;
    min-width: 6em;
    min-height: 24px;
    accent-color: var(--kz-choropleth-focus, var(--_focus));
  }
  .controls.with-note {
    flex-wrap: wrap;
  }
  .period-note {
    flex: 1 0 100%;
    min-height: 1.3em;
    margin: 0;
    font-size: 0.85em;
    line-height: 1.3;
    color: var(--kz-choropleth-muted, var(--_muted));
  }
  .period-label {
    min-width: 4.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  button,
  summary {
    font: inherit;
    color: inherit;
  }
  .button,
  .export > summary {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 32px;
    min-width: 32px;
    padding: 0.25em 0.7em;
    background: var(--kz-choropleth-panel, var(--_panel));
    border: 1px solid var(--kz-choropleth-outline, var(--_outline));
    border-radius: 4px;
    cursor: pointer;
  }
  .button:hover,
  .export > summary:hover {
    border-color: var(--kz-choropleth-text, var(--_text));
  }
  :focus-visible {
    outline: 3px solid var(--kz-choropleth-focus, var(--_focus));
    outline-offset: 2px;
  }
  /* Areas and city symbols show focus with their own outline (the dashed ring), not a box. */
  .area:focus-visible,
  .city:focus-visible {
    outline: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
    margin-top: 0.6em;
  }
  .export {
    position: relative;
  }
  .export > summary {
    list-style: none;
  }
  .export > summary::-webkit-details-marker {
    display: none;
  }
  .menu {
    position: absolute;
    z-index: 3;
    left: 0;
    top: calc(100% + 4px);
    display: flex;
    flex-direction: column;
    min-width: 14em;
    padding: 0.3em;
    background: var(--kz-choropleth-tooltip-background, var(--_tooltip-background));
    border: 1px solid var(--kz-choropleth-tooltip-border, var(--_tooltip-border));
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
  }
  .menu button {
    min-height: 32px;
    padding: 0.3em 0.6em;
    text-align: start;
    background: none;
    border: 0;
    border-radius: 3px;
    cursor: pointer;
  }
  .menu button:hover {
    background: var(--kz-choropleth-panel, var(--_panel));
  }
  .status {
    margin: 0.3em 0 0;
    color: var(--kz-choropleth-muted, var(--_muted));
  }
  .snippet {
    display: block;
    width: 100%;
    min-height: 6em;
    margin-top: 0.3em;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    color: inherit;
    background: var(--kz-choropleth-panel, var(--_panel));
    border: 1px solid var(--kz-choropleth-outline, var(--_outline));
  }
  .footer {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    color: var(--kz-choropleth-muted, var(--_muted));
  }
  .footer a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .area,
    .mesh {
      stroke: CanvasText;
    }
    .outline,
    .leader,
    .city-dot,
    .tick,
    .bar-frame,
    .marker-rule {
      stroke: CanvasText;
    }
    .city-label,
    .tick-label,
    .marker-label,
    .count,
    .missing-label,
    .marker-head,
    .city-anchor {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker-backdrop {
      fill: Canvas;
    }
    .hl-focus,
    .hl-selected,
    .hl-hover {
      stroke: Highlight;
    }
    .menu {
      border-color: CanvasText;
    }
  }
`;
