// What an embed link may set. Anyone can write a link to embed.html, and an editor may copy the
// embed code of what it shows into a CMS, so the query is untrusted: only the options below are
// read from it, each as a plain attribute value (never HTML). Attributes that name code, pages or
// folders to load from never come from a link, whatever the element declares.

/** Attributes taken from the query, per element. */
export const URL_OPTIONS = Object.freeze({
  'kz-choropleth': Object.freeze([
    'indicator',
    'period',
    'layout',
    'level',
    'method',
    'classes',
    'thresholds',
    'scheme',
    'better',
    'diverging',
    'midpoint',
    'period-scale',
    'controls',
    'view',
    'selected',
    'theme',
    'no-legend',
    'no-city-symbols',
    'no-title',
    'no-table',
    'no-export',
    'eager',
  ]),
  'kz-sparkline': Object.freeze([
    'indicator',
    'area',
    'values',
    'periods',
    'variant',
    'markers',
    'connect-gaps',
    'scale-group',
    'color-by-better',
    'references',
    'zero',
    'label',
    'unit',
    'decimals',
    'better',
    'period',
    'no-latest',
    'eager',
  ]),
  // The starting view and the heading level; never `permalink` (the embed page's own address is
  // no link for readers) nor `map-base`.
  'kz-explorer': Object.freeze(['indicator', 'period', 'area', 'heading-level']),
});

/**
 * Attributes never taken from the query: `embed-script` and `embed-page` are written into the
 * code an editor copies, `map-base` says where map files load from, `for` points at another
 * element of the page; `permalink` would write into the embed page's own address; `src` and
 * `lang` are read apart, with their own checks.
 */
export const NEVER_FROM_URL = Object.freeze([
  'embed-script',
  'embed-page',
  'map-base',
  'for',
  'src',
  'lang',
  'permalink',
]);

/** The attributes an embed link sets on `tag`: [name, value] pairs from the allowed options. */
export function optionsFromUrl(tag, params) {
  const allowed = URL_OPTIONS[tag] ?? [];
  const options = [];
  for (const [name, value] of params) {
    if (allowed.includes(name) && !NEVER_FROM_URL.includes(name)) options.push([name, value]);
  }
  return options;
}
