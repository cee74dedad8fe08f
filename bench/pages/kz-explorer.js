// The first view of <kz-explorer src indicator period>, beside the single map (kz.js): the
// explorer's picker, map with its legend, ranking rows and trend card, from one document.
import { runWorkload } from './harness.js';

const WIDTH = 1000;

/** Resolves when `test()` holds, checked after every change in the page (shadow roots included). */
function when(el, test) {
  return new Promise((resolve, reject) => {
    el.addEventListener('kz-error', (e) =>
      reject(new Error(`kz-error: ${JSON.stringify(e.detail)}`)),
    );
    const check = () => {
      if (!test()) return setTimeout(check, 0);
      resolve();
    };
    customElements.whenDefined('kz-explorer').then(check);
  });
}

/** The explorer's first view is drawn: map areas and legend, ranking rows, the card's line. */
function firstView(el) {
  const root = el.shadowRoot;
  const map = root?.querySelector('kz-choropleth')?.shadowRoot;
  const ranking = root?.querySelector('kz-ranking');
  const card = root?.querySelector('kz-sparkline')?.shadowRoot;
  const rows =
    !customElements.get('kz-ranking') || ranking?.shadowRoot?.querySelector('[part~="row"]');
  return (
    !!map?.querySelector('[part~="area"]') &&
    !!map.querySelector('[part~="legend"]') &&
    !!rows &&
    !!card?.querySelector('[part~="line"]')
  );
}

async function mountMap(stage, input) {
  if (!customElements.get('kz-explorer')) throw new Error('<kz-explorer> is not defined');
  const el = document.createElement('kz-explorer');
  el.setAttribute('src', input.data);
  if (input.indicator) el.setAttribute('indicator', input.indicator);
  if (input.period) el.setAttribute('period', input.period);
  el.style.width = `${WIDTH}px`;
  stage.append(el);
  await when(el, () => firstView(el));
  const map = el.shadowRoot.querySelector('kz-choropleth');
  return {
    areas: map.shadowRoot.querySelectorAll('[part~="area"]').length,
    async update(period) {
      el.period = period;
      await el.updateComplete;
      await map.updateComplete;
    },
    destroy() {
      el.remove();
    },
  };
}

runWorkload({ mountMap });
