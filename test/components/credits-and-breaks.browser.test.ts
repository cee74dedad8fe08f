// Credits where series are drawn (map footer, SVG export, sparkline card) and breaks in series
// shown where they happen (the sparkline's gap mark, the map's period control), with real data.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/kz-sparkline/define.js';
import type { KzSparkline } from '../../src/components/kz-sparkline/kz-sparkline.js';
import { drawn, mount, unmountAll, until } from './kz-choropleth-helpers.js';
// Real data, built by scripts/build-data.mjs from the shared sources.
import u5mr from '../../stories/data/u5mr-regions.json';

afterEach(() => {
  unmountAll();
  document.querySelectorAll('kz-sparkline').forEach((el) => el.remove());
});

const WORLD_BANK =
  /World, Europe & Central Asia: World Bank, World Development Indicators .*\(CC BY 4\.0\)/;

describe('<kz-choropleth> credits', () => {
  it('credits the World Bank, with its licence, for the World and Europe and Central Asia markers of the legend', async () => {
    const el = mount({ eager: true, indicator: 'u5mr', period: '2019' }, { data: u5mr });
    await drawn(el);
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
    expect(footer.textContent).toMatch(/Source: Bureau of National Statistics/);
    expect(footer.textContent?.replace(/\s+/g, ' ')).toMatch(WORLD_BANK);
    const links = [...footer.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        'https://creativecommons.org/licenses/by/4.0/',
        'https://www.openstreetmap.org/copyright',
        'https://opendatacommons.org/licenses/odbl/1-0/',
        'https://data.humdata.org/dataset/cod-ab-kaz',
      ]),
    );
    expect(footer.textContent).toMatch(/modified/);
    expect(footer.textContent).toMatch(/do not imply endorsement by the UN/);
  });

  it('writes the same credits, and the licences’ addresses, into the SVG export', async () => {
    const el = mount({ eager: true, indicator: 'u5mr', period: '2019' }, { data: u5mr });
    await drawn(el);
    const svg = (await el.svgExport())!.markup.replace(/\s+/g, ' ');
    expect(svg).toMatch(/World, Europe &amp; Central Asia: World Bank/);
    expect(svg).toContain('© OpenStreetMap contributors');
    expect(svg).toContain('opendatacommons.org/licenses/odbl/1-0/');
    expect(svg).toContain('www.openstreetmap.org/copyright');
  });

  it('credits in Kazakh and Russian with the map credit of that language', async () => {
    const el = mount({ eager: true, lang: 'ru', period: '2019' }, { data: u5mr });
    await drawn(el);
    await until(
      () =>
        /участники OpenStreetMap/.test(
          el.shadowRoot!.querySelector('[part~="footer"]')?.textContent ?? '',
        ),
      'the Russian credit',
    );
  });
});

describe('<kz-choropleth> period control at a break', () => {
  it('says that the regions have new boundaries from 2018, to the eye and to a screen reader', async () => {
    const el = mount({ eager: true, controls: true, period: '2018' }, { data: u5mr });
    await drawn(el);
    const note = el.shadowRoot!.querySelector('[part~="period-note"]')!;
    expect(note.textContent).toBe(
      'New region boundaries from 2018: compare with earlier years with care.',
    );
    const slider = el.shadowRoot!.querySelector('input[type="range"]')!;
    expect(slider.getAttribute('aria-valuetext')).toBe(`2018. ${note.textContent}`);
    // Another year: the note's room stays, empty, so the map does not move while playing.
    el.period = '2019';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="period-note"]')!.textContent).toBe('');
  });
});

describe('<kz-sparkline> credits and breaks', () => {
  async function card(attributes: Record<string, string>, data: unknown): Promise<KzSparkline> {
    const el = document.createElement('kz-sparkline') as KzSparkline;
    el.setAttribute('eager', '');
    el.setAttribute('variant', 'card');
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    el.data = data;
    document.body.append(el);
    await until(() => !!el.shadowRoot?.querySelector('[part~="line"]'), 'the line');
    return el;
  }

  it('the card credits the World Bank, with its licence, for its reference lines', async () => {
    const el = await card({ area: 'KZ-75', references: 'world europe-central-asia' }, u5mr);
    const source = el.shadowRoot!.querySelector('[part~="source"]')!.textContent!;
    expect(source.replace(/\s+/g, ' ')).toMatch(WORLD_BANK);
  });

  it('stops the line at a break in series and marks it', async () => {
    // Hand-made fixture, not real data.
    const doc = {
      format: 'kz-indicators/1',
      indicators: [
        {
          id: 'poverty',
          name: 'Poverty',
          source: { name: 'Test fixture' },
          values: {
            'KZ-75': { '2016': 2, '2017': 2.5, '2018': { value: 4, status: 'break' }, '2019': 3.5 },
          },
        },
      ],
    };
    const el = await card({ area: 'KZ-75' }, doc);
    const marks = el.shadowRoot!.querySelectorAll('[part~="break"]');
    expect([...marks].map((m) => m.getAttribute('data-period'))).toEqual(['2018']);
    const line = el.shadowRoot!.querySelector('[part~="line"]')!.getAttribute('d')!;
    expect(line.match(/M/g)).toHaveLength(2);
  });
});
