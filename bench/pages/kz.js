// kz-indicators, as its documentation shows: <kz-choropleth src indicator period layout> and
// <kz-sparkline values>, from the CDN bundle, maps loaded by the element itself.
import { MAP_WIDTH, runWorkload } from './harness.js';
import { fetchDocument, sparkTable } from './documents.js';

const REGION = '[part~="area"]';
const LEGEND = '[part~="legend"]';

/** Resolves when `test()` holds, checked after every change inside the element's shadow root. */
function when(el, test) {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (test()) {
        observer.disconnect();
        resolve();
      }
    };
    const observer = new MutationObserver(check);
    el.addEventListener('kz-error', (e) =>
      reject(new Error(`kz-error: ${JSON.stringify(e.detail)}`)),
    );
    customElements.whenDefined(el.localName).then(() => {
      observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true });
      check();
    });
  });
}

function loaded(tag) {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined: the bundle did not load`);
}

/** When a preloaded file had arrived (its resource timing), or null. */
function arrived(path) {
  const entry = performance.getEntriesByName(new URL(path, location.href).href)[0];
  return entry ? entry.responseEnd : null;
}

async function mountMap(stage, input) {
  loaded('kz-choropleth');
  const el = document.createElement('kz-choropleth');
  // The data as a property (the README's npm example), fetched by the page with the map file
  // preloaded; the element loads the map file itself, which takes the preloaded answer.
  el.data = await fetchDocument(input.data);
  const dataInHand = performance.now();
  if (input.indicator) el.setAttribute('indicator', input.indicator);
  if (input.period) el.setAttribute('period', input.period);
  el.setAttribute('layout', input.layout);
  el.style.width = `${MAP_WIDTH}px`;
  el.style.display = 'block';
  stage.append(el);
  const mapFile = `/dist/maps/${input.layout === 'districts' ? 'districts-2024' : 'regions-2022'}.json`;
  const root = () => el.shadowRoot;
  await when(el, () => root().querySelectorAll(REGION).length > 0 && root().querySelector(LEGEND));
  await el.updateComplete;
  const focusable = () => [...root().querySelectorAll('[part~="area"][role], [part~="city"]')];
  return {
    areas: root().querySelectorAll(REGION).length,
    // Both in hand: the data parsed in the page and the map file arrived (the element parses it).
    inHand: () => Math.max(dataInHand, arrived(mapFile) ?? Infinity),
    /**
     * A point inside each selectable area, and one on the map outside every area (a tap there
     * closes the tooltip), in page coordinates, for the runner's taps. The points are whole
     * pixels, as a touch's position is: a fractional point found at the edge of a city symbol
     * was rounded off the symbol onto the region around it, so Astana was never tapped.
     */
    areaPoints() {
      const svg = root().querySelector('svg.map').getBoundingClientRect();
      const blank = { x: svg.left + 3 + scrollX, y: svg.top + 3 + scrollY };
      const points = focusable().map((node) => {
        const box = node.getBoundingClientRect();
        for (let i = 1; i < 12; i++) {
          for (let j = 1; j < 12; j++) {
            const x = Math.round(box.left + (box.width * i) / 12);
            const y = Math.round(box.top + (box.height * j) / 12);
            const hit = root().elementFromPoint(x, y);
            if (hit === node || node.contains(hit))
              return { id: node.dataset.id, x: x + scrollX, y: y + scrollY };
          }
        }
        return { id: node.dataset.id, x: null, y: null };
      });
      return { blank, points };
    },
    focusFirst() {
      root().querySelector('[part~="area"][tabindex="0"], [part~="city"][tabindex="0"]').focus();
    },
    focused: () => root().activeElement?.dataset?.id ?? null,
    tipShownFor: (id) => el.selected === id && !!root().querySelector('[part~="tooltip"]'),
    async update(period) {
      el.period = period;
      await el.updateComplete;
    },
    destroy() {
      el.remove();
    },
  };
}

/**
 * The sparklines inside the viewport, from an IntersectionObserver's first report (computed with
 * the frame's own layout: measuring boxes here would force an extra layout of the whole table).
 */
function inView(elements) {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      resolve(entries.filter((e) => e.isIntersecting).map((e) => e.target));
    });
    elements.forEach((el) => observer.observe(el));
  });
}

async function mountSparklines(stage, series) {
  loaded('kz-sparkline');
  const cells = sparkTable(stage, series);
  const elements = series.map((s, i) => {
    const el = document.createElement('kz-sparkline');
    el.setAttribute('values', s.values.join(','));
    el.setAttribute('periods', s.periods.join(','));
    el.setAttribute('label', `Series ${i + 1}`);
    cells[i].append(el);
    return el;
  });
  // Drawn up front: the sparklines in the viewport (the element draws them when near it). Polled
  // from timer tasks, not from rAF callbacks, so that the harness's afterFrame waits for the frame
  // that paints them and not for one more.
  const visible = await inView(elements);
  await new Promise((resolve) => {
    const check = () => {
      if (visible.every((el) => el.shadowRoot?.querySelector('[part~="line"]'))) resolve();
      else setTimeout(check, 0);
    };
    check();
  });
}

runWorkload({ mountMap, mountSparklines });
