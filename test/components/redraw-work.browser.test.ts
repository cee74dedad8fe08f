// A redraw for the reader's pointer or focus, or a period switch, redoes only what changed: the
// period note's breaks and the space kept for the loading map are not worked out again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseIndicators } from '../../src/data/parse.js';
import type { Dataset } from '../../src/data/types.js';
import { areaTargets, drawn, mount, root, unmountAll, until } from './kz-choropleth-helpers.js';
// Real data, built by scripts/build-data.mjs from the shared sources.
import u5mr from '../../stories/data/u5mr-regions.json';

afterEach(unmountAll);

/** The dataset, with a count of the times anything reads the indicator's stated breaks. */
function countingBreakReads(): { data: Dataset; reads: { breaks: number } } {
  const dataset = parseIndicators(u5mr);
  const reads = { breaks: 0 };
  const indicators = dataset.indicators.map(
    (indicator) =>
      new Proxy(indicator, {
        get(target, key, receiver) {
          if (key === 'breaks') reads.breaks += 1;
          return Reflect.get(target, key, receiver);
        },
      }),
  );
  return { data: { ...dataset, indicators }, reads };
}

const spaceQueries = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([selector]) => selector === '.placeholder' || selector === '.below.space')
    .length;

describe('<kz-choropleth> redraws', () => {
  it('finds the breaks once, not again for hover, focus or a period switch', async () => {
    const { data, reads } = countingBreakReads();
    const el = mount({ eager: true, controls: true, period: '2019' }, { data });
    await drawn(el);
    expect(reads.breaks).toBe(1);
    reads.breaks = 0;
    const note = () => root(el).querySelector('[part~="period-note"]')!.textContent;
    el.showHover('KZ-11');
    await el.updateComplete;
    expect(root(el).querySelector('.hl-hover')).not.toBeNull();
    areaTargets(el)[0].focus();
    await el.updateComplete;
    el.period = '2018';
    await el.updateComplete;
    expect(note()).toBe('New region boundaries from 2018: compare with earlier years with care.');
    el.period = '2019';
    await el.updateComplete;
    expect(note()).toBe('');
    expect(reads.breaks).toBe(0);
  });

  it('sizes the kept space while nothing is drawn, and not for hover, focus or a period switch', async () => {
    const el = mount({ eager: true, controls: true, period: '2019' });
    const box = el.parentElement!;
    // Before the data: the placeholder keeps the map's height at the measured width, and follows
    // a new width.
    const height = () => root(el).querySelector<HTMLElement>('.placeholder')?.style.height;
    await until(() => !!height(), 'the placeholder sized');
    const wide = height();
    box.style.width = '500px';
    await until(() => height() !== wide, 'the placeholder sized for the new width');
    box.style.width = '800px';
    await until(() => height() === wide, 'the placeholder sized back');
    el.data = parseIndicators(u5mr);
    await drawn(el);
    const spy = vi.spyOn(root(el), 'querySelector');
    el.showHover('KZ-11');
    await el.updateComplete;
    areaTargets(el)[0].focus();
    await el.updateComplete;
    el.period = '2018';
    await el.updateComplete;
    expect(spaceQueries(spy)).toBe(0);
    spy.mockRestore();
  });
});
