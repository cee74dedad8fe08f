// The controls of <kz-choropleth>: the period control (play button, slider, period, note on a break
// in the series), buttons and the focus ring, the toolbar with the export menu, the export status
// and snippet, and the source line.
import { css } from 'lit';

export const controlsStyles = css`
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
  /* On a phone the slider keeps its room: the play button shows its symbol, its name is read. */
  @container (max-width: 420px) {
    .play-label {
      position: absolute;
      clip-path: inset(50%);
    }
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
`;
