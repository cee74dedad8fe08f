// Registers <kz-sparkline>. Import this module (or the package's `kz-indicators/kz-sparkline`
// entry) for its side effect; a second copy of the library on the page is skipped with a warning.
import { defineElement } from '../../register.js';
import { KzSparkline } from './kz-sparkline.js';

defineElement('kz-sparkline', KzSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'kz-sparkline': KzSparkline;
  }
}

export { KzSparkline };
