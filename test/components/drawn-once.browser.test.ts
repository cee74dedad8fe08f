// Parts drawn once per view: what lit draws, kept as plain nodes without its markers, and kept
// across redraws of the same view (a hover, a selection), drawn again when the view changes.
import { afterEach, describe, expect, it } from 'vitest';
import { html, svg } from 'lit';
import { drawnOnce } from '../../src/internal/drawn-once.js';
import { fixture2018 } from './kz-choropleth-fixtures.js';
import { drawn, mount, root, unmountAll, until } from './kz-choropleth-helpers.js';

afterEach(unmountAll);

const comments = (node: Node) => {
  let count = 0;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) count++;
  return count;
};

describe('drawnOnce', () => {
  it('keeps what lit draws, without its comment markers, per owner and name while the key stays', () => {
    const view = {};
    const items = ['a', 'b <c>', 'd'];
    let made = 0;
    const template = () => {
      made += 1;
      return html`<p class="line" title=${'x"y'}>
        ${items.map((item, i) => html`${i ? '; ' : ''}<a href="#${i}">${item}</a>`)}
        <svg>${svg`<text>${'t'}</text>`}</svg>
      </p>`;
    };
    const line = drawnOnce(view, 'line', [800], template);
    expect(line.localName).toBe('p');
    expect(line.getAttribute('title')).toBe('x"y');
    expect(comments(line)).toBe(0);
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).toBe('a; b <c>; d t');
    expect([...line.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#0',
      '#1',
      '#2',
    ]);
    expect(line.querySelector('text')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    // The same owner, name and key: the same element, not drawn again.
    expect(drawnOnce(view, 'line', [800], template)).toBe(line);
    expect(made).toBe(1);
    // Another name, another owner, or another key: drawn anew.
    expect(drawnOnce(view, 'other', [800], template)).not.toBe(line);
    expect(drawnOnce({}, 'line', [800], template)).not.toBe(line);
    const wider = drawnOnce(view, 'line', [900], template);
    expect(wider).not.toBe(line);
    expect(drawnOnce(view, 'line', [900], template)).toBe(wider);
    expect(made).toBe(4);
  });
});

describe('<kz-choropleth> legend and source line', () => {
  it('the source line is drawn without lit markers; both are kept while the reader hovers and selects, and a period switch updates the legend in place', async () => {
    const el = mount({ period: '2020' }, { data: fixture2018() });
    await drawn(el);
    const legend = root(el).querySelector('.legend')!;
    const footer = root(el).querySelector('.footer')!;
    expect(comments(footer)).toBe(0);
    expect(footer.textContent).toMatch(/Map: geokz/);

    el.showHover('KZ-43');
    await el.updateComplete;
    el.selected = 'KZ-43';
    await el.updateComplete;
    expect(root(el).querySelector('.hl-selected')).not.toBeNull();
    expect(root(el).querySelector('.legend')).toBe(legend);
    expect(root(el).querySelector('.footer')).toBe(footer);
    // The view worked out again with the same inputs (as when the map file or the width arrives):
    // the same words, legend and source line.
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).querySelector('.legend')).toBe(legend);
    expect(root(el).querySelector('.footer')).toBe(footer);

    // A narrower map: the legend laid out again for its width, in place; the same source line.
    el.parentElement!.style.width = '500px';
    await until(
      () => root(el).querySelector('.legend-svg')?.getAttribute('width') === '500',
      'the narrower legend',
    );
    expect(root(el).querySelector('.legend')).toBe(legend);
    expect(root(el).querySelector('.footer')).toBe(footer);

    // A new period: the legend of that period, updated in place (lit changes only its counts,
    // ticks and caption); the same source line.
    el.period = '2019';
    await until(
      () => !!root(el).querySelector('.legend-caption')?.textContent?.includes('2019'),
      'the new legend',
    );
    expect(root(el).querySelectorAll('.legend')).toHaveLength(1);
    expect(root(el).querySelector('.legend')).toBe(legend);
    expect(root(el).querySelector('.footer')).toBe(footer);
    // Without a legend, the source line no longer credits what the legend drew: drawn again.
    el.noLegend = true;
    await until(() => root(el).querySelector('.footer') !== footer, 'the new source line');
    expect(root(el).querySelector('.legend')).toBeNull();
  });
});
