// Registers <kz-choropleth>. Import this module (or the package's `kz-indicators/kz-choropleth`
// entry) for its side effect; a second copy of the library on the page is skipped with a warning.
import { defineElement } from '../../register.js';
import { KzChoropleth } from './kz-choropleth.js';

defineElement('kz-choropleth', KzChoropleth);

declare global {
  interface HTMLElementTagNameMap {
    'kz-choropleth': KzChoropleth;
  }
}

export { KzChoropleth };
