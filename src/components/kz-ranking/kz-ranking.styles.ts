import { css } from 'lit';

// Colours as the map's (internal/theme.styles.ts, before this sheet), and the ranking's own: light
// values first, then light-dark() pairs that follow the used colour scheme. Text meets WCAG 2.2 AA.
export const styles = css`
  :host {
    container: kz-ranking / inline-size;
    font-family: var(--kz-ranking-font, inherit);
    font-size: var(--kz-ranking-font-size, 0.875rem);
    line-height: 1.35;
    --_hover: #eef1f4;
    --_highlight: #fff4c2;
    --_rule: #4b535c;
    --_target: #9a3412;
    --_track: #d8dee4;
    --_hover: light-dark(#eef1f4, #262c33);
    --_highlight: light-dark(#fff4c2, #3d3514);
    --_rule: light-dark(#4b535c, #b1bac4);
    --_target: light-dark(#9a3412, #f0a070);
    --_track: light-dark(#d8dee4, #3d444d);
    color: var(--kz-ranking-text, var(--_text));
    background: var(--kz-ranking-background, transparent);
  }
  :host([theme]) {
    background: var(--kz-ranking-background, var(--_background));
  }
  .title {
    margin: 0;
    font-weight: 600;
    font-size: 1.05em;
  }
  .caption,
  .source {
    margin: 0 0 0.4em;
    color: var(--kz-ranking-muted, var(--_muted));
    font-size: 0.9em;
  }
  .source {
    margin-top: 0.6em;
    overflow-wrap: break-word;
  }
  .source a {
    color: inherit;
  }
  .chart {
    position: relative;
  }
  .sizer {
    width: 100%;
    height: 0;
  }
  .row,
  .axis-row {
    display: grid;
    grid-template-columns:
      var(--_rank-width, 3ch) minmax(0, var(--kz-ranking-name-width, 38%))
      minmax(2.5em, 1fr) var(--_value-width, 5ch);
    grid-template-areas: 'rank name plot value';
    column-gap: 0.5em;
    align-items: stretch;
  }
  .rank {
    grid-area: rank;
  }
  .name {
    grid-area: name;
  }
  .plot {
    grid-area: plot;
  }
  .value {
    grid-area: value;
  }
  /* Narrow (a phone): the name takes the row's width above its dot, so long Kazakh and Russian
     names wrap between words rather than inside them. */
  @container kz-ranking (max-width: 460px) {
    .row,
    .axis-row {
      grid-template-columns: var(--_rank-width, 3ch) minmax(0, 1fr) var(--_value-width, 5ch);
      grid-template-areas:
        'rank name name'
        '. plot value';
    }
    .axis-row {
      grid-template-areas: 'rank plot value';
    }
    .row > .name {
      padding-bottom: 0;
    }
    .row > .value {
      align-self: end;
    }
    .row .plot {
      min-height: 1.2em;
    }
  }
  .row {
    position: relative;
    padding: 0 0.25em;
    border-radius: 3px;
    cursor: pointer;
    outline: none;
  }
  .axis-row {
    padding: 0 0.25em;
  }
  .row > .rank,
  .row > .name,
  .row > .value {
    padding: 0.2em 0;
    align-self: center;
  }
  .rank {
    text-align: end;
    color: var(--kz-ranking-muted, var(--_muted));
    font-variant-numeric: tabular-nums;
  }
  .name {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .value {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .row.gap {
    margin-top: 0.9em;
  }
  .row.gap::before {
    content: '⋯';
    position: absolute;
    top: -1.05em;
    left: 0.4em;
    color: var(--kz-ranking-muted, var(--_muted));
    line-height: 1;
  }
  .row.highlight {
    background: var(--kz-ranking-highlight, var(--_highlight));
    font-weight: 600;
  }
  .row.hovered {
    background: var(--kz-ranking-hover, var(--_hover));
  }
  .row.selected {
    box-shadow: inset 0 0 0 2px var(--kz-ranking-selected, var(--_selected));
  }
  .row:focus-visible {
    box-shadow: inset 0 0 0 2px var(--kz-ranking-focus, var(--_focus));
  }
  .plot {
    position: relative;
    min-height: 1.6em;
  }
  .track {
    position: absolute;
    inset: 0 6px;
  }
  .track::before {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    top: 50%;
    border-top: 1px solid var(--kz-ranking-track, var(--_track));
  }
  .axis-row .track::before {
    top: 0;
  }
  .dot {
    position: absolute;
    top: 50%;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    transform: translate(-50%, -50%);
    box-shadow: 0 0 0 1px var(--kz-ranking-background, var(--_background));
    outline: 1px solid rgb(0 0 0 / 0.35);
  }
  .bar {
    position: absolute;
    top: 22%;
    bottom: 22%;
    min-width: 1px;
  }
  .row.selected .dot,
  .row.hovered .dot,
  .row.highlight .dot {
    width: 0.95em;
    height: 0.95em;
    outline: 2px solid var(--kz-ranking-selected, var(--_selected));
  }
  .missing {
    position: absolute;
    left: 0;
    top: 50%;
    transform: translateY(-50%);
    padding-inline-end: 0.3em;
    font-style: italic;
    font-size: 0.9em;
    color: var(--kz-ranking-muted, var(--_muted));
    background: var(--kz-ranking-background, var(--_background));
    white-space: nowrap;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .row.no-value .track::before {
    display: none;
  }
  .rule,
  .stub {
    position: absolute;
    top: 0;
    bottom: 0;
    border-left: 1.5px solid var(--kz-ranking-rule, var(--_rule));
  }
  .rule.comparator,
  .stub.comparator {
    border-left-style: dashed;
  }
  .rule.target,
  .stub.target {
    border-left: 1.5px dotted var(--kz-ranking-target, var(--_target));
  }
  .labels {
    position: relative;
    font-size: 0.85em;
  }
  .stub {
    bottom: 0;
  }
  .label {
    position: absolute;
    z-index: 1;
    background: var(--kz-ranking-background, var(--_background));
    display: flex;
    flex-direction: column;
    line-height: 1.3;
    color: var(--kz-ranking-rule, var(--_rule));
  }
  .label.target {
    color: var(--kz-ranking-target, var(--_target));
  }
  .label .line {
    white-space: nowrap;
  }
  .tick {
    position: absolute;
    top: 2px;
    transform: translateX(-50%);
    font-size: 0.8em;
    color: var(--kz-ranking-muted, var(--_muted));
    white-space: nowrap;
  }
  .axis-row .plot {
    min-height: 1.4em;
  }
  .message {
    padding: 1em;
    color: var(--kz-ranking-muted, var(--_muted));
  }
  .message.error {
    color: var(--kz-ranking-text, var(--_text));
  }
  @media (forced-colors: active) {
    .dot,
    .bar {
      forced-color-adjust: none;
    }
  }
`;
