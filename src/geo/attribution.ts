import type { Lang } from '../data/types.js';

/**
 * The attribution line every map must show (see maps/README.md for the licences): the
 * boundaries are geokz data under CC BY 4.0, derived from the OCHA/UNHCR COD-AB for Kazakhstan
 * and from OpenStreetMap city outlines.
 */
export const MAP_ATTRIBUTION: Readonly<Record<Lang, string>> = Object.freeze({
  en: 'Boundaries: geokz by Alexander Rodionov (CC BY 4.0), based on OCHA/UNHCR COD-AB and © OpenStreetMap contributors',
  kk: 'Шекаралар: geokz, Александр Родионов (CC BY 4.0), OCHA/UNHCR COD-AB және © OpenStreetMap қатысушылары деректері негізінде',
  ru: 'Границы: geokz, Александр Родионов (CC BY 4.0), на основе OCHA/UNHCR COD-AB и © участники OpenStreetMap',
});

/** Where the attribution line links to: the geokz repository. */
export const MAP_ATTRIBUTION_URL = 'https://github.com/arodionoff/geokz';
