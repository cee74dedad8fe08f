// Hand-made fixtures (labelled): quick values with round numbers.
import { describe, expect, it, vi } from 'vitest';
import { SparkViewState } from '../../src/components/kz-sparkline/view-state.js';
import type { SeriesInputs } from '../../src/components/kz-sparkline/series-choice.js';
import { INLINE } from '../../src/components/kz-sparkline/templates.js';
import { MESSAGES } from '../../src/components/kz-sparkline/messages.js';
import type { Dataset } from '../../src/data/types.js';

const quick = (values: string) => (): SeriesInputs => ({
  quick: true,
  values,
  periods: '2000,2001,2002',
  overrides: { label: 'Fixture' },
  error: null,
  dataset: null,
  indicator: null,
  area: null,
  references: 'none',
  lang: 'en',
});

describe('SparkViewState', () => {
  it('chooses the series again only when its inputs change', () => {
    const state = new SparkViewState(() => {});
    expect(state.choose(['a'], quick('1,2,3'))).toBe(true);
    const model = state.model;
    expect(model?.points.map((p) => p.value)).toEqual([1, 2, 3]);
    const unread = vi.fn(quick('4,5,6'));
    expect(state.choose(['a'], unread)).toBe(false);
    expect(unread).not.toHaveBeenCalled();
    expect(state.model).toBe(model);
    expect(state.choose(['b'], quick('4,5,6'))).toBe(true);
    expect(state.model?.points.map((p) => p.value)).toEqual([4, 5, 6]);
  });

  it('shows values that are not numbers as a problem, and a broken step as a format problem', () => {
    const state = new SparkViewState(() => {});
    state.choose(['a'], quick('1,x,3'));
    expect(state.model).toBeNull();
    expect(state.problem?.code).toBe('bad-values');
    state.fail(new Error('broken'));
    expect(state.problem).toMatchObject({
      code: 'format',
      message: expect.stringContaining('broken'),
    });
  });

  it('draws again only for a new series, domain, frame, gaps or markers, and warns of unknown markers', () => {
    const warn = vi.fn();
    const state = new SparkViewState(warn);
    state.choose(['a'], quick('1,2,3'));
    const model = state.model!;
    const domain = { x: [2000, 2002] as [number, number], y: [1, 3] as [number, number] };
    const first = state.drawn(model, domain, INLINE, false, 'last');
    expect(state.drawn(model, { x: [2000, 2002], y: [1, 3] }, INLINE, false, 'last')).toBe(first);
    const wider = state.drawn(model, { x: [2000, 2002], y: [0, 3] }, INLINE, false, 'last');
    expect(wider).not.toBe(first);
    expect(warn).not.toHaveBeenCalled();
    state.drawn(model, domain, INLINE, false, 'last sideways');
    expect(warn).toHaveBeenCalledWith(
      'bad-markers',
      expect.stringContaining('sideways'),
      expect.any(String),
    );
  });

  it('words the sentence once per series and language', () => {
    const state = new SparkViewState(() => {});
    state.choose(['a'], quick('1,2,3'));
    const words = { ...MESSAGES.get('en'), sentence: vi.fn(() => 'said') };
    expect(state.worded(state.model!, words, 'en')).toBe('said');
    expect(state.worded(state.model!, words, 'en')).toBe('said');
    expect(words.sentence).toHaveBeenCalledTimes(1);
  });

  it('reports a new problem once, missing data never, and kz-load once per dataset', () => {
    const warn = vi.fn();
    const target = new EventTarget();
    const events: string[] = [];
    for (const type of ['kz-error', 'kz-load'])
      target.addEventListener(type, () => events.push(type));
    const state = new SparkViewState(warn);
    state.choose(['a'], quick('1,x'));
    state.report(target, null, null);
    state.report(target, null, null);
    expect(events).toEqual(['kz-error']);
    expect(warn).toHaveBeenCalledTimes(1);
    state.choose(['b'], quick(',,'));
    expect(state.problem?.code).toBe('bad-values');
    state.report(target, null, null);
    expect(events).toEqual(['kz-error', 'kz-error']);
    state.choose(['c'], quick('1,2,3'));
    const dataset = {} as Dataset;
    state.report(target, dataset, 'fixture');
    state.report(target, dataset, 'fixture');
    expect(events).toEqual(['kz-error', 'kz-error', 'kz-load']);
  });
});
