// Builds a long report: 50 sections, each with a map and a table of 10 regional sparklines, all
// from the real datasets. Elements are made with DOM calls (nothing parsed as HTML). Long tasks
// are counted from the start, as information for the test.
const DATA = '/stories/data/';

window.kzLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.kzLongTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

// Map views: [file, indicator, period]; the two district maps come last, far down the page.
const MAPS = [
  ['u5mr-regions.json', 'u5mr', '2019'],
  ['poverty-regions.json', 'poverty', '2023'],
  ['child-wellbeing-regions.json', 'skilled-birth', '2022'],
  ['u5mr-regions.json', 'u5mr', '2012'],
  ['poverty-regions.json', 'poverty', '2019'],
  ['child-wellbeing-regions.json', 'adolescent-births', '2021'],
  ['child-wellbeing-regions.json', 'preschool', '2016'],
  ['poverty-regions.json', 'poverty', '2015'],
];
const DISTRICTS = ['districts-area.json', 'district-area', '2024'];

// Regions with a series in every sparkline indicator below (2018 layout codes).
const REGIONS = [
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
];
const SPARK_INDICATORS = ['u5mr', 'poverty', 'skilled-birth', 'adolescent-births'];

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

const page = document.getElementById('page');
let spark = 0;
for (let i = 0; i < 50; i += 1) {
  const [file, indicator, period] = i === 40 || i === 49 ? DISTRICTS : MAPS[i % MAPS.length];
  const section = element('section', { 'aria-labelledby': `h${i}` });
  section.append(element('h2', { id: `h${i}` }, `Section ${i + 1}: ${indicator}, ${period}`));
  section.append(
    element('kz-choropleth', {
      id: `map-${i}`,
      src: DATA + file,
      indicator,
      period,
      'no-export': '',
    }),
  );
  const table = element('table', {});
  const body = element('tbody', {});
  for (let j = 0; j < 10; j += 1, spark += 1) {
    const area = REGIONS[spark % REGIONS.length];
    const sparkIndicator = SPARK_INDICATORS[Math.floor(spark / REGIONS.length) % 4];
    const row = element('tr', {});
    row.append(element('th', { scope: 'row' }, `${area} ${sparkIndicator}`));
    const cell = element('td', {});
    cell.append(
      element('kz-sparkline', {
        src: `${DATA}child-wellbeing-regions.json`,
        indicator: sparkIndicator,
        area,
        'scale-group': sparkIndicator,
      }),
    );
    row.append(cell);
    body.append(row);
  }
  table.append(body);
  section.append(table);
  page.append(section);
}
