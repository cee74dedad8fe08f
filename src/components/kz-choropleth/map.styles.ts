// The map's drawing in <kz-choropleth>: areas, borders, the country's outline, the hover, selected
// and focus outlines, city symbols with their labels, and the fade between periods.
import { css } from 'lit';

export const mapStyles = css`
  .map {
    display: block;
    overflow: visible;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    forced-color-adjust: none;
  }
  .area {
    stroke: var(--kz-choropleth-border, var(--_border));
    stroke-width: 0.5;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
    pointer-events: fill;
  }
  .district .area {
    stroke-width: 0.25;
  }
  /* Lines drawn over the areas: borders, the country's outline, hover, selection and focus. */
  .mesh,
  .outline,
  .hl {
    fill: none;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .mesh {
    stroke: var(--kz-choropleth-border, var(--_border));
    stroke-width: 0.8;
  }
  .mesh.regions {
    stroke-width: 1.4;
  }
  .outline {
    stroke: var(--kz-choropleth-outline, var(--_outline));
    stroke-width: 0.8;
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
  .city-label {
    font-size: 12px;
    font-weight: 600;
    pointer-events: none;
  }
`;
