import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveElement } from 'lit';
import { translations, type Language } from '../../src/internal/translations.js';

// Hand-made word lists for the loader's behaviour; the real texts are tested with each component.
const en = { hello: 'Hello' };
const kk = { hello: 'Сәлем' };

/** Kazakh and Russian from one function, as modules with a default export. */
function both<M>(
  fetchLanguage: (lang: 'kk' | 'ru') => Promise<M>,
  first: { kk?: Partial<M>; ru?: Partial<M> } = {},
): Record<'kk' | 'ru', Language<M>> {
  const language = (lang: 'kk' | 'ru'): Language<M> => ({
    load: () => fetchLanguage(lang).then((words) => ({ default: words })),
    first: first[lang],
  });
  return { kk: language('kk'), ru: language('ru') };
}

afterEach(() => vi.restoreAllMocks());

describe('translations()', () => {
  it('gives English until a language has arrived, and fetches each language once', async () => {
    const fetchLanguage = vi.fn(async (lang: 'kk' | 'ru') => (lang === 'kk' ? kk : en));
    const words = translations('kz-test', en, both(fetchLanguage));
    expect(words.has('en')).toBe(true);
    expect(fetchLanguage).not.toHaveBeenCalled();
    expect(words.get('kk')).toEqual(en);
    expect(words.has('kk')).toBe(false); // starts the fetch
    expect(words.has('kk')).toBe(false);
    await expect(words.load('kk')).resolves.toBe(kk);
    expect(words.has('kk')).toBe(true);
    expect(words.get('kk')).toBe(kk);
    expect(fetchLanguage).toHaveBeenCalledTimes(1);
    expect(fetchLanguage).toHaveBeenCalledWith('kk');
  });

  it('redraws each element that asked before its language arrived, once', async () => {
    let deliver: (words: typeof kk) => void = () => {};
    const words = translations(
      'kz-test',
      en,
      both(() => new Promise((resolve) => (deliver = resolve))),
    );
    const host = { requestUpdate: vi.fn() } as unknown as ReactiveElement;
    expect(words.has('kk', host)).toBe(false);
    expect(words.has('kk', host)).toBe(false);
    deliver(kk);
    await words.load('kk');
    expect(host.requestUpdate).toHaveBeenCalledTimes(1);
    expect(words.has('kk', host)).toBe(true);
  });

  it('gives the first words of a language (the loading text) before the rest arrives', async () => {
    const en2 = { loading: 'Loading…', retry: 'Try again' };
    const ru2 = { loading: 'Загрузка…', retry: 'Повторить' };
    const words = translations(
      'kz-test',
      en2,
      both(async () => ru2, { ru: { loading: 'Загрузка…' } }),
    );
    expect(words.get('ru')).toEqual({ loading: 'Загрузка…', retry: 'Try again' });
    expect(words.get('kk')).toEqual(en2);
    await words.load('ru');
    expect(words.get('ru')).toBe(ru2);
  });

  it('falls back to English, with one warning, when a language cannot be fetched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const words = translations(
      'kz-test',
      en,
      both(() => Promise.reject(new Error('404 parts/ru.js'))),
    );
    await expect(words.load('ru')).resolves.toBe(en);
    await expect(words.load('ru')).resolves.toBe(en);
    expect(words.has('ru')).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^<kz-test> \[kz-part\] the ru interface text/);
    expect(warn.mock.calls[0][0]).toContain('Fix: serve the whole folder');
  });
});
