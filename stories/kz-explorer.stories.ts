// <kz-explorer> on the embedded real child well-being document (stories/data, built by
// scripts/build-data.mjs): picker, map, ranking and trend card from one dataset.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/kz-explorer/define.js';
import { parseIndicators } from '../src/data/parse.js';
import wellbeingJson from './data/child-wellbeing.json';
import mortalityJson from './data/child-mortality-national.json';

// Parsed once here and shared by every element of a story.
const wellbeing = parseIndicators(wellbeingJson);
const mortality = parseIndicators(mortalityJson);

const meta: Meta = {
  title: 'Components/kz-explorer',
  component: 'kz-explorer',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The whole comparison in one element: an indicator picker grouped by topic, the map with its period control, the regions ranked, and a trend card of the selected area (the country when none) against the national series, comparators and targets. One document, fetched once.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The default view: the first regional indicator at its latest period, the whole country. */
export const ChildWellBeing: Story = {
  render: () => html`<kz-explorer .data=${wellbeing}></kz-explorer>`,
};

/** A region selected, an earlier year: the card compares the region with the country. */
export const SelectedRegion: Story = {
  render: () =>
    html`<kz-explorer
      .data=${wellbeing}
      indicator="poverty"
      period="2015"
      area="KZ-43"
    ></kz-explorer>`,
};

/**
 * Under-five mortality of a region: the bureau's regional and national rates in one card, the
 * UN IGME estimates for Kazakhstan, the world and Europe and Central Asia (a companion indicator)
 * in a second, each line with its source: two sources are never joined in one line.
 */
export const CompanionSources: Story = {
  render: () =>
    html`<kz-explorer
      .data=${wellbeing}
      indicator="u5mr"
      period="2015"
      area="KZ-61"
    ></kz-explorer>`,
};

/** An indicator with national values only (neonatal mortality): no map, the trend card, said. */
export const NationalOnly: Story = {
  render: () => html`<kz-explorer .data=${wellbeing} indicator="nmr-igme"></kz-explorer>`,
};

/** Kazakh, following the page's lang. */
export const Kazakh: Story = {
  render: () =>
    html`<div lang="kk">
      <kz-explorer .data=${wellbeing} indicator="skilled-birth" area="KZ-61"></kz-explorer>
    </div>`,
};

/** Russian, following the page's lang. */
export const Russian: Story = {
  render: () =>
    html`<div lang="ru">
      <kz-explorer .data=${wellbeing} indicator="u5mr" area="KZ-71"></kz-explorer>
    </div>`,
};

/** A 320 px column (a phone, a sidebar): picker, map, ranking and card one below the other. */
export const Narrow320: Story = {
  render: () =>
    html`<div style="width: 320px">
      <kz-explorer .data=${wellbeing} area="KZ-11"></kz-explorer>
    </div>`,
};

/** The heading level fits the page's outline: here under an h3. */
export const HeadingLevel: Story = {
  render: () =>
    html`<h3 style="margin: 0">Children in the regions</h3>
      <kz-explorer .data=${wellbeing} heading-level="4" indicator="preschool"></kz-explorer>`,
};

/** An unknown indicator asked for: a message, and the default view. */
export const UnknownIndicator: Story = {
  render: () => html`<kz-explorer .data=${wellbeing} indicator="u5m"></kz-explorer>`,
};

/**
 * A document with no regional indicator (the UN IGME national estimates): it says so, and the
 * trend card still shows the country against the world and the SDG target.
 */
export const NoRegionalIndicator: Story = {
  render: () => html`<kz-explorer .data=${mortality}></kz-explorer>`,
};
