import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIndicators } from '../../src/data/parse.js';
import { MESSAGES } from '../../src/components/kz-ranking/messages.js';
import {
  NEAREST_YEARS,
  rankingReferences,
  sameUnit,
} from '../../src/components/kz-ranking/references.js';

const m = MESSAGES.get('en');
const real = parseIndicators(JSON.parse(readFileSync('stories/data/child-wellbeing.json', 'utf8')));
const u5mr = real.indicators.find((i) => i.id === 'u5mr')!;

describe('rankingReferences(dataset, indicator, period, lang, m) on the real document', () => {
  it('draws the companion’s World and Europe and Central Asia of the same year, crediting them', () => {
    const { rules, sources } = rankingReferences(real, u5mr, '2019', 'en', m);
    expect(rules.map((r) => r.id)).toEqual([
      'national',
      'sdg-target',
      'u5mr-igme/world',
      'u5mr-igme/europe-central-asia',
    ]);
    // The bureau's own national value is the one drawn; the companion's estimate of it is not.
    expect(rules.filter((r) => r.kind === 'national')).toHaveLength(1);
    const world = rules.find((r) => r.id === 'u5mr-igme/world')!;
    expect(world.label).toBe('World (UN IGME estimate) 39.6');
    expect(world.spoken).toMatch(/^, from World Bank, World Development Indicators/);
    expect(rules.find((r) => r.id === 'national')!.spoken).toBe('');
    const igme = sources.find((s) => s.name.startsWith('World Bank'))!;
    expect(igme.lines).toEqual([
      'World (UN IGME estimate)',
      'Europe & Central Asia (UN IGME estimate)',
    ]);
    expect(sources[0].name).toMatch(/^Bureau of National Statistics/);
    expect(sources[0].lines).toEqual([]);
  });

  it('in Kazakh and Russian, the labels and the source words of the language', () => {
    const ru = rankingReferences(real, u5mr, '2019', 'ru', MESSAGES.get('ru'));
    expect(ru.rules.find((r) => r.id === 'u5mr-igme/world')!.label).toBe(
      'Мир (оценка UN IGME) 39,6',
    );
  });
});

// Hand-made fixtures, NOT real data: a companion in another unit, one with a gap of years.
function fixture(companionUnit: string, companionValues: Record<string, number>) {
  return parseIndicators({
    indicators: [
      {
        id: 'own',
        name: 'Own',
        unit: { en: 'per 1,000', ru: 'на 1000' },
        source: { name: 'Own source' },
        companions: ['other'],
        values: { 'KZ-11': { '2019': 4 }, 'KZ-15': { '2019': 6 } },
        references: [{ id: 'target', kind: 'target', label: 'Target 5', value: 5, year: 2030 }],
      },
      {
        id: 'other',
        name: 'Other',
        unit: companionUnit === 'same' ? { en: 'per 1,000', ru: 'на  1000 ' } : companionUnit,
        source: { name: 'Other source' },
        values: {},
        references: [
          { id: 'kaz', kind: 'national', label: 'Kazakhstan', values: companionValues },
          { id: 'world', kind: 'comparator', label: 'World', values: companionValues },
          { id: 'target', kind: 'target', label: 'Target 5', value: 5, year: 2030 },
        ],
      },
    ],
  });
}

describe('rankingReferences: companions', () => {
  it('draws nothing of a companion in another unit', () => {
    const doc = fixture('%', { '2019': 30 });
    const { rules, sources } = rankingReferences(doc, doc.indicators[0], '2019', 'en', m);
    expect(rules.map((r) => r.id)).toEqual(['target']);
    expect(sources.map((s) => s.name)).toEqual(['Own source']);
  });

  it('draws the companion’s national value when the indicator has none; a shared target once', () => {
    const doc = fixture('same', { '2019': 30 });
    const { rules } = rankingReferences(doc, doc.indicators[0], '2019', 'en', m);
    expect(rules.map((r) => [r.id, r.label])).toEqual([
      ['target', 'Target 5'],
      ['other/kaz', 'Kazakhstan 30'],
      ['other/world', 'World 30'],
    ]);
  });

  it('takes the nearest year within NEAREST_YEARS and says it; none further away', () => {
    const doc = fixture('same', { '2016': 31, '2017': 30, '2021': 29 });
    const own = doc.indicators[0];
    const near = rankingReferences(doc, own, '2019', 'en', m).rules;
    // 2017 and 2021 are both two years away: the earlier one is taken.
    expect(near.find((r) => r.id === 'other/world')!.label).toBe('World 30 (2017)');
    const far = fixture('same', { [String(2019 - NEAREST_YEARS - 1)]: 40 });
    const none = rankingReferences(far, far.indicators[0], '2019', 'en', m).rules;
    expect(none.map((r) => r.id)).toEqual(['target']);
  });

  it('sameUnit() compares each language’s text, ignoring case and spacing', () => {
    expect(sameUnit({ en: 'Per 1,000' }, { en: 'per  1,000' })).toBe(true);
    expect(sameUnit({ en: '%' }, { en: 'per 1,000' })).toBe(false);
    expect(sameUnit({ en: '%', ru: 'процент' }, { en: '%', ru: '%' })).toBe(false);
  });
});
