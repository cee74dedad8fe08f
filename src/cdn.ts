// Single-file bundle for a <script type="module"> tag: registers every element and exposes the
// public API as the module's exports.
import './components/kz-choropleth/define.js';
import './components/kz-sparkline/define.js';

export * from './index.js';
