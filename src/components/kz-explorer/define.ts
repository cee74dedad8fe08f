// Registers <kz-explorer> together with the elements it is made of (<kz-choropleth>,
// <kz-sparkline>, <kz-ranking>). Import this module (or the package's `kz-indicators/kz-explorer`
// entry) for its side effect; a second copy of the library on the page is skipped with a warning.
import { defineElement } from '../../register.js';
import '../kz-choropleth/define.js';
import '../kz-sparkline/define.js';
import '../kz-ranking/define.js';
import { KzExplorer } from './kz-explorer.js';

defineElement('kz-explorer', KzExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'kz-explorer': KzExplorer;
  }
}

export { KzExplorer };
