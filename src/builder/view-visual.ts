/** Step 4: a live preview with the real elements, and their options. */
import { html, nothing } from 'lit';
import { stepSection } from './view-step.js';
import { sortPeriods } from '../convert/periods.js';
import type { DocumentInput, Lang } from '../data/types.js';
import type { BuilderApp } from './app.js';
import type { MessageKey } from './messages.js';
import { elementAttributes } from './publish.js';
import type { ElementKind, VisualChoices } from './state.js';
import { areaName } from './view-check.js';

const SCHEMES = [
  '',
  'blues',
  'greens',
  'oranges',
  'purples',
  'orrd',
  'ylorrd',
  'ylgnbu',
  'viridis',
  'cividis',
  'rdbu',
  'puor',
  'brbg',
];
const METHODS = ['quantile', 'equal', 'natural', 'continuous'];

/** Elements the page can show: the map and sparkline always; the others once registered. */
export function availableElements(): ElementKind[] {
  const out: ElementKind[] = ['map', 'sparkline'];
  if (customElements.get('kz-ranking')) out.push('ranking');
  if (customElements.get('kz-explorer')) out.push('explorer');
  return out;
}

export function periodsOfDocument(doc: DocumentInput): string[] {
  const set = new Set<string>();
  for (const series of Object.values(doc.indicators[0]?.values ?? {}))
    for (const [p, v] of Object.entries(series)) if (v !== null) set.add(p);
  return sortPeriods(set);
}

function choice<K extends keyof VisualChoices>(
  app: BuilderApp,
  key: K,
  label: MessageKey,
  options: [string, string][],
  parse: (v: string) => VisualChoices[K],
) {
  const id = `builder-visual-${key}`;
  return html`<label class="builder-field" for=${id}
    ><span>${app.t(label)}</span>
    <select
      id=${id}
      @change=${(e: Event) =>
        app.change((s) => {
          s.visual[key] = parse((e.target as HTMLSelectElement).value);
        })}
    >
      ${options.map(
        ([v, text]) =>
          html`<option value=${v} ?selected=${String(app.state.visual[key]) === v}>
            ${text}
          </option>`,
      )}
    </select></label
  >`;
}

/** The element itself, with the same attributes the embed code will carry. */
function preview(app: BuilderApp, doc: DocumentInput) {
  const v = app.state.visual;
  const a = elementAttributes(v, doc.indicators[0]?.id ?? '');
  const str = (k: string) => (typeof a[k] === 'string' ? (a[k] as string) : nothing);
  switch (v.element) {
    case 'sparkline':
      return html`<kz-sparkline
        .data=${doc}
        indicator=${str('indicator')}
        variant="card"
        area=${str('area')}
        lang=${v.lang}
        theme=${str('theme')}
        eager
      ></kz-sparkline>`;
    case 'ranking':
      return html`<kz-ranking
        .data=${doc}
        indicator=${str('indicator')}
        period=${str('period')}
        lang=${v.lang}
        scheme=${str('scheme')}
        theme=${str('theme')}
        eager
      ></kz-ranking>`;
    case 'explorer':
      return html`<kz-explorer
        .data=${doc}
        indicator=${str('indicator')}
        lang=${v.lang}
        theme=${str('theme')}
      ></kz-explorer>`;
    default:
      return html`<kz-choropleth
        .data=${doc}
        indicator=${str('indicator')}
        period=${str('period')}
        method=${str('method')}
        classes=${str('classes')}
        scheme=${str('scheme')}
        ?diverging=${v.diverging}
        lang=${v.lang}
        theme=${str('theme')}
        eager
      ></kz-choropleth>`;
  }
}

/** How values become colours: map and ranking. */
function classOptions(app: BuilderApp) {
  const v = app.state.visual;
  return html`${choice(
    app,
    'method',
    'method',
    METHODS.map((m) => [m, m]),
    (x) => x,
  )}
  ${choice(
    app,
    'classes',
    'classes',
    [3, 4, 5, 6, 7].map((n) => [String(n), String(n)]),
    Number,
  )}
  ${choice(
    app,
    'scheme',
    'scheme',
    SCHEMES.map((s) => [s, s || app.t('automatic')]),
    (x) => x,
  )}
  ${
    v.element === 'map'
      ? html`<label class="builder-field builder-check" for="builder-visual-diverging"
          ><input
            id="builder-visual-diverging"
            type="checkbox"
            .checked=${v.diverging}
            @change=${(e: Event) =>
              app.change((s) => {
                s.visual.diverging = (e.target as HTMLInputElement).checked;
              })}
          /><span>${app.t('diverging')}</span></label
        >`
      : nothing
  }`;
}

/** The element's options (which ones depend on the element). */
function visualOptions(app: BuilderApp, doc: DocumentInput) {
  const v = app.state.visual;
  const periods = periodsOfDocument(doc);
  const areas = Object.keys(doc.indicators[0]?.values ?? {});
  const lang = app.lang;
  const names: Record<ElementKind, MessageKey> = {
    map: 'elementMap',
    sparkline: 'elementSparkline',
    ranking: 'elementRanking',
    explorer: 'elementExplorer',
  };
  const langs: [Lang, string][] = [
    ['en', 'English'],
    ['kk', 'Қазақша'],
    ['ru', 'Русский'],
  ];
  return html`
    ${choice(
      app,
      'element',
      'element',
      availableElements().map((e) => [e, app.t(names[e])]),
      (x) => x as ElementKind,
    )}
    ${
      v.element === 'sparkline'
        ? choice(
            app,
            'area',
            'area',
            [
              ['', app.t('national')],
              ...areas.map((c): [string, string] => [c, areaName(c, lang)]),
            ],
            (x) => x,
          )
        : choice(
            app,
            'period',
            'period',
            [
              ['', `${app.t('automatic')} (${periods[periods.length - 1] ?? ''})`],
              ...periods.map((p): [string, string] => [p, p]),
            ],
            (x) => x,
          )
    }
    ${v.element === 'map' || v.element === 'ranking' ? classOptions(app) : nothing}
    ${choice(app, 'lang', 'widgetLanguage', langs, (x) => x as Lang)}
    ${choice(
      app,
      'theme',
      'theme',
      [
        ['light', 'light'],
        ['dark', 'dark'],
      ],
      (x) => x as 'light' | 'dark',
    )}
    ${choice(
      app,
      'width',
      'width',
      [
        ['320', '320 px'],
        ['640', '640 px'],
        ['1000', '1000 px'],
      ],
      (x) => Number(x) as 320 | 640 | 1000,
    )}
  `;
}

export function visualView(app: BuilderApp) {
  const doc = app.outcome?.document;
  if (!doc) return nothing;
  const v = app.state.visual;
  return stepSection(
    'step-visualise',
    app.t('visualiseTitle'),
    html`<div class="builder-grid">${visualOptions(app, doc)}</div>
      <div class="builder-preview-frame">
        <div
          id="builder-preview"
          class="builder-preview builder-w${v.width} builder-theme-${v.theme}"
        >
          ${preview(app, doc)}
        </div>
      </div>`,
  );
}
