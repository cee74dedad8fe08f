// The styles of <kz-choropleth>, one sheet per part: the host and the page layout around the map
// (here), the map (map.styles.ts), the legend (legend.styles.ts), the period control, buttons,
// toolbar and export menu (controls.styles.ts), and, last so that they win, the forced-colours
// rules of them all. Colours shared with the other elements come from internal/theme.styles.ts;
// the map's own are declared on the host below (light value, then light-dark() pair).
import { css } from 'lit';
import { themeStyles } from '../../internal/theme.styles.js';
import { mapStyles } from './map.styles.js';
import { legendStyles } from './legend.styles.js';
import { controlsStyles } from './controls.styles.js';

const layoutStyles = css`
  :host {
    container-type: inline-size;
    font-family: var(--kz-choropleth-font, inherit);
    font-size: var(--kz-choropleth-font-size, 0.875rem);
    line-height: 1.4;
    --_border: #ffffff;
    --_outline: #6e7781;
    --_no-data: #d0d7de;
    --_no-data-line: #8c959f;
    --_panel: #f6f8fa;
    --_tooltip-background: #ffffff;
    --_tooltip-border: #8c959f;
    --_border: light-dark(#ffffff, #16191d);
    --_outline: light-dark(#6e7781, #8b949e);
    --_no-data: light-dark(#d0d7de, #3d444d);
    --_no-data-line: light-dark(#8c959f, #6e7681);
    --_panel: light-dark(#f6f8fa, #21262d);
    --_tooltip-background: light-dark(#ffffff, #21262d);
    --_tooltip-border: light-dark(#8c959f, #6e7681);
    color: var(--kz-choropleth-text, var(--_text));
    background: var(--kz-choropleth-background, transparent);
  }
  :host([theme]) {
    background: var(--kz-choropleth-background, var(--_background));
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
`;

const forcedColorStyles = css`
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

export const styles = [
  themeStyles,
  layoutStyles,
  mapStyles,
  legendStyles,
  controlsStyles,
  forcedColorStyles,
];
