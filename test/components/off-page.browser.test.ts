// An element taken off the page (a tab closed, an explorer torn down, a list re-rendered) draws
// nothing and warns nothing until it comes back; then it draws what changed meanwhile.
import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import '../../src/components/kz-ranking/define.js';
import type { KzRanking } from '../../src/components/kz-ranking/kz-ranking.js';
import { until } from './kz-choropleth-helpers.js';
import poverty from '../../stories/data/poverty-regions.json';

let warn: MockInstance<typeof console.warn>;
let box: HTMLElement;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  box = document.createElement('div');
  box.style.width = '600px';
  document.body.append(box);
});

afterEach(() => {
  box.remove();
  warn.mockRestore();
});

const ids = (el: KzRanking) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].map((r) => r.dataset.id!);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drawnRanking(): Promise<KzRanking> {
  const el = document.createElement('kz-ranking');
  el.setAttribute('eager', '');
  el.setAttribute('period', '2023');
  el.data = poverty;
  box.append(el);
  await until(() => ids(el).length > 0, 'the ranking');
  await el.updateComplete;
  return el;
}

it('draws nothing while off the page, and what changed once it is back', async () => {
  const el = await drawnRanking();
  const byValue = ids(el);
  box.remove();
  el.sort = 'name';
  await pause(50);
  expect(ids(el)).toEqual(byValue);

  document.body.append(box);
  await until(() => ids(el).join() !== byValue.join(), 'the redraw on return');
  expect([...ids(el)].sort()).toEqual([...byValue].sort());
  expect(ids(el)).not.toEqual(byValue);
});

it('warns only for what a page shows: not while off it, once back', async () => {
  const el = await drawnRanking();
  box.remove();
  el.highlight = 'Atlantis (test)';
  await pause(50);
  expect(warn).not.toHaveBeenCalled();

  document.body.append(box);
  await until(() => warn.mock.calls.length > 0, 'the warning on return');
  expect(String(warn.mock.calls[0]![0])).toMatch(/^<kz-ranking> \[kz-unknown-area\].*Atlantis/);
});
