// <kz-choropleth>'s first drawing: how many updates and frames it takes from the data in hand to
// the map drawn. Counts, not times (the benchmark times them).
import { afterEach, describe, expect, it, vi } from 'vitest';
import poverty from '../../stories/data/poverty-regions.json';
import u5mr from '../../stories/data/u5mr-regions.json';
import { loadTopology } from '../../src/geo/load-map.js';
import type { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';
import { areaPaths, drawn, mount, root, unmountAll, until } from './kz-choropleth-helpers.js';

afterEach(unmountAll);

/** Resolves after the next frame has been rendered (a message task queued from its rAF). */
const afterFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** A map of the 2022 regions given its data, counting its updates. */
function countedMap(): { el: KzChoropleth; updates: () => number } {
  const el = mount({ layout: '2022', indicator: 'poverty', period: '2023' }, { data: poverty });
  const updated = vi.spyOn(el as unknown as { updated: () => void }, 'updated');
  return { el, updates: () => updated.mock.calls.length };
}

describe('the first drawing', () => {
  it('draws a map on screen in the frame that measures its width, in two updates', async () => {
    // The map file is at hand (the page's cache), as when it was preloaded.
    const first = countedMap();
    await drawn(first.el);
    const { el, updates } = countedMap();
    await el.updateComplete;
    // The first update keeps the space; the frame's layout measures the width, and the map,
    // being on screen, is drawn before that frame is painted, without waiting for the
    // observer's report a task later.
    expect(areaPaths(el)).toHaveLength(0);
    await afterFrame();
    expect(areaPaths(el)).toHaveLength(20);
    expect(root(el).querySelector('[part~="legend"]')).not.toBeNull();
    expect(updates()).toBe(2);
  });

  it('still waits for a map far below the viewport to come near', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = `${innerHeight * 3}px`;
    document.body.prepend(spacer);
    try {
      const { el } = countedMap();
      await el.updateComplete;
      await afterFrame();
      await afterFrame();
      expect(el.width).toBeGreaterThan(0);
      expect(areaPaths(el)).toHaveLength(0);
      spacer.remove();
      await drawn(el);
      expect(areaPaths(el)).toHaveLength(20);
    } finally {
      spacer.remove();
    }
  });

  it('projects a map file in the task it arrives in, and draws it in the next', async () => {
    // No layout stated: the map file (2018 regions, not loaded yet in this file) is asked for
    // once the data chose it and the map is on screen, so it arrives after the width.
    const el = mount({ indicator: 'u5mr', period: '2019' }, { data: u5mr });
    await until(() => el.width > 0 && !!root(el).querySelector('[part~="legend"]'), 'the legend');
    await loadTopology('2018', { base: '/maps/' });
    await Promise.resolve();
    // Worked out where it arrived; not drawn yet: that is the next task's.
    expect(el.drawnGeometry()?.ids).toHaveLength(17);
    expect(areaPaths(el)).toHaveLength(0);
    await drawn(el);
    expect(areaPaths(el)).toHaveLength(17);
  });
});
