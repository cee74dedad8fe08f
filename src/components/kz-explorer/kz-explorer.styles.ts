import { css } from 'lit';
import { srOnlyStyles } from '../../internal/theme.styles.js';

// Laid out by its own width (container queries), not the page's: one column on a phone or in a
// sidebar, map and ranking side by side from 720 px, and the trend card beside them from 1100 px.
// The DOM order (picker, map with its period control, ranking, card) is the reading and Tab order
// at every width.
export const styles = [
  srOnlyStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      box-sizing: border-box;
      min-width: 0;
      font-family: var(--kz-explorer-font, inherit);
      color: var(--kz-explorer-text, inherit);
      line-height: 1.4;
      --_muted: var(--kz-explorer-muted, #595959);
      --_border: var(--kz-explorer-border, #d0d0d0);
      --_focus: var(--kz-explorer-focus, #1a73e8);
      --_gap: var(--kz-explorer-gap, 1rem);
    }
    :host([hidden]) {
      display: none;
    }
    * {
      box-sizing: border-box;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 1rem;
      margin-bottom: 0.5rem;
    }
    .picker {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 16rem;
      min-width: 0;
      max-width: 40rem;
    }
    label {
      font-weight: 600;
    }
    select,
    button,
    input {
      font: inherit;
      color: inherit;
      max-width: 100%;
    }
    select,
    button {
      min-height: 2.75rem;
      padding: 0.4rem 0.8rem;
      border: 1px solid var(--_border);
      border-radius: 4px;
    }
    select {
      width: 100%;
      padding-inline: 0.5rem;
      background: var(--kz-explorer-field, Field);
      color: var(--kz-explorer-field-text, FieldText);
    }
    button {
      background: var(--kz-explorer-panel, ButtonFace);
      color: var(--kz-explorer-button-text, ButtonText);
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .title {
      margin: 0.25rem 0 0.5rem;
      font-size: 1.25em;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .heading {
      margin: 0 0 0.5rem;
      font-size: 1.05em;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .notices {
      margin: 0 0 0.75rem;
    }
    .notices:empty {
      display: none;
    }
    .notices p {
      margin: 0.25rem 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--kz-explorer-notice-border, #b26a00);
      background: var(--kz-explorer-notice-background, #fff8e6);
      color: var(--kz-explorer-notice-text, #3d2a00);
      overflow-wrap: anywhere;
    }
    .grid {
      display: grid;
      gap: var(--_gap);
      grid-template-columns: minmax(0, 1fr);
    }
    .panel {
      min-width: 0;
    }
    .card-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25rem 0.75rem;
    }
    .companion {
      margin: 0.75rem 0 0.25rem;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .sources {
      margin: 0.5rem 0 0;
      color: var(--_muted);
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .sources p {
      margin: 0.15rem 0;
    }
    .link {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-top: var(--_gap);
    }
    .link input {
      flex: 1 1 16rem;
      min-width: 0;
      padding: 0.4rem;
    }
    .message {
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: 4px;
    }
    @container (min-width: 720px) {
      .grid {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
      .grid .card {
        grid-column: 1 / -1;
      }
      .grid.single {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    @container (min-width: 1100px) {
      .grid {
        grid-template-columns: minmax(0, 5fr) minmax(0, 3fr) minmax(0, 3fr);
      }
      .grid .card {
        grid-column: auto;
      }
    }
  `,
];
