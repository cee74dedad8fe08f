import { MAP_CREDIT_LINKS as L, type CreditPart } from './attribution.js';

/** The map credit in Kazakh (see attribution.ts). */
export const MAP_CREDIT_KK: readonly CreditPart[] = [
  { text: 'geokz', href: L.geokz },
  { text: ', Александр Родионов (' },
  { text: 'CC BY 4.0', href: L.ccBy },
  { text: '), өзгертілген; дереккөзі ' },
  { text: 'OCHA/UNHCR COD-AB', href: L.codAb },
  { text: ' (' },
  { text: 'CC BY-IGO', href: L.ccByIgo },
  { text: '); қалалар шекаралары ' },
  { text: '© OpenStreetMap қатысушылары', href: L.osm },
  { text: ' (' },
  { text: 'ODbL', href: L.odbl },
  { text: '). Шекаралар БҰҰ-ның мақұлдауын білдірмейді.' },
];
