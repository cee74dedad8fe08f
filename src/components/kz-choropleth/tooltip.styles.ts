import { css } from 'lit';

// The tooltip's styles travel with the tooltip part and are added to a map's shadow root when the
// part arrives (see lazy-part.ts). Colours are the custom properties of kz-choropleth.styles.ts.
export const styles = css`
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 2;
    max-width: min(18rem, 90%);
    padding: 0.5em 0.65em;
    color: var(--kz-choropleth-text, var(--_text));
    background: var(--kz-choropleth-tooltip-background, var(--_tooltip-background));
    border: 1px solid var(--kz-choropleth-tooltip-border, var(--_tooltip-border));
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    pointer-events: none;
    font-size: 0.93em;
  }
  .tooltip-name {
    font-weight: 700;
  }
  .tooltip-value {
    font-size: 1.1em;
  }
  .tooltip-period,
  .tooltip-line,
  .spark-ends {
    color: var(--kz-choropleth-muted, var(--_muted));
  }
  .tooltip-period {
    font-size: 0.85em;
  }
  .tooltip-spark svg {
    display: block;
    margin-top: 0.3em;
    overflow: visible;
  }
  .spark-line,
  .spark-national {
    fill: none;
  }
  .spark-line {
    stroke: var(--kz-choropleth-text, var(--_text));
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .spark-national {
    stroke: var(--kz-choropleth-muted, var(--_muted));
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .spark-dot {
    fill: var(--kz-choropleth-focus, var(--_focus));
  }
  .spark-ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.8em;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
    .spark-line {
      stroke: CanvasText;
    }
    .spark-national {
      stroke: GrayText;
    }
    .spark-dot {
      fill: Highlight;
    }
  }
`;
