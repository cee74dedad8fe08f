// The CDN bundle for a <script type="module"> tag: registers every element and exports the
// part of the API that page scripts use beside the elements (reading data, names, formats);
// dist/cdn/api.js adds the dataset accessors. The full side-effect-free API is the npm entry
// `kz-indicators/api`. Pages with one kind of element can load cdn-choropleth.ts or
// cdn-sparkline.ts instead (kz-choropleth.js, kz-sparkline.js), which leave the other out.
import './components/kz-choropleth/define.js';
import './components/kz-sparkline/define.js';

export { KzChoropleth } from './components/kz-choropleth/kz-choropleth.js';
export { KzSparkline } from './components/kz-sparkline/kz-sparkline.js';
export * from './cdn-common.js';
// Both elements find breaks in series, so the accessors of breaks come with them here, and
// dist/cdn/api.js takes them from this file instead of carrying a copy.
export { breaksOf, periodBreaksOf, breakBefore } from './data/breaks.js';
