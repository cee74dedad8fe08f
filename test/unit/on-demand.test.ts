import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../src/internal/on-demand.js';
import { warningText, warnOnce } from '../../src/internal/warnings.js';
import { sameItems } from '../../src/internal/same.js';
import { loadFailure } from '../../src/internal/load-problem.js';

const host = () => ({ requestUpdate: vi.fn() });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('onDemand()', () => {
  it('fetches once however it is asked, and load() resolves with the module', async () => {
    const module = { answer: 42 };
    const fetchModule = vi.fn(async () => module);
    const code = onDemand('kz-test', 'answer', fetchModule);
    expect(code.get()).toBeUndefined();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(module);
    expect(b).toBe(module);
    expect(code.get()).toBe(module);
    expect(fetchModule).toHaveBeenCalledTimes(1);
  });

  it('redraws each waiting element once when the module arrives, and none after', async () => {
    let deliver: (m: object) => void = () => {};
    const code = onDemand('kz-test', 'part', () => new Promise<object>((r) => (deliver = r)));
    const a = host();
    const b = host();
    code.get(a);
    code.get(a);
    code.get(b);
    expect(a.requestUpdate).not.toHaveBeenCalled();
    deliver({});
    await code.load();
    expect(a.requestUpdate).toHaveBeenCalledTimes(1);
    expect(b.requestUpdate).toHaveBeenCalledTimes(1);
    code.get(a);
    await tick();
    expect(a.requestUpdate).toHaveBeenCalledTimes(1);
  });

  it('a module that cannot be fetched: load() gives undefined, one kz-part warning, one redraw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchModule = vi.fn(() => Promise.reject(new Error('404 parts/x.js')));
    const code = onDemand('kz-test', 'export code', fetchModule, 'so nothing is downloaded');
    const el = host();
    expect(code.get(el)).toBeUndefined();
    await expect(code.load()).resolves.toBeUndefined();
    await expect(code.load()).resolves.toBeUndefined();
    expect(code.failed).toBe(true);
    expect(el.requestUpdate).toHaveBeenCalledTimes(1);
    expect(code.get(el)).toBeUndefined();
    await tick();
    expect(el.requestUpdate).toHaveBeenCalledTimes(1);
    expect(fetchModule).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe(
      '<kz-test> [kz-part] the export code could not be loaded (Error: 404 parts/x.js), ' +
        'so nothing is downloaded. Fix: serve the whole folder of the library, not its main file alone.',
    );
  });
});

describe('warnings', () => {
  it('have one format, for one or several tags', () => {
    expect(warningText('kz-map', 'json', 'not valid JSON', 'fix the file')).toBe(
      '<kz-map> [kz-json] not valid JSON. Fix: fix the file.',
    );
    expect(warningText(['kz-a', 'kz-b'], 'already-defined', 'taken', 'load once')).toBe(
      '<kz-a>, <kz-b> [kz-already-defined] taken. Fix: load once.',
    );
  });

  it('are given once per distinct text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('kz-once', 'scheme', 'unknown scheme "x"', 'use blues');
    warnOnce('kz-once', 'scheme', 'unknown scheme "x"', 'use blues');
    warnOnce('kz-once', 'scheme', 'unknown scheme "y"', 'use blues');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('sameItems()', () => {
  it('compares items by identity and in order', () => {
    const o = {};
    expect(sameItems([1, o, 'a'], [1, o, 'a'])).toBe(true);
    expect(sameItems([1, {}], [1, {}])).toBe(false);
    expect(sameItems([1, 2], [2, 1])).toBe(false);
    expect(sameItems([1], [1, 2])).toBe(false);
    expect(sameItems([], null)).toBe(false);
  });
});

describe('loadFailure()', () => {
  it('gives each kind of failed load its fix, and the element its own for missing data', () => {
    const network = loadFailure({ kind: 'network', message: 'could not reach x', url: 'x' }, 'm');
    expect(network).toMatchObject({ code: 'network', url: 'x' });
    expect(network.fix).toContain('CORS');
    expect(loadFailure({ kind: 'missing', message: 'no data' }, 'set src').fix).toBe('set src');
    expect(loadFailure({ kind: 'odd', message: '?' }, 'm').code).toBe('format');
  });
});
