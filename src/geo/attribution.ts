// The credit every map must show, as the licences of the boundaries ask (see maps/README.md):
// geokz by Alexander Rodionov under CC BY 4.0 with a link to the licence and a notice that the
// boundaries were modified; its upstream, the OCHA/UNHCR COD-AB (CC BY-IGO), with the United
// Nations' non-endorsement notice; and the OpenStreetMap city outlines with the ODbL notice and
// links. Written after the element's "Map:" label, so it has none of its own. English here;
// Kazakh and Russian beside it, loaded with the elements' texts in those languages.

/** A piece of the map credit: text, linked when `href` is set. */
export interface CreditPart {
  text: string;
  href?: string;
}

/** Where the parts of the map credit link to. */
export const MAP_CREDIT_LINKS = Object.freeze({
  geokz: 'https://github.com/arodionoff/geokz',
  ccBy: 'https://creativecommons.org/licenses/by/4.0/',
  codAb: 'https://data.humdata.org/dataset/cod-ab-kaz',
  ccByIgo: 'https://creativecommons.org/licenses/by/3.0/igo/',
  osm: 'https://www.openstreetmap.org/copyright',
  odbl: 'https://opendatacommons.org/licenses/odbl/1-0/',
});

const L = MAP_CREDIT_LINKS;

/** The map credit in English. */
export const MAP_CREDIT_EN: readonly CreditPart[] = [
  { text: 'geokz', href: L.geokz },
  { text: ' by Alexander Rodionov (' },
  { text: 'CC BY 4.0', href: L.ccBy },
  { text: '), modified; from ' },
  { text: 'OCHA/UNHCR COD-AB', href: L.codAb },
  { text: ' (' },
  { text: 'CC BY-IGO', href: L.ccByIgo },
  { text: '); city outlines ' },
  { text: '© OpenStreetMap contributors', href: L.osm },
  { text: ' (' },
  { text: 'ODbL', href: L.odbl },
  { text: '). Boundaries do not imply endorsement by the UN.' },
];
