// Registers one element through its own entry point.
import 'kz-indicators/kz-sparkline';

window.sparklineOnly = ['kz-choropleth', 'kz-sparkline'].filter((tag) => customElements.get(tag));
