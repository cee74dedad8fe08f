// Imports only the side-effect-free API entry: nothing may be registered.
import { formatNumber, formatRank, parseIndicators, VERSION } from 'kz-indicators/api';

const dataset = parseIndicators({
  indicators: [
    {
      // Hand-made two-value document, only to show that the parser runs in the page.
      id: 'example',
      name: 'Example',
      source: { name: 'Hand-made test input' },
      values: { 'KZ-75': { 2019: 1 }, 'KZ-71': { 2019: 2 } },
    },
  ],
});
window.apiOnly = {
  registered: ['kz-choropleth', 'kz-sparkline'].filter((tag) => customElements.get(tag)),
  formatted: formatNumber(19765004.5, 'ru', 1),
  rank: formatRank(3, 17, 'en'),
  indicators: dataset.indicators.length,
  version: VERSION,
};
