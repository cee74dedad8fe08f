import { MAP_CREDIT_LINKS as L, type CreditPart } from './attribution.js';

/** The map credit in Russian (see attribution.ts). */
export const MAP_CREDIT_RU: readonly CreditPart[] = [
  { text: 'geokz', href: L.geokz },
  { text: ', Александр Родионов (' },
  { text: 'CC BY 4.0', href: L.ccBy },
  { text: '), с изменениями; источник ' },
  { text: 'OCHA/UNHCR COD-AB', href: L.codAb },
  { text: ' (' },
  { text: 'CC BY-IGO', href: L.ccByIgo },
  { text: '); границы городов ' },
  { text: '© участники OpenStreetMap', href: L.osm },
  { text: ' (' },
  { text: 'ODbL', href: L.odbl },
  { text: '). Границы не означают одобрения ООН.' },
];
