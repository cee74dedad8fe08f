import { afterEach, describe, expect, it, vi } from 'vitest';
import { configuredMapBase, MAP_BASE_META } from '../../src/config.js';

// A stand-in for `document` with a base URL and an optional <meta> (hand-made fixture).
function fakeDocument(meta?: string): Document {
  return {
    baseURI: 'https://news.example.org/articles/2024/story.html',
    querySelector: (selector: string) =>
      meta !== undefined && selector === `meta[name="${MAP_BASE_META}"]`
        ? { getAttribute: () => meta }
        : null,
  } as unknown as Document;
}

describe('configuredMapBase(document)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is null when the page sets nothing', () => {
    expect(configuredMapBase(fakeDocument())).toBeNull();
    expect(configuredMapBase(undefined)).toBeNull();
  });

  it('reads window.kzIndicators.mapBase, resolved against the page, with a final slash', () => {
    vi.stubGlobal('kzIndicators', { mapBase: '/static/maps' });
    expect(configuredMapBase(fakeDocument())).toBe('https://news.example.org/static/maps/');
  });

  it('reads the meta element when there is no global setting', () => {
    expect(configuredMapBase(fakeDocument('../../kz/maps/'))).toBe(
      'https://news.example.org/kz/maps/',
    );
  });

  it('prefers the global setting over the meta element', () => {
    vi.stubGlobal('kzIndicators', { mapBase: 'https://cdn.example.net/kz/maps/' });
    expect(configuredMapBase(fakeDocument('/ignored/'))).toBe('https://cdn.example.net/kz/maps/');
  });

  it('is read at use time, so a setting made after loading applies', () => {
    const doc = fakeDocument();
    expect(configuredMapBase(doc)).toBeNull();
    vi.stubGlobal('kzIndicators', { mapBase: 'maps/' });
    expect(configuredMapBase(doc)).toBe('https://news.example.org/articles/2024/maps/');
  });

  it('ignores blank values and non-http(s) schemes', () => {
    vi.stubGlobal('kzIndicators', { mapBase: '  ' });
    expect(configuredMapBase(fakeDocument())).toBeNull();
    vi.stubGlobal('kzIndicators', { mapBase: 'javascript:alert(1)' });
    expect(configuredMapBase(fakeDocument())).toBeNull();
    vi.stubGlobal('kzIndicators', {});
    expect(configuredMapBase(fakeDocument('data:text/plain,x'))).toBeNull();
  });
});
