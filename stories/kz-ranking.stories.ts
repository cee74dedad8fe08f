// <kz-ranking> on the embedded real datasets (stories/data, built by scripts/build-data.mjs). Every
// ranking here is `eager` so that a story draws the same thing on every load, whatever the size of
// the window; on a real page they draw when they come near the viewport.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/kz-ranking/define.js';
import '../src/components/kz-choropleth/define.js';
import u5mr from './data/u5mr-regions.json';
import poverty from './data/poverty-regions.json';
import preschool from './data/preschool-regions.json';
import skilledBirth from './data/skilled-birth-regions.json';
import wellbeing from './data/child-wellbeing-regions.json';
import wellbeingDocument from './data/child-wellbeing.json';

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
const frame = (width: number | string, content: TemplateResult) =>
  html`<div
    class="story-frame"
    style="width: ${
      typeof width === 'number' ? `${width}px` : width
    }; max-width: 100%; font-family: system-ui, sans-serif"
  >
    ${content}
  </div>`;

const meta: Meta = {
  title: 'Components/kz-ranking',
  component: 'kz-ranking',
  parameters: {
    docs: {
      description: {
        component:
          'The regions in rank order, beside a map or alone: a dot on a shared axis in the map’s colours, the value and the rank (ties as =3), with the national value, international comparators and targets as rules. Every story uses real data from `stories/data/`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/**
 * Under-five mortality in 2019: rank 1 is the lowest rate. The national value and Europe and
 * Central Asia are on the axis; the World, far above every region, is marked off the axis.
 */
export const UnderFiveMortality2019: Story = {
  render: () => frame(640, html`<kz-ranking eager .data=${u5mr} period="2019"></kz-ranking>`),
};

/**
 * Under-five mortality of the child well-being document: the bureau's regional rates with its
 * national value and the SDG target, and the World and Europe and Central Asia of its companion
 * indicator, the UN IGME estimates (`companions`), credited to their source in the source line
 * and in what a screen reader hears.
 */
export const ComparatorsFromCompanion: Story = {
  render: () =>
    frame(
      640,
      html`<kz-ranking
        eager
        .data=${wellbeingDocument}
        indicator="u5mr"
        period="2019"
      ></kz-ranking>`,
    ),
};

/** Beside the map (`for`): the same classes and colours, hover and selection in both. */
export const BesideTheMap: Story = {
  render: () =>
    frame(
      1100,
      html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start">
        <div style="flex: 1 1 480px; min-width: 0">
          <kz-choropleth
            id="story-map"
            eager
            .data=${poverty}
            period="2023"
            selected="KZ-61"
          ></kz-choropleth>
        </div>
        <div style="flex: 1 1 360px; min-width: 0">
          <kz-ranking for="story-map" eager></kz-ranking>
        </div>
      </div>`,
    ),
};

/** The five lowest and the five highest poverty rates of 2023, for an article. */
export const TopAndBottomFive: Story = {
  render: () =>
    frame(
      560,
      html`<kz-ranking eager .data=${poverty} period="2023" top="5" bottom="5"></kz-ranking>`,
    ),
};

/** Pre-school coverage as bars from zero; higher is better, so rank 1 is the highest value. */
export const BarsHigherIsBetter: Story = {
  render: () => frame(560, html`<kz-ranking eager .data=${preschool} mark="bar"></kz-ranking>`),
};

/** Sorted by name, with one region highlighted (by its name). */
export const ByNameWithHighlight: Story = {
  render: () =>
    frame(560, html`<kz-ranking eager .data=${u5mr} sort="name" highlight="Almaty"></kz-ranking>`),
};

/** Cities without a rural population: not applicable, listed last, never drawn as zero. */
export const NotApplicableLast: Story = {
  render: () =>
    frame(560, html`<kz-ranking eager .data=${ruralWithCitiesNotApplicable()}></kz-ranking>`),
};

/** Kazakh: names, numbers and words; long names wrap. */
export const Kazakh: Story = {
  render: () =>
    frame(560, html`<kz-ranking eager lang="kk" .data=${u5mr} period="2019"></kz-ranking>`),
};

/** Russian on a 320 px phone: the long names wrap within their column. */
export const RussianPhone320: Story = {
  render: () =>
    frame(
      320,
      html`<div lang="ru"><kz-ranking eager .data=${poverty} period="2023"></kz-ranking></div>`,
    ),
};

/** One indicator of the child well-being document, chosen by id. */
export const IndicatorFromDocument: Story = {
  render: () =>
    frame(
      560,
      html`<kz-ranking eager .data=${wellbeing} indicator="adolescent-births"></kz-ranking>`,
    ),
};

/** Dark theme. */
export const DarkTheme: Story = {
  render: () =>
    frame(560, html`<kz-ranking eager theme="dark" .data=${u5mr} period="2019"></kz-ranking>`),
};

/** An indicator the document does not have: a short message, a warning and `kz-error`. */
export const ErrorUnknownIndicator: Story = {
  parameters: { kz: { warnings: ['kz-unknown-indicator'] } },
  render: () =>
    frame(560, html`<kz-ranking eager .data=${wellbeing} indicator="nope"></kz-ranking>`),
};
