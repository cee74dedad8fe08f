// <kz-sparkline> on the embedded real datasets (stories/data, built by scripts/build-data.mjs).
// Every sparkline here is `eager` so that a story draws the same thing on every load, whatever
// the size of the window; on a real page they draw when they come near the viewport.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/kz-sparkline/define.js';
import '../src/components/kz-choropleth/define.js';
import type { Lang } from '../src/data/types.js';
import { parseIndicators } from '../src/data/parse.js';
import { areaInfo, LAYOUT_AREAS } from '../src/data/areas.js';
import { formatNumber } from '../src/i18n/format.js';
import mortalityJson from './data/child-mortality-national.json';
import povertyJson from './data/poverty-regions.json';
import preprimaryJson from './data/preprimary-national.json';
import bounds2020Json from './data/u5mr-unicef-2020.json';
import u5mrRegionsJson from './data/u5mr-regions.json';

// Parsed once here and shared by every element of a story (as `data`, parsing is per object).
const mortality = parseIndicators(mortalityJson);
const poverty = parseIndicators(povertyJson);
const preprimary = parseIndicators(preprimaryJson);
const bounds2020 = parseIndicators(bounds2020Json);
const u5mrRegions = parseIndicators(u5mrRegionsJson);

const u5mr = mortality.indicators.find((i) => i.id === 'u5mr-igme')!;
const kazakhstan = u5mr.references.find((r) => r.kind === 'national')!;
const target = u5mr.references.find((r) => r.kind === 'target')!;
/** A number of the dataset, formatted: the text around the sparklines never types a figure. */
const u5 = (period: string, lang: Lang) =>
  formatNumber(kazakhstan.values[period].value, lang, u5mr.decimals);
const goal = (lang: Lang) => formatNumber(target.value, lang, 0);

const meta: Meta = {
  title: 'Components/kz-sparkline',
  component: 'kz-sparkline',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A trend that sits in a sentence, a table cell or, as `variant="card"`, a card with the latest value, the change in words and reference lines. Data: a dataset in the kz-indicators format (`src`, `data`, an inline JSON child), quick `values`, or a map named by `for`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** In a sentence at three sizes (and in the three languages): one em tall, on the baseline. */
export const InlineInText: Story = {
  render: () => html`
    <div style="max-width: 44rem; font-family: Georgia, serif; line-height: 1.5">
      <p lang="en" style="font-size: 14px">
        Under-five mortality in Kazakhstan fell from ${u5('1990', 'en')} deaths per 1,000 live
        births in 1990 to ${u5('2024', 'en')} in 2024
        <kz-sparkline eager .data=${mortality} indicator="u5mr-igme" area="national"></kz-sparkline
        >, well below the SDG target of ${goal('en')}.
      </p>
      <p lang="ru" style="font-size: 18px">
        Смертность детей в возрасте до 5 лет в Казахстане снизилась с ${u5('1990', 'ru')} на 1000
        родившихся живыми в 1990 году до ${u5('2024', 'ru')} в 2024 году
        <kz-sparkline eager .data=${mortality} indicator="u5mr-igme" area="national"></kz-sparkline>
        — заметно ниже целевого значения ЦУР (${goal('ru')}).
      </p>
      <p lang="kk" style="font-size: 28px">
        Қазақстанда 5 жасқа дейінгі балалар өлімі 1990 жылы ${u5('1990', 'kk')} болса, 2024 жылы
        ${u5('2024', 'kk')} болды
        <kz-sparkline
          eager
          .data=${mortality}
          indicator="u5mr-igme"
          area="national"
          markers="first last"
        ></kz-sparkline>
        (1000 тірі туғанға шаққанда).
      </p>
    </div>
  `,
};

/** Twenty regions on one shared scale (`scale-group`), so that the rows compare honestly. */
export const TableOfRegions: Story = {
  render: () => {
    const indicator = poverty.indicators[0];
    const rows = [...LAYOUT_AREAS['2022']]
      .map((code) => ({
        code,
        name: areaInfo(code)!.names.en,
        latest: indicator.values[code]?.['2023']?.value,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return html`
      <table style="border-collapse: collapse; font: 15px/1.4 system-ui, sans-serif">
        <caption style="text-align: left; font-weight: 600; padding-bottom: 0.5em">
          Population with income below the subsistence minimum, %, 2010–2023
        </caption>
        <thead>
          <tr style="text-align: left; border-bottom: 1px solid #999">
            <th scope="col" style="padding: 0.25em 1em 0.25em 0">Region</th>
            <th scope="col" style="padding: 0.25em 1em; text-align: right">2023</th>
            <th scope="col" style="padding: 0.25em 0">Trend</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr style="border-bottom: 1px solid #e3e3e3">
                <th
                  scope="row"
                  style="padding: 0.2em 1em 0.2em 0; font-weight: normal; text-align: left"
                >
                  ${row.name}
                </th>
                <td
                  style="padding: 0.2em 1em; text-align: right; font-variant-numeric: tabular-nums"
                >
                  ${row.latest == null ? '–' : formatNumber(row.latest, 'en', indicator.decimals)}
                </td>
                <td style="padding: 0.2em 0">
                  <kz-sparkline
                    eager
                    .data=${poverty}
                    area=${row.code}
                    scale-group="poverty-2022-regions"
                    markers="last max"
                    style="--kz-sparkline-width: 7em"
                  ></kz-sparkline>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p style="font: 13px system-ui, sans-serif; color: #555; max-width: 40em">
        Abai, Jetisu and Ulytau regions exist since 2022: one value each, at the right end.
        Turkistan Region and Shymkent start in 2018, when South Kazakhstan was split.
      </p>
    `;
  },
};

/** The national trend against the world, Europe & Central Asia and the SDG target. */
export const CardWithReferences: Story = {
  render: () => html`
    <div style="max-width: 30rem; font: 16px/1.4 system-ui, sans-serif">
      <kz-sparkline
        eager
        variant="card"
        .data=${mortality}
        indicator="u5mr-igme"
        area="national"
        references="world europe-central-asia sdg-target"
        markers="first last"
        color-by-better
      ></kz-sparkline>
    </div>
  `,
};

/** The same card in English, Kazakh and Russian: words and number formats follow `lang`. */
export const CardInThreeLanguages: Story = {
  render: () => html`
    <div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; font: 15px/1.4 system-ui, sans-serif"
    >
      ${(['en', 'kk', 'ru'] as const).map(
        (lang) =>
          html`<kz-sparkline
            eager
            lang=${lang}
            variant="card"
            .data=${mortality}
            indicator="u5mr-igme"
            area="national"
            references="world sdg-target"
            color-by-better
          ></kz-sparkline>`,
      )}
    </div>
  `,
};

/** Missing years break the line (a year alone is a dot); `connect-gaps` joins across them. */
export const Gaps: Story = {
  render: () => html`
    <div style="max-width: 34rem; font: 16px/1.5 system-ui, sans-serif">
      <p>
        Pre-primary enrolment in Kazakhstan, 1981–2020, as published (no values for 1982–1985 and
        1987–1988):
        <kz-sparkline
          eager
          .data=${preprimary}
          area="national"
          markers="first last min"
          style="--kz-sparkline-width: 8em"
        ></kz-sparkline>
        and with the gaps joined:
        <kz-sparkline
          eager
          connect-gaps
          .data=${preprimary}
          area="national"
          markers="first last min"
          style="--kz-sparkline-width: 8em"
        ></kz-sparkline
        >.
      </p>
      <kz-sparkline
        eager
        variant="card"
        .data=${preprimary}
        area="national"
        references="world"
        markers="first last min"
      ></kz-sparkline>
    </div>
  `,
};

/**
 * Uncertainty bounds: a band where neighbouring periods have bounds, a vertical rule for a lone
 * period. The embedded data have bounds for one year only (UN IGME 2020, 90 % interval), so each
 * series here is a dot with its interval: wide for the world and Central Asia, narrower than the
 * dot for Kazakhstan (9.9 to 10.4), as the sentence and the tooltip say.
 */
export const Bounds: Story = {
  render: () => html`
    <div style="max-width: 30rem; font: 16px/1.4 system-ui, sans-serif">
      <kz-sparkline eager variant="card" .data=${bounds2020} area="national"></kz-sparkline>
    </div>
  `,
};

/** Linked to a map: the card follows the area selected (or hovered) on the map, and its period. */
export const LinkedToMap: Story = {
  render: () => html`
    <div
      style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; font: 15px/1.4 system-ui, sans-serif"
    >
      <kz-choropleth
        style="flex: 2 1 24rem; min-width: 0"
        id="sparkline-story-map"
        map-base="/maps/"
        .data=${u5mrRegions}
        indicator="u5mr"
        period="2019"
        selected="KZ-63"
      ></kz-choropleth>
      <div style="flex: 1 1 16rem">
        <kz-sparkline eager for="sparkline-story-map" variant="card" color-by-better></kz-sparkline>
        <p>
          Click or hover a region: the card shows its trend, ringed at the map's year.
          <kz-sparkline eager for="sparkline-story-map"></kz-sparkline>
        </p>
      </div>
    </div>
  `,
};

/** What a reader sees when something is wrong: no exception, a short message, one warning. */
export const Problems: Story = {
  parameters: { kz: { warnings: ['kz-bad-values', 'kz-unknown-indicator'] } },
  render: () => html`
    <div style="max-width: 30rem; font: 16px/1.5 system-ui, sans-serif">
      <p>
        Values that are not numbers:
        <kz-sparkline eager label="Example" values="12.5,twelve,11.0"></kz-sparkline>; an area the
        data do not have: <kz-sparkline eager .data=${u5mrRegions} area="KZ-10"></kz-sparkline>.
      </p>
      <kz-sparkline eager variant="card" .data=${u5mrRegions} indicator="u5mr-typo"></kz-sparkline>
    </div>
  `,
};

export const Playground: Story = {
  args: {
    variant: 'card',
    area: 'national',
    markers: 'first last min max',
    references: '',
    colorByBetter: true,
    connectGaps: false,
    zero: false,
  },
  render: (args) => html`
    <div style="max-width: 30rem; font: 16px/1.4 system-ui, sans-serif">
      <kz-sparkline
        eager
        .data=${mortality}
        indicator="u5mr-igme"
        variant=${args.variant}
        area=${args.area}
        markers=${args.markers}
        references=${args.references || nothing}
        ?color-by-better=${args.colorByBetter}
        ?connect-gaps=${args.connectGaps}
        ?zero=${args.zero}
      ></kz-sparkline>
    </div>
  `,
};
