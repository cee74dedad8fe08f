// A React 19 app (no JSX, bundled by the test with esbuild) that imports the npm package, passes
// the dataset as a property and listens to kz-select.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'kz-indicators';
import { parseIndicators } from 'kz-indicators/api';

function App() {
  const [dataset, setDataset] = useState(null);
  const [selected, setSelected] = useState(null);
  const [selects, setSelects] = useState(0);
  useEffect(() => {
    fetch('/stories/data/u5mr-regions.json')
      .then((response) => response.json())
      .then((json) => setDataset(parseIndicators(json)));
  }, []);
  if (!dataset) return h('p', null, 'Loading…');
  return h(
    'main',
    null,
    h('h1', null, 'React 19 app'),
    h('kz-choropleth', {
      id: 'map',
      data: dataset,
      indicator: 'u5mr',
      period: '2019',
      'onkz-select': (event) => {
        setSelected(event.detail);
        setSelects((n) => n + 1);
      },
    }),
    h(
      'p',
      { id: 'selected', 'data-selects': selects },
      selected
        ? `Selected: ${selected.name} (${selected.area}), ${selected.period}`
        : 'Nothing selected',
    ),
    h('kz-sparkline', {
      id: 'spark',
      variant: 'card',
      data: dataset,
      indicator: 'u5mr',
      area: selected ? selected.area : 'national',
    }),
  );
}

createRoot(document.getElementById('root')).render(h(App));
