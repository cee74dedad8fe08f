import { css } from 'lit';

export const styles = css`
  :host {
    /* Inline by default: one em tall, a few ems wide, resting on the baseline of the text
       (0.15em of it below, where descenders go), so the line height does not change. */
    display: inline-block;
    position: relative;
    box-sizing: border-box;
    width: var(--kz-sparkline-width, 4em);
    height: 1em;
    vertical-align: -0.15em;
    line-height: 1;
    color: inherit;
    /* Its size is its own: drawing inside never makes the page (a long table) lay out again. */
    contain: size layout style;
    --_line: var(--kz-sparkline-color, currentColor);
    --_better: var(--kz-sparkline-better-color, #1565c0);
    --_worse: var(--kz-sparkline-worse-color, #c2410c);
    --_band: var(--kz-sparkline-band-color, currentColor);
    --_reference: var(--kz-sparkline-reference-color, #6b6b6b);
    --_target: var(--kz-sparkline-target-color, #6b6b6b);
    --_marker: var(--kz-sparkline-marker-color, var(--_line));
    --_stroke: var(--kz-sparkline-stroke-width, 0.09em);
    --_dot: var(--kz-sparkline-marker-size, 0.28em);
  }
  :host([hidden]) {
    display: none;
  }
  :host([variant='card']) {
    display: block;
    width: auto;
    height: auto;
    contain: layout style;
    vertical-align: baseline;
    line-height: 1.25;
    --_stroke: var(--kz-sparkline-stroke-width, 2px);
    --_dot: var(--kz-sparkline-marker-size, 7px);
  }

  .frame {
    position: absolute;
    inset: 0;
    /* A layout boundary: what is drawn inside never lays out the page around it. */
    contain: size layout style;
  }
  :host([variant='card']) .frame {
    position: relative;
    contain: none;
  }
  .chart {
    position: absolute;
    inset: 0;
    display: block;
    outline: none;
    border-radius: 2px;
    touch-action: pan-y;
  }
  .chart:focus-visible {
    outline: 2px solid var(--kz-sparkline-focus-color, #1a73e8);
    outline-offset: 2px;
  }
  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    display: block;
  }
  path {
    vector-effect: non-scaling-stroke;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .line {
    stroke: var(--_line);
    stroke-width: var(--_stroke);
  }
  .lone {
    stroke: var(--_line);
    stroke-width: calc(var(--_dot) * 0.7);
  }
  .better {
    --_line: var(--_better);
  }
  .worse {
    --_line: var(--_worse);
  }
  .band {
    fill: var(--_band);
    fill-opacity: 0.16;
    stroke: none;
  }
  .whisker {
    stroke: var(--_band);
    stroke-opacity: 0.5;
    stroke-width: max(2px, calc(var(--_dot) * 0.45));
    stroke-linecap: butt;
  }
  .reference {
    stroke: var(--_reference);
    stroke-width: max(1px, calc(var(--_stroke) * 0.75));
    stroke-dasharray: 4 3;
  }
  .reference-whisker {
    stroke: var(--_reference);
  }
  .reference-dot {
    stroke: var(--_reference);
    stroke-width: calc(var(--_dot) * 0.8);
  }
  .break {
    stroke: var(--kz-sparkline-muted-color, #595959);
    stroke-width: 1px;
    stroke-dasharray: 2 2;
    stroke-linecap: butt;
  }
  .reference.national {
    stroke-dasharray: none;
  }
  .reference.target {
    stroke: var(--_target);
    stroke-dasharray: 1 3;
    stroke-width: max(1.5px, var(--_stroke));
  }
  .marker {
    stroke: var(--_marker);
    stroke-width: var(--_dot);
  }
  .better.marker {
    stroke: var(--_better);
  }
  .worse.marker {
    stroke: var(--_worse);
  }
  .active {
    stroke: var(--kz-sparkline-background, Canvas);
    stroke-width: calc(var(--_dot) * 1.9);
  }
  .active-dot {
    stroke: var(--_line);
    stroke-width: calc(var(--_dot) * 1.3);
  }

  .tooltip {
    position: absolute;
    bottom: calc(100% + 0.35em);
    z-index: 2;
    padding: 0.2em 0.45em;
    border-radius: 3px;
    background: var(--kz-sparkline-tooltip-background, #1f1f1f);
    color: var(--kz-sparkline-tooltip-color, #fff);
    font: 500 max(12px, 0.75em) / 1.3 var(--kz-sparkline-font, inherit);
    white-space: nowrap;
    pointer-events: none;
  }
  .tooltip .credit {
    display: block;
    width: max-content;
    max-width: min(20em, 80vw);
    margin-top: 0.15em;
    font-weight: 400;
    font-size: 0.85em;
    white-space: normal;
    opacity: 0.85;
  }

  .problem {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--kz-sparkline-muted-color, #6b6b6b);
    font-size: 0.8em;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Card ---------------------------------------------------------------------------------- */
  .card {
    position: relative;
    container-type: inline-size;
    padding: var(--kz-sparkline-card-padding, 0.9em 1em);
    border: var(--kz-sparkline-card-border, 1px solid #d0d0d0);
    border-radius: var(--kz-sparkline-card-radius, 6px);
    background: var(--kz-sparkline-card-background, transparent);
    font-family: var(--kz-sparkline-font, inherit);
  }
  .title {
    font-weight: 600;
    min-height: 1.25em;
  }
  .subtitle {
    min-height: 1.25em;
    color: var(--kz-sparkline-muted-color, #595959);
  }
  .latest {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.5em;
    min-height: 2.6em;
    margin-top: 0.35em;
  }
  .latest .value {
    font-size: 1.9em;
    font-weight: 650;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .latest .unit,
  .latest .when {
    color: var(--kz-sparkline-muted-color, #595959);
    font-size: 0.9em;
  }
  .change {
    min-height: 1.25em;
    font-size: 0.9em;
  }
  .change.better {
    color: var(--_better);
  }
  .change.worse {
    color: var(--_worse);
  }
  .plot {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) minmax(0, max-content);
    grid-template-rows: 7em auto;
    column-gap: 0.6em;
    margin-top: 0.8em;
  }
  .plot .chart,
  .plot .problem {
    position: relative;
    inset: auto;
    grid-row: 1;
    grid-column: 2;
  }
  .gutter {
    position: relative;
    grid-row: 1;
    font-size: 0.8em;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }
  .gutter.start {
    grid-column: 1;
    text-align: right;
  }
  .gutter.end {
    grid-column: 3;
    max-width: min(13em, 40cqw);
  }
  .gutter b {
    font-weight: 600;
  }
  .sizer {
    visibility: hidden;
    height: 0;
  }
  .sizer span {
    display: block;
    white-space: nowrap;
  }
  .label {
    position: absolute;
    left: 0;
    right: 0;
    transform: translateY(-50%);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .gutter .series {
    font-weight: 600;
  }
  .label.reference,
  .label.target {
    color: var(--kz-sparkline-muted-color, #595959);
  }
  .axis {
    grid-row: 2;
    grid-column: 2;
    position: relative;
    height: 1.6em;
    padding-top: 0.3em;
    font-size: 0.8em;
    color: var(--kz-sparkline-muted-color, #595959);
  }
  .axis span {
    position: absolute;
    white-space: nowrap;
  }
  .plot .tooltip {
    bottom: auto;
    transform: translate(var(--_shift, -50%), calc(-100% - 0.6em));
  }
  .source {
    margin-top: 0.5em;
    /* Two lines kept for it before the data (and its source) arrive. */
    min-height: 2.5em;
    font-size: 0.75em;
    color: var(--kz-sparkline-muted-color, #595959);
  }
  .source a {
    color: inherit;
  }
  .card .problem {
    position: static;
    display: block;
    padding-top: 1em;
    font-size: 0.9em;
    text-align: left;
  }
  button {
    margin-top: 0.6em;
    font: inherit;
  }

  /* A narrow card keeps room for a title and a change on two lines and a longer source, so
     that nothing below it moves when the data arrive. */
  @container (max-width: 26em) {
    .title {
      min-height: 2.5em;
    }
    .change {
      min-height: 2.5em;
    }
    .source {
      min-height: 5em;
    }
  }

  @media (forced-colors: active) {
    .line,
    .marker,
    .active-dot {
      stroke: CanvasText;
    }
    .whisker {
      stroke: var(--_band);
      stroke-opacity: 0.45;
      stroke-width: max(1.5px, var(--_stroke));
      stroke-linecap: butt;
    }
    .reference {
      stroke: GrayText;
    }
    .band {
      fill: GrayText;
    }
  }
`;
