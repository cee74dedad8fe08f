// Interface text of <kz-ranking>: English here, Kazakh and Russian in their own modules, fetched on
// first use. Placeholders: {name}. The problem texts have the keys that the map's resolver names
// (resolve.ts), worded for a ranking.
import { translations } from '../../internal/translations.js';
import type { LoadMessages } from '../../internal/load-problem.js';

export interface RankingMessages extends LoadMessages {
  errorIndicator: string;
  errorPeriod: string;
  errorLayout: string;
  errorLevel: string;
  errorNoMap: string;
  levelRegions: string;
  levelDistricts: string;
  noData: string;
  notApplicable: string;
  /** Accessible name of the list. */
  listLabel: string;
  /** How rank 1 is chosen, for the list's description. */
  rankLowFirst: string;
  rankHighFirst: string;
  byName: string;
  tied: string;
  country: string;
  offAxisLow: string;
  offAxisHigh: string;
  references: string;
  source: string;
  /** After a companion's reference, for screen readers: which source it is from. */
  fromSource: string;
  keyboardHint: string;
  selected: string;
  /** top/bottom: how many rows of how many are shown. */
  shownOf: string;
}

const en: RankingMessages = {
  loading: 'Loading the ranking…',
  retry: 'Try again',
  errorNetwork: 'The data could not be loaded. Check the connection and try again.',
  errorHttp: 'The data file could not be loaded (error {status}).',
  errorJson: 'The data file is damaged and cannot be read.',
  errorFormat: 'The data file has problems, so the ranking cannot be shown.',
  errorMissing: 'No data was given to this ranking.',
  errorIndicator: 'This data has no indicator “{id}”.',
  errorPeriod: 'There are no values for {period}.',
  errorLayout: 'The areas in this data do not belong to one map of Kazakhstan.',
  errorLevel: 'This data has no values for {level} in {period}.',
  errorNoMap: 'The map this ranking follows is not on the page.',
  levelRegions: 'regions',
  levelDistricts: 'districts',
  noData: 'No data',
  notApplicable: 'Not applicable',
  listLabel: '{name}, {period}: areas in order',
  rankLowFirst: 'Rank 1 is the lowest value.',
  rankHighFirst: 'Rank 1 is the highest value.',
  byName: 'Sorted by name.',
  tied: 'tied',
  country: 'Kazakhstan',
  offAxisLow: 'below the axis',
  offAxisHigh: 'beyond the axis',
  references: 'Reference lines',
  source: 'Source',
  fromSource: 'from {source}',
  keyboardHint: 'Up and down arrows move between areas; Enter selects.',
  selected: 'Selected: {name}, {value}.',
  shownOf: '{shown} of {total} areas shown.',
};

/** The text by language: `MESSAGES.get(lang)`, with `MESSAGES.has(lang)` before the first draw. */
export const MESSAGES = translations<RankingMessages>('kz-ranking', en, {
  kk: { load: () => import('./messages-kk.js'), first: { loading: 'Рейтинг жүктелуде…' } },
  ru: { load: () => import('./messages-ru.js'), first: { loading: 'Рейтинг загружается…' } },
});

export { fill } from '../../i18n/format.js';
