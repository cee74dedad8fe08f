import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../src/data/parse.js';
import {
  areaCode,
  isRegional,
  latestMapPeriod,
  mapPeriods,
  nearestPeriod,
  resolveView,
  switchIndicator,
  valueNotices,
} from '../../src/components/kz-explorer/view-state.js';
import {
  hashHasView,
  readHash,
  withHash,
  writeHash,
} from '../../src/components/kz-explorer/permalink.js';
import {
  pickerGroups,
  pickerOrder,
  topicNotices,
} from '../../src/components/kz-explorer/topics.js';
import { cardPlans } from '../../src/components/kz-explorer/card-lines.js';
import { MESSAGES, noticeText, quoted } from '../../src/components/kz-explorer/messages.js';
import kk from '../../src/components/kz-explorer/messages-kk.js';
import ru from '../../src/components/kz-explorer/messages-ru.js';

// Real data: the child well-being documents built by scripts/build-data.mjs (with topics and a
// companion indicator; and the regional indicators alone, without topics).
const real = parseIndicators(JSON.parse(readFileSync('stories/data/child-wellbeing.json', 'utf8')));
const regions = parseIndicators(
  JSON.parse(readFileSync('stories/data/child-wellbeing-regions.json', 'utf8')),
);
const u5mr = real.indicators.find((i) => i.id === 'u5mr')!;
const poverty = real.indicators.find((i) => i.id === 'poverty')!;

// Hand-made fixture, NOT real data: a regional indicator and a national-only one.
const hand = parseIndicators({
  indicators: [
    {
      id: 'national-only',
      name: { en: 'National only' },
      source: { name: 'Hand-made test fixture' },
      values: {},
      references: [{ id: 'national', kind: 'national', label: 'Kazakhstan', values: { 2019: 3 } }],
    },
    {
      id: 'regional',
      name: { en: 'Regional', ru: 'Региональный' },
      source: { name: 'Hand-made test fixture' },
      values: { 'KZ-11': { 2018: 1, 2020: 2 }, 'KZ-15': { 2018: 4, 2020: null } },
    },
  ],
});

describe('view state', () => {
  it('mapPeriods(indicator) lists the periods with area values, in time order', () => {
    expect(mapPeriods(u5mr).map((p) => p.id)).toEqual([
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
    ]);
    expect(isRegional(hand.indicators[0])).toBe(false);
    expect(isRegional(hand.indicators[1])).toBe(true);
  });

  it('latestMapPeriod(indicator) is the latest period with a number for an area', () => {
    expect(latestMapPeriod(u5mr)).toBe('2019');
    expect(latestMapPeriod(poverty)).toBe('2023');
  });

  it('nearestPeriod(indicator, wanted) keeps a mapped period, else takes the nearest (later on a tie)', () => {
    expect(nearestPeriod(u5mr, '2015')).toBe('2015');
    expect(nearestPeriod(u5mr, '2023')).toBe('2019');
    expect(nearestPeriod(u5mr, '2001')).toBe('2010');
    expect(nearestPeriod(hand.indicators[1], '2019')).toBe('2020');
    expect(nearestPeriod(u5mr, 'not a period')).toBe('2019');
    expect(nearestPeriod(u5mr, '')).toBe('2019');
  });

  it('areaCode(input) reads codes and names, and is empty for anything else', () => {
    expect(areaCode('KZ-11')).toBe('KZ-11');
    expect(areaCode('Akmola Region')).toBe('KZ-11');
    expect(areaCode('<img src=x onerror=alert(1)>')).toBe('');
    expect(areaCode('')).toBe('');
  });

  it('resolveView(dataset, {}) is the first regional indicator at its latest period, whole country', () => {
    expect(resolveView(real, {})).toEqual({
      view: { indicator: 'u5mr', period: '2019', area: '' },
      notices: [],
    });
    expect(resolveView(hand, {}).view).toEqual({ indicator: 'regional', period: '2020', area: '' });
  });

  it('resolveView names an unknown indicator, area or period and falls back to the default', () => {
    const { view, notices } = resolveView(real, {
      indicator: 'nope',
      area: 'Atlantis',
      period: 'x',
    });
    expect(view).toEqual({ indicator: 'u5mr', period: '2019', area: '' });
    expect(notices.map((n) => n.code)).toEqual([
      'unknown-indicator',
      'unknown-area',
      'unknown-period',
    ]);
  });

  it('resolveView says when the area has no value in the period', () => {
    const { notices } = resolveView(real, { indicator: 'u5mr', period: '2019', area: 'KZ-10' });
    expect(notices).toEqual([
      { code: 'area-no-value', indicator: 'u5mr', area: 'KZ-10', period: '2019' },
    ]);
  });

  it('resolveView says when a document has no regional indicator or an indicator is national only', () => {
    const national = parseIndicators({
      indicators: [hand.indicators[0]].map(() => ({
        id: 'n',
        name: 'N',
        source: { name: 'Hand-made test fixture' },
        values: {},
        references: [
          { id: 'national', kind: 'national', label: 'Kazakhstan', values: { 2019: 3 } },
        ],
      })),
    });
    expect(resolveView(national, {}).notices.map((n) => n.code)).toEqual([
      'no-regional',
      'national-only',
    ]);
    expect(resolveView(hand, { indicator: 'national-only' }).notices.map((n) => n.code)).toEqual([
      'national-only',
    ]);
  });

  it('switchIndicator keeps the area and moves to the nearest period, saying so', () => {
    const from = { indicator: 'poverty', period: '2023', area: 'KZ-11' };
    expect(switchIndicator(real, from, 'u5mr')).toEqual({
      view: { indicator: 'u5mr', period: '2019', area: 'KZ-11' },
      notices: [{ code: 'period-moved', indicator: 'u5mr', given: '2023', period: '2019' }],
    });
    const abai = { indicator: 'poverty', period: '2023', area: 'KZ-10' };
    const next = switchIndicator(real, abai, 'skilled-birth');
    expect(next.view).toEqual({ indicator: 'skilled-birth', period: '2023', area: 'KZ-10' });
    expect(next.notices).toEqual([]);
    expect(switchIndicator(real, abai, 'u5mr').notices.map((n) => n.code)).toEqual([
      'period-moved',
      'area-no-value',
    ]);
  });

  it('valueNotices(indicator, view) is empty when the area has a value', () => {
    expect(valueNotices(u5mr, { indicator: 'u5mr', period: '2019', area: 'KZ-11' })).toEqual([]);
  });
});

describe('permalink', () => {
  it('readHash(hash) reads the view keys and ignores the rest', () => {
    expect(readHash('#indicator=u5mr&period=2019&area=KZ-11&other=1&top')).toEqual({
      indicator: 'u5mr',
      period: '2019',
      area: 'KZ-11',
    });
    expect(readHash('#regions')).toEqual({});
    expect(hashHasView('#regions')).toBe(false);
    expect(hashHasView('#period=2019')).toBe(true);
  });

  it('readHash leaves out values that do not decode or are too long', () => {
    expect(readHash(`#indicator=%E0%A4%A&area=${'x'.repeat(201)}&period=2019%2F2020`)).toEqual({
      period: '2019/2020',
    });
  });

  it('writeHash(hash, view) sets the keys and keeps other parts in place', () => {
    const view = { indicator: 'u5mr', period: '2019/2020', area: '' };
    expect(writeHash('', view)).toBe('#indicator=u5mr&period=2019%2F2020');
    expect(writeHash('#top&indicator=old&x=1', { ...view, area: 'KZ-11' })).toBe(
      '#top&x=1&indicator=u5mr&period=2019%2F2020&area=KZ-11',
    );
    expect(readHash(writeHash('#a=b', { indicator: 'a&b=c', period: '#', area: '' }))).toEqual({
      indicator: 'a&b=c',
      period: '#',
    });
  });

  it('withHash(href, hash) replaces the hash of a URL', () => {
    expect(withHash('https://x.org/p?q=1#old', '#indicator=u5mr')).toBe(
      'https://x.org/p?q=1#indicator=u5mr',
    );
    expect(withHash('https://x.org/p', '')).toBe('https://x.org/p');
  });
});

describe('topics and cards', () => {
  it('pickerGroups(dataset) groups by topic in the document order of topics', () => {
    const groups = pickerGroups(real, 'en', 'Other');
    expect(groups.map((g) => [g.label, g.indicators.map((i) => i.id)])).toEqual([
      ['Health', ['u5mr', 'u5mr-igme', 'nmr-igme', 'skilled-birth', 'adolescent-births']],
      ['Education', ['preschool', 'preprimary-enrolment']],
      ['Poverty', ['poverty']],
      ['Nutrition', ['stunting']],
      ['Protection', ['birth-registration']],
    ]);
    expect(pickerGroups(real, 'kk', 'Басқа')[0].label).toBe(
      real.topics!.find((t) => t.id === 'health')!.name.kk,
    );
  });

  it('pickerGroups(dataset) is one unlabelled group when no indicator has a topic', () => {
    const groups = pickerGroups(regions, 'en', 'Other');
    expect(groups).toHaveLength(1);
    expect(groups[0].label).toBe('');
    expect(pickerOrder(groups).map((i) => i.id)).toEqual(regions.indicators.map((i) => i.id));
  });

  it('pickerGroups(dataset) follows the document order of topics, indicators without one last', () => {
    // Hand-made document, NOT real data.
    const withTopics = parseIndicators({
      topics: [
        { id: 'health', name: { en: 'Health', ru: 'Здоровье' } },
        { id: 'education', name: { en: 'Education' } },
      ],
      indicators: ['education', undefined, 'health', 'Health'].map((topic, i) => ({
        id: `i${i}`,
        name: `I${i}`,
        source: 'Hand-made test fixture',
        ...(topic ? { topic } : {}),
        values: { 'KZ-11': { 2019: i } },
      })),
    });
    expect(topicNotices(withTopics)).toEqual([]);
    const groups = pickerGroups(withTopics, 'ru', 'Другое');
    expect(groups.map((g) => [g.label, g.indicators.map((i) => i.id)])).toEqual([
      ['Здоровье', ['i2', 'i3']],
      ['Education', ['i0']],
      ['Другое', ['i1']],
    ]);
  });

  it('cardPlans(dataset, indicator, area) names the source of every line, a companion in its own card', () => {
    const [own, companion] = cardPlans(real, u5mr, 'KZ-11', 'en', MESSAGES.get('en'));
    expect(own.series).toBe('KZ-11');
    expect(own.sources.map((s) => s.lines)).toEqual([
      ['Akmola Region', 'Kazakhstan'],
      ['SDG target 3.2: 25 or lower by 2030'],
    ]);
    expect(own.sources[0].source).toMatch(/^Bureau of National Statistics/);
    expect(own.sources[1].source).toMatch(/^UN General Assembly/);
    expect(companion.indicator.id).toBe('u5mr-igme');
    expect(companion.series).toBe('national');
    expect(companion.sources).toEqual([
      {
        source: expect.stringMatching(/^World Bank, World Development Indicators/),
        lines: [
          'Kazakhstan (UN IGME estimate)',
          'World (UN IGME estimate)',
          'Europe & Central Asia (UN IGME estimate)',
        ],
      },
    ]);
    const [country] = cardPlans(real, u5mr, '', 'en', MESSAGES.get('en'));
    expect(country.series).toBe('national');
    expect(country.sources[0].lines).toEqual(['Kazakhstan']);
    expect(cardPlans(real, poverty, 'KZ-11', 'en', MESSAGES.get('en'))).toHaveLength(1);
  });

  it('topicNotices(dataset) names indicators whose topic is not text or not listed', () => {
    // Hand-made document, NOT real data.
    const bad = parseIndicators({
      topics: [{ id: 'health', name: 'Health' }],
      indicators: [3, 'Poverty', 'health'].map((topic, i) => ({
        id: `i${i}`,
        name: `I${i}`,
        source: 'Hand-made test fixture',
        topic,
        values: { 'KZ-11': { 2019: i } },
      })),
    });
    expect(topicNotices(bad)).toEqual([
      { code: 'topic-not-text', indicator: 'i0' },
      { code: 'topic-unknown', indicator: 'i1' },
    ]);
    expect(pickerGroups(bad, 'en', 'Other').map((g) => g.label)).toEqual(['Health', 'Other']);
  });
});

describe('messages', () => {
  it('every language has every message', () => {
    const keys = Object.keys(MESSAGES.get('en')).sort();
    expect(Object.keys(kk).sort()).toEqual(keys);
    expect(Object.keys(ru).sort()).toEqual(keys);
  });

  it('noticeText words a notice with names in the reader language and inputs as plain text', () => {
    const notice = {
      code: 'area-no-value' as const,
      indicator: 'u5mr',
      area: 'KZ-10',
      period: '2019',
    };
    expect(noticeText(notice, real, 'en', MESSAGES.get('en'))).toBe(
      'Abai Region has no value for Under-five mortality rate in 2019.',
    );
    expect(noticeText(notice, real, 'ru', ru)).toMatch(/^Регион: Абайская область\./);
    const link = {
      code: 'unknown-indicator' as const,
      given: 'x\u0000\u202e<b>',
      indicator: 'u5mr',
    };
    expect(noticeText(link, real, 'en', MESSAGES.get('en'), true)).toBe(
      'The link names an indicator that is not in this data (“x <b>”), so the default view is shown.',
    );
  });

  it('quoted(text) is one line of at most 60 characters', () => {
    expect(quoted('a\nb')).toBe('a b');
    expect(quoted('y'.repeat(100))).toHaveLength(60);
  });
});
