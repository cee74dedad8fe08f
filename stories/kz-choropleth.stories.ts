import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/kz-choropleth/define.js';
import u5mr from './data/u5mr-regions.json';
import poverty from './data/poverty-regions.json';
import districts from './data/districts-area.json';
import wellbeing from './data/child-wellbeing-regions.json';
import preschool from './data/preschool-regions.json';
import adolescent from './data/adolescent-births-regions.json';
import skilledBirth from './data/skilled-birth-regions.json';

// The gallery serves the map files at /maps/ (see .storybook/main.ts); a page can say so once.
const settings = (window as { kzIndicators?: { mapBase?: string } }).kzIndicators;
(window as { kzIndicators?: { mapBase?: string } }).kzIndicators = {
  ...settings,
  mapBase: settings?.mapBase ?? '/maps/',
};

/**
 * The rural series of births attended by skilled personnel has no rows for Astana, Almaty and
 * Shymkent: cities of republican significance have no rural population (see the data's
 * provenance). This copy states that explicitly, as `not-applicable` nulls, instead of leaving
 * the cells out; every number is as published.
 */
function ruralWithCitiesNotApplicable(): unknown {
  const rural = skilledBirth.indicators.find((i) => i.id === 'skilled-birth-rural')!;
  const values = { ...rural.values } as Record<string, Record<string, unknown>>;
  for (const city of ['KZ-71', 'KZ-75', 'KZ-79']) {
    values[city] = { '2023': { value: null, reason: 'not-applicable' } };
  }
  return { ...skilledBirth, indicators: [{ ...rural, values }] };
}

/** A box of a given width, like a column of a page, with a readable font. */
const frame = (width: number | string, content: TemplateResult | HTMLElement) =>
  html`<div
    class="story-frame"
    style="width: ${
      typeof width === 'number' ? `${width}px` : width
    }; max-width: 100%; font-family: system-ui, sans-serif"
  >
    ${content}
  </div>`;

interface Args {
  indicator: string;
  period: string;
  lang: string;
  method: string;
  classes: number;
  scheme: string;
  controls: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/kz-choropleth',
  component: 'kz-choropleth',
  parameters: {
    docs: {
      description: {
        component:
          'A choropleth map of Kazakhstan from a kz-indicators document: regions on the 2022, 2018 or pre-2018 boundaries, or districts. Every story uses real data from `stories/data/`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Under-five mortality in 2019: the 17 units of the 2018-2022 layout. */
export const UnderFiveMortality2019: Story = {
  args: { period: '2019', method: 'quantile', classes: 5, scheme: '', lang: 'en' },
  render: (args) =>
    frame(
      800,
      html`<kz-choropleth
        .data=${u5mr}
        period=${args.period}
        method=${args.method}
        classes=${args.classes}
        scheme=${args.scheme}
        lang=${args.lang}
      ></kz-choropleth>`,
    ),
};

/** Poverty in 2023: the 20 units since June 2022 (Abai, Jetisu, Ulytau). */
export const Poverty2023: Story = {
  render: () => frame(800, html`<kz-choropleth .data=${poverty} period="2023"></kz-choropleth>`),
};

/** Poverty in 2015: the 16 units before June 2018, with South Kazakhstan. */
export const Poverty2015: Story = {
  render: () => frame(800, html`<kz-choropleth .data=${poverty} period="2015"></kz-choropleth>`),
};

/** The 224 districts (2024), coloured by their area. */
export const Districts: Story = {
  render: () => frame(960, html`<kz-choropleth .data=${districts}></kz-choropleth>`),
};

/** The period control: slider with play and pause; the colours keep their meaning every year. */
export const PeriodControl: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${u5mr} controls period="2014"></kz-choropleth>`),
};

/** Russian, taken from the nearest `lang` attribute up the page. */
export const Russian: Story = {
  render: () =>
    frame(800, html`<div lang="ru"><kz-choropleth .data=${u5mr} controls></kz-choropleth></div>`),
};

/** Kazakh, set on the element. */
export const Kazakh: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${poverty} lang="kk" period="2023"></kz-choropleth>`),
};

/** Natural breaks (ckmeans): classes follow the gaps in the data. */
export const NaturalBreaks: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth .data=${adolescent} method="natural" period="2023"></kz-choropleth>`,
    ),
};

/** Equal intervals, 4 classes. */
export const EqualIntervals: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth
        .data=${adolescent}
        method="equal"
        classes="4"
        period="2023"
      ></kz-choropleth>`,
    ),
};

/** Custom thresholds, for example those of a national programme. */
export const CustomThresholds: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth .data=${poverty} thresholds="2,4,6,8" period="2023"></kz-choropleth>`,
    ),
};

/** A continuous colour ramp, with a gradient legend. */
export const Continuous: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth .data=${poverty} method="continuous" period="2023"></kz-choropleth>`,
    ),
};

/** Diverging colours around the national value: warm above it (worse), cool below. */
export const DivergingAtNationalValue: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${u5mr} diverging period="2019"></kz-choropleth>`),
};

/** Where higher is better (pre-school coverage), low values take the dark colours. */
export const HigherIsBetter: Story = {
  render: () => frame(800, html`<kz-choropleth .data=${preschool} period="2019"></kz-choropleth>`),
};

/** The viridis scheme, for readers with any colour vision. */
export const Viridis: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth .data=${adolescent} scheme="viridis" period="2023"></kz-choropleth>`,
    ),
};

/** Areas without a value: hatched, counted in the legend, and said so in the tooltip. */
export const NoData: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth
        .data=${skilledBirth}
        indicator="skilled-birth-rural"
        period="2023"
      ></kz-choropleth>`,
    ),
};

/** "Not applicable" has its own swatch: the cities have no rural population. */
export const NotApplicable: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${ruralWithCitiesNotApplicable()}></kz-choropleth>`),
};

/** Without city symbols: Astana, Almaty and Shymkent are drawn as their own small shapes. */
export const NoCitySymbols: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${u5mr} no-city-symbols period="2019"></kz-choropleth>`),
};

/** An area highlighted from code with `selected` (no kz-select event). */
export const SelectedArea: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${u5mr} selected="KZ-43" period="2019"></kz-choropleth>`),
};

/** The built-in data table instead of the map: values, ranks, differences, notes; sortable. */
export const TableView: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${u5mr} view="table" period="2019"></kz-choropleth>`),
};

/** The dark theme. */
export const DarkTheme: Story = {
  render: () =>
    html`<div style="background: #16191d; padding: 12px">
      ${frame(800, html`<kz-choropleth .data=${poverty} theme="dark" period="2023"></kz-choropleth>`)}
    </div>`,
};

/** Data pasted into the page as a `<script type="application/json">` child (CMS editors). */
export const InlineJson: Story = {
  render: () => {
    const element = document.createElement('kz-choropleth');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(preschool);
    element.append(script);
    return frame(800, element);
  },
};

/** Data loaded from a URL with `src`. */
export const FromUrl: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth
        src=${new URL('./data/poverty-regions.json', import.meta.url).href}
        period="2019"
      ></kz-choropleth>`,
    ),
};

/** One indicator picked from a document that holds several. */
export const IndicatorFromDocument: Story = {
  render: () =>
    frame(
      800,
      html`<kz-choropleth .data=${wellbeing} indicator="stunting" period="2015"></kz-choropleth>`,
    ),
};

/** Classes from the shown period only, instead of fixed across all years. */
export const PeriodScale: Story = {
  render: () =>
    frame(800, html`<kz-choropleth .data=${u5mr} period-scale period="2019"></kz-choropleth>`),
};

/** A 320 px phone column. */
export const Phone320: Story = {
  render: () => frame(320, html`<kz-choropleth .data=${u5mr} controls></kz-choropleth>`),
};

/** A 1280 px desktop column. */
export const Desktop1280: Story = {
  render: () => frame(1280, html`<kz-choropleth .data=${poverty} controls></kz-choropleth>`),
};

/** The map alone: no title, legend, table toggle or export menu. */
export const MapOnly: Story = {
  render: () =>
    frame(
      600,
      html`<kz-choropleth
        .data=${u5mr}
        no-title
        no-legend
        no-table
        no-export
        period="2019"
      ></kz-choropleth>`,
    ),
};

/** Broken JSON: a short message in the reserved space, `kz-error`, one console warning. */
export const ErrorBrokenJson: Story = {
  parameters: { kz: { warnings: ['kz-json'] } },
  render: () => {
    const element = document.createElement('kz-choropleth');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"indicators": [{"id": "u5mr", ';
    element.append(script);
    return frame(600, element);
  },
};

/** A data file that is not there (HTTP 404), with a retry button. */
export const ErrorMissingFile: Story = {
  parameters: { kz: { warnings: ['kz-http'] } },
  render: () => frame(600, html`<kz-choropleth src="/data/no-such-file.json"></kz-choropleth>`),
};

/** An indicator id that the document does not have. */
export const ErrorUnknownIndicator: Story = {
  parameters: { kz: { warnings: ['kz-unknown-indicator'] } },
  render: () =>
    frame(600, html`<kz-choropleth .data=${wellbeing} indicator="u5-mortality"></kz-choropleth>`),
};

/** A period without values: said so, with no silent fallback to another year. */
export const ErrorNoValuesForPeriod: Story = {
  parameters: { kz: { warnings: ['kz-unknown-period'] } },
  render: () => frame(600, html`<kz-choropleth .data=${u5mr} period="2023"></kz-choropleth>`),
};
