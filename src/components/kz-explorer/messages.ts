// Interface text of <kz-explorer>: English here, Kazakh and Russian in their own modules, fetched
// on first use. Placeholders: {name}. Pure: notices are worded here, from their codes.
import type { Dataset, Lang } from '../../data/types.js';
import { areaInfo } from '../../data/areas.js';
import { fill, localize } from '../../i18n/format.js';
import { translations } from '../../internal/translations.js';
import type { LoadMessages } from '../../internal/load-problem.js';
import type { Notice } from './view-state.js';

export interface ExplorerMessages extends LoadMessages {
  indicator: string;
  otherTopic: string;
  mapHeading: string;
  rankingHeading: string;
  trendHeading: string;
  country: string;
  showCountry: string;
  selectArea: string;
  companionFrom: string;
  copyLink: string;
  linkCopied: string;
  linkNotCopied: string;
  linkLabel: string;
  unknownIndicatorLink: string;
  unknownIndicator: string;
  unknownPeriod: string;
  unknownArea: string;
  periodMoved: string;
  areaNoValue: string;
  periodNoValues: string;
  nationalOnly: string;
  noRegional: string;
  noIndicators: string;
  topicNotText: string;
  topicUnknown: string;
}

const en: ExplorerMessages = {
  loading: 'Loading the data…',
  retry: 'Try again',
  errorNetwork: 'The data could not be loaded. Check the connection and try again.',
  errorHttp: 'The data file could not be loaded (error {status}).',
  errorJson: 'The data file is damaged and cannot be read.',
  errorFormat: 'The data file has mistakes, so nothing can be shown.',
  errorMissing: 'No data was given to this explorer.',
  indicator: 'Indicator',
  otherTopic: 'Other',
  mapHeading: 'Map by region',
  rankingHeading: 'Regions ranked',
  trendHeading: 'Trend: {area}',
  country: 'Kazakhstan',
  showCountry: 'Show Kazakhstan as a whole',
  selectArea: 'Select a region on the map or in the ranking to see its trend.',
  companionFrom: 'From another source: {name}',
  copyLink: 'Copy link to this view',
  linkCopied: 'Link copied.',
  linkNotCopied: 'The link could not be copied; select it below and copy it.',
  linkLabel: 'Link to this view',
  unknownIndicatorLink:
    'The link names an indicator that is not in this data (“{given}”), so the default view is shown.',
  unknownIndicator: 'This data has no indicator “{given}”; showing {indicator}.',
  unknownPeriod: '“{given}” is not a period; showing {period}.',
  unknownArea: 'No region “{given}” is known; showing the whole country.',
  periodMoved: '{indicator} has no values for {given}; showing {period}, the nearest period.',
  areaNoValue: '{area} has no value for {indicator} in {period}.',
  periodNoValues: '{indicator} has no regional values in {period}.',
  nationalOnly:
    '{indicator} has values for the whole country only: no map or ranking, the trend is below.',
  noRegional:
    'This data has no indicator with values by region, so no map or ranking can be shown.',
  noIndicators: 'This data holds no indicator.',
  topicUnknown:
    'The topic of {indicator} is not one of the topics of this data; it is listed under “Other”.',
  topicNotText: 'The topic of {indicator} is not a text; it is listed under “Other”.',
};

/** The text by language: `MESSAGES.get(lang)`, with `MESSAGES.has(lang)` before the first draw. */
export const MESSAGES = translations<ExplorerMessages>('kz-explorer', en, {
  kk: { load: () => import('./messages-kk.js'), first: { loading: 'Деректер жүктелуде…' } },
  ru: { load: () => import('./messages-ru.js'), first: { loading: 'Данные загружаются…' } },
});

export { fill };

/** An area's name in the reader's language; the country for ''. */
export function areaName(code: string, lang: Lang, m: ExplorerMessages): string {
  if (!code) return m.country;
  return areaInfo(code)?.names[lang] ?? code;
}

/** An input from a link or an attribute, shown as text: one line, at most 60 characters. */
export function quoted(text: string | undefined): string {
  const line = (text ?? '').replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

const TEMPLATE: Record<Notice['code'], keyof ExplorerMessages> = {
  'unknown-indicator': 'unknownIndicator',
  'unknown-period': 'unknownPeriod',
  'unknown-area': 'unknownArea',
  'period-moved': 'periodMoved',
  'area-no-value': 'areaNoValue',
  'period-no-values': 'periodNoValues',
  'national-only': 'nationalOnly',
  'no-regional': 'noRegional',
  'no-indicators': 'noIndicators',
  'topic-not-text': 'topicNotText',
  'topic-unknown': 'topicUnknown',
};

/**
 * noticeText(notice, dataset, lang, m, fromLink) words a notice for the reader: indicator and
 * area names in their language, inputs quoted as plain text.
 */
export function noticeText(
  notice: Notice,
  dataset: Dataset,
  lang: Lang,
  m: ExplorerMessages,
  fromLink = false,
): string {
  const indicator = dataset.indicators.find((i) => i.id === notice.indicator);
  const key =
    notice.code === 'unknown-indicator' && fromLink
      ? 'unknownIndicatorLink'
      : TEMPLATE[notice.code];
  return fill(m[key] as string, {
    indicator: indicator ? localize(indicator.name, lang) || indicator.id : notice.indicator,
    area: notice.area !== undefined ? areaName(notice.area, lang, m) : undefined,
    period: notice.period,
    given: quoted(notice.given),
  });
}
