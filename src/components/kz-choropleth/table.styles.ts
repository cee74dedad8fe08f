import { css } from 'lit';

// The table's styles travel with the table part and are added to a map's shadow root when the
// part arrives (see lazy-part.ts). Colours are the custom properties of kz-choropleth.styles.ts.
export const styles = css`
  .table-wrap {
    max-height: 32em;
    overflow: auto;
    border: 1px solid var(--kz-choropleth-outline, var(--_outline));
    border-radius: 4px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: 0.4em 0.6em;
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.3em 0.6em;
    text-align: start;
    border-top: 1px solid var(--kz-choropleth-panel, var(--_panel));
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--kz-choropleth-panel, var(--_panel));
  }
  tbody th {
    font-weight: 400;
  }
  .num {
    text-align: end;
  }
  td.num {
    white-space: nowrap;
  }
  tr.selected {
    font-weight: 700;
  }
  .sort {
    display: inline-flex;
    gap: 0.3em;
    min-height: 24px;
    padding: 0;
    font-weight: 700;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .sort-mark {
    color: var(--kz-choropleth-muted, var(--_muted));
  }
  .table-swatch {
    display: inline-block;
    margin-inline-end: 0.4em;
    vertical-align: -1px;
    forced-color-adjust: none;
  }
  .table-swatch rect {
    stroke: var(--kz-choropleth-outline, var(--_outline));
    stroke-width: 1;
  }
`;
