// What the host of every element shares: a block box, the colour scheme (the page's
// \`color-scheme\`, or the \`theme\` attribute: light, dark, auto), and the colours common to all
// elements. Colours: light values first, then light-dark() pairs that follow the used colour scheme;
// browsers without light-dark() keep the light values. Text colours meet WCAG 2.2 AA on their
// backgrounds in both themes. Each element adds its own colours and its \`:host([theme])\`
// background. `.sr-only` text is for screen readers only.
import { css } from 'lit';

/** Read by screen readers, not shown: `.sr-only`, shared by every element's shadow root. */
export const srOnlyStyles = css`
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
`;

export const themeStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color-scheme: inherit;
    --_text: #1f2328;
    --_muted: #59636e;
    --_background: #ffffff;
    --_focus: #0b5cd5;
    --_selected: #111418;
    --_text: light-dark(#1f2328, #e6edf3);
    --_muted: light-dark(#59636e, #9da7b3);
    --_background: light-dark(#ffffff, #16191d);
    --_focus: light-dark(#0b5cd5, #58a6ff);
    --_selected: light-dark(#111418, #ffffff);
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
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ${srOnlyStyles}
`;
