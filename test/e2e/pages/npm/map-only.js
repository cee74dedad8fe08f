// A bundled app that registers the map only and sets its maps folder with a <meta> element.
import 'kz-indicators/kz-choropleth';
