// Where the tooltip goes: on a phone (320 px) in every language it stays inside the map's box,
// whichever area shows it (keyboard focus places it at the area, the pointer at the pointer).
import { afterEach, expect, it } from 'vitest';
import { areaTargets, drawn, mount, root, unmountAll, until } from './kz-choropleth-helpers.js';
import { fixture2018 } from './kz-choropleth-fixtures.js';
import type { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';

afterEach(unmountAll);

/** How far the tooltip sticks out of the map's box on each side (0 when inside), in pixels. */
function overflow(el: KzChoropleth): number[] {
  const tip = root(el).querySelector('.tooltip')!.getBoundingClientRect();
  const map = root(el).querySelector('svg.map')!.getBoundingClientRect();
  return [
    map.left - tip.left,
    tip.right - map.right,
    map.top - tip.top,
    tip.bottom - map.bottom,
  ].map((d) => Math.max(0, Math.round(d)));
}

for (const lang of ['en', 'kk', 'ru'] as const) {
  it(`${lang} at 320 px: the tooltip of every area stays inside the map`, async () => {
    const el = mount({ lang, period: '2020' }, { width: 320, data: fixture2018() });
    await drawn(el);
    for (const target of areaTargets(el)) {
      const id = target.getAttribute('data-id');
      target.focus();
      await until(
        () => root(el).querySelector('#tooltip .tooltip-name') !== null,
        `the tooltip of ${id}`,
      );
      await el.updateComplete;
      expect({ id, overflow: overflow(el) }).toEqual({ id, overflow: [0, 0, 0, 0] });
    }
  });
}

it('a pointer near each corner of the map: the tooltip stays inside, off the pointer', async () => {
  const el = mount({ period: '2020' }, { width: 800, data: fixture2018() });
  await drawn(el);
  const map = root(el).querySelector('svg.map')!;
  const box = map.getBoundingClientRect();
  for (const [fx, fy] of [
    [0.2, 0.3],
    [0.8, 0.3],
    [0.2, 0.7],
    [0.8, 0.7],
  ]) {
    const [x, y] = [box.left + fx * box.width, box.top + fy * box.height];
    const area = root(el).elementFromPoint(x, y)!;
    expect(area.getAttribute('data-id'), `an area at ${fx}, ${fy}`).toBeTruthy();
    area.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y }),
    );
    await until(() => root(el).querySelector('.tooltip') !== null, 'the tooltip');
    await el.updateComplete;
    expect(overflow(el)).toEqual([0, 0, 0, 0]);
    const tip = root(el).querySelector('.tooltip')!.getBoundingClientRect();
    const covers = x >= tip.left && x <= tip.right && y >= tip.top && y <= tip.bottom;
    expect(covers, `the tooltip covers the pointer at ${fx}, ${fy}`).toBe(false);
  }
});

it('a tooltip is measured in the place it ends up, so that the frame need not style it again', async () => {
  const el = mount({ period: '2020' }, { width: 800, data: fixture2018() });
  await drawn(el);
  // Where the tooltip stood each time it was measured.
  const measuredAt: string[] = [];
  const offsetWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth')!;
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get(this: HTMLElement) {
      if (this.id === 'tooltip') measuredAt.push(this.style.transform);
      return offsetWidth.get!.call(this);
    },
  });
  const inPlace: boolean[] = [];
  try {
    for (const target of areaTargets(el)) {
      measuredAt.length = 0;
      target.focus();
      await until(() => measuredAt.length > 0, `the tooltip of ${target.getAttribute('data-id')}`);
      await el.updateComplete;
      const tip = root(el).querySelector<HTMLElement>('#tooltip')!;
      inPlace.push(measuredAt.length === 1 && measuredAt[0] === tip.style.transform);
    }
  } finally {
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', offsetWidth);
  }
  // Placed with the size of the tooltip before it: only one whose own size moves it left of or
  // above its point is placed again after measuring.
  const again = inPlace.filter((ok) => !ok).length;
  expect(inPlace.length).toBeGreaterThan(10);
  expect(again, `placed again after measuring: ${again} of ${inPlace.length}`).toBeLessThanOrEqual(
    2,
  );
});
