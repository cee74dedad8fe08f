// Registers <kz-ranking>. Import this module (or the package's `kz-indicators/kz-ranking` entry)
// for its side effect; a second copy of the library on the page is skipped with a warning.
import { defineElement } from '../../register.js';
import { KzRanking } from './kz-ranking.js';

defineElement('kz-ranking', KzRanking);

declare global {
  interface HTMLElementTagNameMap {
    'kz-ranking': KzRanking;
  }
}

export { KzRanking };
