// What a hover, a focus or a tap redraws on a drawn map: the reader's marks and the tooltip, not
// the legend, whose layout is kept while its words, scale and width stay.
import { afterEach, expect, it, vi } from 'vitest';
import type { Presenter } from '../../src/components/kz-choropleth/presenter.js';
import { areaTargets, drawn, mount, root, unmountAll, until } from './kz-choropleth-helpers.js';
import { fixture2018 } from './kz-choropleth-fixtures.js';

afterEach(unmountAll);

it('lays the legend out once, not again for hover, focus or a tap; again for a new width', async () => {
  const el = mount({ period: '2020' }, { width: 800, data: fixture2018() });
  await drawn(el);
  const { presenter } = (el as unknown as { viewState: { presenter: Presenter } }).viewState;
  // The legend's accessible description is worded as the legend is laid out.
  const laidOut = vi.spyOn(presenter, 'legendDescription');
  el.showHover('KZ-11');
  await el.updateComplete;
  const [first, second] = areaTargets(el);
  first.focus();
  await until(() => root(el).querySelector('#tooltip') !== null, 'the tooltip');
  second.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
  await el.updateComplete;
  expect(el.selected).toBe(second.getAttribute('data-id'));
  expect(laidOut).not.toHaveBeenCalled();
  el.parentElement!.style.width = '600px';
  await until(() => laidOut.mock.calls.length > 0, 'the legend laid out for the new width');
  await el.updateComplete;
  expect(root(el).querySelector('[part~="legend"]')).not.toBeNull();
});
