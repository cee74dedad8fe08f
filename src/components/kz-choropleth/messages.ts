// Interface text of <kz-choropleth>: English here, Kazakh and Russian in their own modules, fetched
// on first use. Placeholders: {name}.
import { translations } from '../../internal/translations.js';
import type { LoadMessages } from '../../internal/load-problem.js';
import { MAP_CREDIT_EN, type CreditPart } from '../../geo/attribution.js';

export interface ChoroplethMessages extends LoadMessages {
  /** The map's credit, after the `map` label (src/geo/attribution.ts). */
  mapCredit: readonly CreditPart[];
  errorTooLarge: string;
  errorAddress: string;
  errorIndicator: string;
  errorPeriod: string;
  errorMap: string;
  errorLayout: string;
  errorLevel: string;
  /** The {level} of errorLevel. */
  levelRegions: string;
  levelDistricts: string;
  noData: string;
  notApplicable: string;
  suppressed: string;
  noValueFor: string;
  provisional: string;
  estimated: string;
  break: string;
  source: string;
  map: string;
  country: string;
  national: string;
  above: string;
  below: string;
  same: string;
  tied: string;
  rankLowFirst: string;
  rankHighFirst: string;
  highest: string;
  lowest: string;
  mapLabel: string;
  keyboardHint: string;
  showTable: string;
  showMap: string;
  tableCaption: string;
  area: string;
  value: string;
  rank: string;
  difference: string;
  notes: string;
  sortBy: string;
  download: string;
  png: string;
  svg: string;
  csv: string;
  copyEmbed: string;
  copyIframe: string;
  copied: string;
  copyManually: string;
  exportFailed: string;
  play: string;
  pause: string;
  period: string;
  /** Period control, at a period whose regions have new boundaries. Placeholders: {period}. */
  breakLayout: string;
  /** Period control, at a period the source marks as a break in series. */
  breakSeries: string;
  showing: string;
  selected: string;
  legend: string;
  areasCount: (n: number) => string;
  beyond: string;
}

const en: ChoroplethMessages = {
  loading: 'Loading the map…',
  retry: 'Try again',
  errorNetwork: 'The data could not be loaded. Check the connection and try again.',
  errorHttp: 'The data file could not be loaded (error {status}).',
  errorJson: 'The data file is damaged and cannot be read.',
  errorFormat: 'The data file has problems, so the map cannot be shown.',
  errorMissing: 'No data was given to this map.',
  mapCredit: MAP_CREDIT_EN,
  errorTooLarge: 'The data file is too large to show here.',
  errorAddress: 'The address of the data or of the map files is not valid.',
  errorIndicator: 'This data has no indicator “{id}”.',
  errorPeriod: 'There are no values for {period}.',
  errorMap: 'The map of Kazakhstan could not be loaded. Check the connection and try again.',
  errorLayout: 'The areas in this data do not belong to one map of Kazakhstan.',
  errorLevel: 'This data has no values for {level} in {period}.',
  levelRegions: 'regions',
  levelDistricts: 'districts',
  noData: 'No data',
  notApplicable: 'Not applicable',
  suppressed: 'Not published',
  noValueFor: 'No value for {period}',
  provisional: 'Provisional',
  estimated: 'Estimated',
  break: 'Break in series',
  source: 'Source',
  map: 'Map',
  country: 'Kazakhstan',
  national: 'national value',
  above: '{diff} above the national value',
  below: '{diff} below the national value',
  same: 'Same as the national value',
  tied: 'tied',
  rankLowFirst: 'lowest value first',
  rankHighFirst: 'highest value first',
  highest: 'Highest',
  lowest: 'Lowest',
  mapLabel: 'Map of Kazakhstan: {name}, {period}',
  keyboardHint: 'Arrow keys move between areas; Enter selects.',
  showTable: 'Show table',
  showMap: 'Show map',
  tableCaption: '{name}, {period}',
  area: 'Area',
  value: 'Value',
  rank: 'Rank',
  difference: 'Difference from national',
  notes: 'Notes',
  sortBy: 'Sort by {column}',
  download: 'Download',
  png: 'Image (PNG)',
  svg: 'Vector image (SVG)',
  csv: 'Data (CSV)',
  copyEmbed: 'Copy embed code',
  copyIframe: 'Copy iframe code',
  copied: 'Copied to the clipboard.',
  copyManually: 'Copy the code below.',
  exportFailed: 'This download is blocked on this page. Try the SVG or CSV download.',
  play: 'Play',
  pause: 'Pause',
  period: 'Period',
  breakLayout: 'New region boundaries from {period}: compare with earlier years with care.',
  breakSeries: 'Break in series in {period}: values are not comparable with earlier years.',
  showing: 'Showing {period}.',
  selected: 'Selected: {name}, {value}.',
  legend: 'Legend',
  areasCount: (n) => `${n} ${n === 1 ? 'area' : 'areas'}`,
  beyond: 'beyond the scale',
};

/** The text by language: `MESSAGES.get(lang)`, with `MESSAGES.has(lang)` before the first draw. */
export const MESSAGES = translations<ChoroplethMessages>('kz-choropleth', en, {
  kk: { load: () => import('./messages-kk.js'), first: { loading: 'Карта жүктелуде…' } },
  ru: { load: () => import('./messages-ru.js'), first: { loading: 'Карта загружается…' } },
});

export { fill } from '../../i18n/format.js';
