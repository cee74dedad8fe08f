// Country page section: indicator picker, map with its period control, a ranking table that
// follows the map, and national trend cards. The page uses the library's own API (exported by the
// same bundle that registers the elements), so the dataset is fetched once for map, cards and table.
import {
  areaInfo,
  formatNumber,
  LAYOUT_AREAS,
  loadDataset,
  localize,
} from '../../dist/cdn/kz-indicators.js';

const DATA = new URL('../data/child-wellbeing-regions.json', import.meta.url).href;

// International comparison available in the embedded data, per regional indicator.
const INTERNATIONAL = {
  u5mr: {
    src: '../data/child-mortality-national.json',
    indicator: 'u5mr-igme',
    references: 'world europe-central-asia sdg-target',
  },
  preschool: {
    src: '../data/preprimary-national.json',
    indicator: 'preprimary-enrolment',
    references: 'world europe-central-asia',
    note: 'preprimaryNote',
  },
};

const TEXT = {
  en: {
    skip: 'Skip to the regional data',
    site: 'Children in Kazakhstan',
    languages: 'Language',
    title: "How children fare across Kazakhstan's regions",
    lede: 'Official statistics by region, from the Bureau of National Statistics. Pick an indicator, move through the years, and select a region on the map or in the ranking.',
    indicator: 'Indicator',
    mapHeading: 'Map by region',
    ranking: 'Ranking',
    followHeading: 'Trend of a region (select one on the map)',
    rank: 'Rank',
    region: 'Region',
    value: 'Value',
    national: 'Kazakhstan as a whole',
    nationalTrend: 'National trend',
    international: 'Against international values',
    lower: 'lower is better',
    higher: 'higher is better',
    neutral: 'neither direction is better',
    caption: '{name}, {period}: regions ranked, {better}',
    noData: 'no data',
    selectRegion: 'Show {name} on the map',
    noInternational: 'The embedded data have no international series for this indicator.',
    preprimaryNote:
      'The international comparison uses gross pre-primary enrolment (UNESCO Institute for Statistics), a related but different measure.',
    footer:
      "Example page of kz-indicators. Data: Bureau of National Statistics of the Republic of Kazakhstan (national SDG reporting platform); UN IGME estimates via the World Bank's World Development Indicators.",
  },
  kk: {
    skip: 'Өңірлік деректерге өту',
    site: 'Қазақстан балалары',
    languages: 'Тіл',
    title: 'Қазақстан өңірлеріндегі балалардың жағдайы',
    lede: 'Ұлттық статистика бюросының өңірлер бойынша ресми статистикасы. Көрсеткішті таңдаңыз, жылдар бойынша өзгерісті қараңыз, өңірді картадан немесе рейтингтен таңдаңыз.',
    indicator: 'Көрсеткіш',
    mapHeading: 'Өңірлер бойынша карта',
    ranking: 'Рейтинг',
    followHeading: 'Өңір динамикасы (картадан таңдаңыз)',
    rank: 'Орын',
    region: 'Өңір',
    value: 'Мәні',
    national: 'Жалпы Қазақстан бойынша',
    nationalTrend: 'Ел бойынша динамика',
    international: 'Халықаралық көрсеткіштермен салыстыру',
    lower: 'неғұрлым төмен болса, соғұрлым жақсы',
    higher: 'неғұрлым жоғары болса, соғұрлым жақсы',
    neutral: 'бағыттың қайсысы жақсы екені көрсетілмеген',
    caption: '{name}, {period}: өңірлер рейтингі, {better}',
    noData: 'деректер жоқ',
    selectRegion: '{name} картада көрсету',
    noInternational: 'Ендірілген деректерде бұл көрсеткіш бойынша халықаралық қатарлар жоқ.',
    preprimaryNote:
      'Халықаралық салыстыруда мектепке дейінгі біліммен жалпы қамту (ЮНЕСКО Статистика институты) қолданылады: ұқсас, бірақ басқа көрсеткіш.',
    footer:
      'kz-indicators үлгі беті. Деректер: Қазақстан Республикасының Ұлттық статистика бюросы (ТДМ бойынша ұлттық есептілік платформасы); Дүниежүзілік банктің World Development Indicators деректері бойынша UN IGME бағалаулары.',
  },
  ru: {
    skip: 'Перейти к данным по регионам',
    site: 'Дети Казахстана',
    languages: 'Язык',
    title: 'Как живут дети в регионах Казахстана',
    lede: 'Официальная статистика по регионам от Бюро национальной статистики. Выберите показатель, посмотрите изменения по годам и выберите регион на карте или в рейтинге.',
    indicator: 'Показатель',
    mapHeading: 'Карта по регионам',
    ranking: 'Рейтинг',
    followHeading: 'Динамика региона (выберите на карте)',
    rank: 'Место',
    region: 'Регион',
    value: 'Значение',
    national: 'Казахстан в целом',
    nationalTrend: 'Динамика по стране',
    international: 'В сравнении с международными показателями',
    lower: 'чем ниже, тем лучше',
    higher: 'чем выше, тем лучше',
    neutral: 'направление не оценивается',
    caption: '{name}, {period}: рейтинг регионов, {better}',
    noData: 'нет данных',
    selectRegion: 'Показать на карте: {name}',
    noInternational: 'Во встроенных данных нет международных рядов по этому показателю.',
    preprimaryNote:
      'Для международного сравнения используется валовой охват дошкольным образованием (Институт статистики ЮНЕСКО): близкий, но другой показатель.',
    footer:
      'Пример страницы kz-indicators. Данные: Бюро национальной статистики Республики Казахстан (национальная платформа отчётности по ЦУР); оценки UN IGME по данным World Development Indicators Всемирного банка.',
  },
};

const map = document.getElementById('map');
const picker = document.getElementById('indicator');
const tbody = document.querySelector('#ranking tbody');
const caption = document.getElementById('ranking-caption');
const note = document.getElementById('ranking-note');
const nationalCard = document.getElementById('national-card');
const internationalCard = document.getElementById('international-card');
const internationalNote = document.getElementById('international-note');

const state = { lang: 'en', indicator: 'u5mr', period: '', selected: '' };
let dataset = null;

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');
const t = (key) => TEXT[state.lang][key];

function indicator() {
  return dataset?.indicators.find((d) => d.id === state.indicator) ?? null;
}

/** The regions of the period's boundary layout with their values, best first; ties share a rank. */
function ranking(ind, period) {
  const ids = LAYOUT_AREAS[ind.layouts[period]] ?? [];
  const rows = ids.map((id) => ({ id, value: ind.values[id]?.[period]?.value ?? null }));
  const withValue = rows.filter((r) => r.value !== null);
  const sign = ind.better === 'higher' ? -1 : 1;
  withValue.sort((a, b) => sign * (a.value - b.value));
  withValue.forEach((row, i) => {
    const previous = withValue[i - 1];
    row.rank = previous && previous.value === row.value ? previous.rank : i + 1;
  });
  return [...withValue, ...rows.filter((r) => r.value === null)];
}

function renderRanking() {
  const ind = indicator();
  if (!ind || !state.period) return;
  const name = localize(ind.name, state.lang);
  const unit = localize(ind.unit, state.lang);
  caption.textContent = fill(t('caption'), {
    name,
    period: state.period,
    better: t(ind.better),
  });
  note.textContent = `${state.period} · ${unit} · ${t(ind.better)}`;
  const rows = ranking(ind, state.period).map((row) => {
    const info = areaInfo(row.id);
    const tr = document.createElement('tr');
    tr.dataset.id = row.id;
    if (row.id === state.selected) tr.classList.add('selected');
    const rank = document.createElement('td');
    rank.textContent = row.value === null ? '–' : String(row.rank);
    const region = document.createElement('th');
    region.scope = 'row';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = info.names[state.lang];
    button.setAttribute('aria-label', fill(t('selectRegion'), { name: info.names[state.lang] }));
    button.setAttribute('aria-pressed', String(row.id === state.selected));
    region.append(button);
    const value = document.createElement('td');
    value.className = 'num';
    value.textContent =
      row.value === null ? t('noData') : formatNumber(row.value, state.lang, ind.decimals);
    tr.append(rank, region, value);
    return tr;
  });
  tbody.replaceChildren(...rows);
}

function renderCards() {
  nationalCard.indicator = state.indicator;
  const international = INTERNATIONAL[state.indicator];
  internationalCard.hidden = !international;
  if (international) {
    internationalCard.src = international.src;
    internationalCard.indicator = international.indicator;
    internationalCard.references = international.references;
  }
  internationalNote.textContent = international
    ? international.note
      ? t(international.note)
      : ''
    : t('noInternational');
}

function renderPicker() {
  for (const option of picker.options) {
    const ind = dataset?.indicators.find((d) => d.id === option.value);
    if (ind) option.textContent = localize(ind.name, state.lang);
  }
  picker.value = state.indicator;
}

function renderText() {
  document.documentElement.lang = state.lang;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = t(element.dataset.text);
  }
  document.querySelector('.languages').setAttribute('aria-label', t('languages'));
  for (const button of document.querySelectorAll('.languages button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  }
  // The widgets take the nearest lang attribute; setting it on each one redraws it at once.
  for (const widget of document.querySelectorAll('kz-choropleth, kz-sparkline')) {
    widget.setAttribute('lang', state.lang);
  }
}

picker.addEventListener('change', () => {
  state.indicator = picker.value;
  state.period = '';
  map.indicator = state.indicator;
  map.period = '';
  renderCards();
});

for (const button of document.querySelectorAll('.languages button')) {
  button.addEventListener('click', () => {
    state.lang = button.dataset.lang;
    renderText();
    renderPicker();
    renderRanking();
  });
}

// The map says which period it shows when it draws (kz-load) and when the reader moves the slider
// (kz-change); the ranking follows.
map.addEventListener('kz-load', (event) => {
  state.period = event.detail.period;
  renderRanking();
});
map.addEventListener('kz-change', (event) => {
  state.period = event.detail.period;
  renderRanking();
});
map.addEventListener('kz-select', (event) => {
  state.selected = event.detail.area;
  renderRanking();
});

tbody.addEventListener('click', (event) => {
  const row = event.target.closest('button') && event.target.closest('tr');
  if (!row) return;
  // Setting `selected` from code highlights the area without firing kz-select.
  state.selected = row.dataset.id;
  map.selected = state.selected;
  renderRanking();
  tbody.querySelector(`tr[data-id="${CSS.escape(state.selected)}"] button`)?.focus();
});

try {
  dataset = await loadDataset(DATA);
  renderPicker();
  renderCards();
  renderRanking();
} catch {
  // The map shows the problem and a retry button; the ranking stays empty.
}
