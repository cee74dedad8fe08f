import { describe, expect, it } from 'vitest';
import { referenceLinesOf, topicOf, topicsOf } from '../../../src/data/accessors.js';
import { IndicatorError, parseIndicators, validateIndicators } from '../../../src/data/parse.js';

// Hand-made fixtures: made-up values, to test topics and companion indicators.
const values = { 'KZ-11': { '2019': 10 } };
const indicator = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  source: `Source of ${id}`,
  values,
  ...extra,
});

function problemsOf(json: unknown) {
  const result = validateIndicators(json);
  expect(result.dataset).toBeUndefined();
  return result.problems.map((p) => ({ path: p.path, message: p.message, code: p.code }));
}

describe('topics', () => {
  const topics = [
    { id: 'health', name: { en: 'Health', kk: 'Денсаулық', ru: 'Здоровье' } },
    { id: 'education', name: { en: 'Education', ru: 'Образование' } },
    { id: 'poverty', name: 'Poverty' },
  ];

  it('keeps the document list in display order and links indicators by id or by name', () => {
    const dataset = parseIndicators({
      topics,
      indicators: [
        indicator('a', { topic: 'education' }),
        indicator('b', { topic: 'Здоровье' }),
        indicator('c'),
        indicator('d', { topic: { en: 'health' } }),
        indicator('e', { topic: ' Health ' }),
      ],
    });
    expect(dataset.topics).toEqual([
      { id: 'health', name: { en: 'Health', kk: 'Денсаулық', ru: 'Здоровье' } },
      { id: 'education', name: { en: 'Education', ru: 'Образование' } },
      { id: 'poverty', name: { en: 'Poverty' } },
    ]);
    expect(dataset.indicators.map((i) => i.topic)).toEqual([
      'education',
      'health',
      undefined,
      'health',
      'health',
    ]);
    expect(dataset.warnings).toEqual([]);
    const groups = topicsOf(dataset);
    expect(groups.map((g) => [g.topic?.id, g.indicators.map((i) => i.id)])).toEqual([
      ['health', ['b', 'd', 'e']],
      ['education', ['a']],
      [undefined, ['c']],
    ]);
    expect(topicOf(dataset, dataset.indicators[0])?.name.en).toBe('Education');
    expect(topicOf(dataset, dataset.indicators[2])).toBeUndefined();
  });

  it('makes topics from texts written on indicators when the document has no list', () => {
    const dataset = parseIndicators([
      indicator('a', { topic: { en: 'Health', ru: 'Здоровье' } }),
      indicator('b', { topic: 'Education' }),
      indicator('c', { topic: 'Health' }),
    ]);
    expect(dataset.topics).toEqual([
      { id: 'Health', name: { en: 'Health', ru: 'Здоровье' } },
      { id: 'Education', name: { en: 'Education' } },
    ]);
    expect(topicsOf(dataset).map((g) => g.indicators.map((i) => i.id))).toEqual([
      ['a', 'c'],
      ['b'],
    ]);
  });

  it('leaves topics out of a document without any', () => {
    const dataset = parseIndicators([indicator('a')]);
    expect('topics' in dataset).toBe(false);
    expect('topic' in dataset.indicators[0]).toBe(false);
    expect(topicsOf(dataset).map((g) => g.topic)).toEqual([undefined]);
  });

  const warningsOf = (json: unknown) =>
    parseIndicators(json).warnings.map((w) => ({ path: w.path, code: w.code, message: w.message }));

  it('leaves out a topic that is not text, with a located warning, and keeps the document', () => {
    const dataset = parseIndicators({ indicators: [indicator('a', { topic: 7 }), indicator('b')] });
    expect(dataset.indicators.map((i) => i.id)).toEqual(['a', 'b']);
    expect('topic' in dataset.indicators[0]).toBe(false);
    expect(warningsOf({ indicators: [indicator('a', { topic: 7 })] })).toEqual([
      {
        path: 'indicators[0].topic',
        code: 'topic',
        message:
          'expected a text or an object of texts by language, got the number 7; the topic is left out',
      },
    ]);
    expect(
      warningsOf({ indicators: [indicator('a', { topic: { en: { text: 'Health' } } })] }),
    ).toEqual([
      {
        path: 'indicators[0].topic.en',
        code: 'topic',
        message: 'expected a string, got an object; the topic is left out',
      },
      {
        path: 'indicators[0].topic',
        code: 'topic',
        message: 'no text in en, kk or ru; the topic is left out',
      },
    ]);
  });

  it('leaves out a listed topic whose name is not text; its indicators fall in no topic', () => {
    const doc = {
      topics: [
        { id: 'health', name: ['Health'] },
        { id: 'poverty', name: 'Poverty' },
      ],
      indicators: [indicator('a', { topic: 'health' }), indicator('b', { topic: 'poverty' })],
    };
    const dataset = parseIndicators(doc);
    expect(dataset.topics).toEqual([{ id: 'poverty', name: { en: 'Poverty' } }]);
    expect(topicsOf(dataset).map((g) => [g.topic?.id, g.indicators.map((i) => i.id)])).toEqual([
      ['poverty', ['b']],
      [undefined, ['a']],
    ]);
    expect(warningsOf(doc)).toEqual([
      {
        path: 'topics[0].name',
        code: 'topic',
        message:
          'expected a text or an object of texts by language, got an array; the topic is left out',
      },
      {
        path: 'indicators[0].topic',
        code: 'unknown-topic',
        message: 'unknown topic "health", left out; the document\'s topics are "poverty"',
      },
    ]);
  });

  it('warns of an unknown topic, a bad list and bad topic ids, with their paths', () => {
    expect(warningsOf({ topics, indicators: [indicator('a', { topic: 'Protection' })] })).toEqual([
      {
        path: 'indicators[0].topic',
        code: 'unknown-topic',
        message:
          'unknown topic "Protection", left out; the document\'s topics are "health", "education", "poverty"',
      },
    ]);
    expect(warningsOf({ topics: 'health', indicators: [indicator('a')] })).toEqual([
      {
        path: 'topics',
        code: 'topic',
        message: 'expected an array of topics, got the string "health"; the topic is left out',
      },
    ]);
    expect(
      warningsOf({
        topics: [
          { id: 'a b', name: 'A' },
          { name: 'B' },
          { id: 'c', name: 'C' },
          { id: 'c', name: 'D' },
          5,
        ],
        indicators: [indicator('a')],
      }).map((w) => w.path),
    ).toEqual(['topics[0].id', 'topics[1]', 'topics[3].id', 'topics[4]']);
  });

  it('an empty topic text is left out with a warning', () => {
    expect(warningsOf([indicator('a', { topic: '  ' })])).toEqual([
      { path: '[0].topic', code: 'topic', message: 'empty text; the topic is left out' },
    ]);
  });
});

describe('companion indicators', () => {
  const doc = {
    indicators: [
      indicator('u5mr', {
        companions: ['u5mr-igme'],
        references: [
          { id: 'national', kind: 'national', label: 'Kazakhstan', values: { '2019': 9 } },
          {
            id: 'world',
            kind: 'comparator',
            label: 'World',
            values: { '2019': 38 },
            source: { name: 'World Bank', licence: 'CC BY 4.0' },
          },
        ],
      }),
      {
        id: 'u5mr-igme',
        name: 'Under-five mortality (UN IGME)',
        source: { name: 'UN IGME', licence: 'CC BY 4.0' },
        values: {},
        references: [
          { id: 'national', kind: 'national', label: 'Kazakhstan', values: { '2019': 10 } },
          { id: 'sdg', kind: 'target', label: 'SDG 3.2', value: 25 },
        ],
      },
    ],
  };

  it('lists own then companion reference lines, each with its source', () => {
    const dataset = parseIndicators(doc);
    const [u5mr, igme] = dataset.indicators;
    expect(u5mr.companions).toEqual(['u5mr-igme']);
    const lines = referenceLinesOf(dataset, u5mr);
    expect(
      lines.map((l) => [
        l.key,
        l.indicator.id,
        l.source.name.en,
        l.source.licence?.en,
        l.companion,
      ]),
    ).toEqual([
      ['national', 'u5mr', 'Source of u5mr', undefined, false],
      ['world', 'u5mr', 'World Bank', 'CC BY 4.0', false],
      ['u5mr-igme/national', 'u5mr-igme', 'UN IGME', 'CC BY 4.0', true],
      ['u5mr-igme/sdg', 'u5mr-igme', 'UN IGME', 'CC BY 4.0', true],
    ]);
    expect(referenceLinesOf(dataset, u5mr, 'national').map((l) => l.key)).toEqual([
      'national',
      'u5mr-igme/national',
    ]);
    expect(referenceLinesOf(dataset, igme).map((l) => l.key)).toEqual(['national', 'sdg']);
  });

  it('reports unknown, own and repeated companions, and a companion list that is not a list', () => {
    expect(
      problemsOf({
        indicators: [
          indicator('u5mr', { companions: ['u5mr-igm', 'u5mr', 'x', 'x', 5] }),
          indicator('u5mr-igme'),
        ],
      }),
    ).toEqual([
      {
        path: 'indicators[0].companions[3]',
        message: 'the companion "x" is listed twice',
        code: 'duplicate-id',
      },
      {
        path: 'indicators[0].companions[4]',
        message: 'expected an indicator id, got the number 5',
        code: 'type',
      },
      {
        path: 'indicators[0].companions[0]',
        message: 'no indicator "u5mr-igm" in this document; did you mean "u5mr-igme"?',
        code: 'unknown-indicator',
      },
      {
        path: 'indicators[0].companions[1]',
        message: 'the indicator "u5mr" cannot be its own companion',
        code: 'companion',
      },
      {
        path: 'indicators[0].companions[2]',
        message: 'no indicator "x" in this document',
        code: 'unknown-indicator',
      },
    ]);
    expect(() => parseIndicators(indicator('a', { companions: 'b' }))).toThrow(IndicatorError);
    expect(problemsOf(indicator('a', { companions: 'b' }))).toEqual([
      {
        path: 'companions',
        message: 'expected an array of indicator ids, got the string "b"',
        code: 'type',
      },
    ]);
  });
});
