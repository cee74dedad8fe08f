// The legend of <kz-choropleth>: labels with a halo (the map's city names too), class swatches
// with their counts, ticks, the no-data and not-applicable swatches (also the patterns of the map),
// and the reference markers.
import { css } from 'lit';

export const legendStyles = css`
  /* Text drawn over colours (legend labels and counts, and the map's city names) has a halo of
     the background. */
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
`;
