// Byte caps on fetched documents and maps: counted while the body streams in, so that an endless
// or huge answer is cancelled at the cap instead of being read whole.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, readCapped, TooLargeError } from '../../src/data/read-capped.js';
import { DEFAULT_MAX_BYTES, maxBytes, MAX_BYTES_META } from '../../src/config.js';
import { loadTopology, MapLoadError } from '../../src/geo/load-map.js';

/** A response whose body never ends: 64 kB chunks for as long as they are read (hand-made). */
function endless(headers: Record<string, string> = {}): {
  response: Response;
  pulled: () => number;
} {
  let pulls = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (cancelled) return;
      pulls += 1;
      controller.enqueue(new Uint8Array(65_536).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), pulled: () => pulls };
}

describe('readCapped(response, limit, url)', () => {
  it('reads a body within the cap as UTF-8 text', async () => {
    const text = '{"name": "Алматы қ."}';
    await expect(readCapped(new Response(text), 1000, 'https://x/d.json')).resolves.toBe(text);
  });

  it('stops an endless body at the cap and cancels the download', async () => {
    const { response, pulled } = endless();
    const error = await readCapped(response, 1_000_000, 'https://x/huge.json').catch((e) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toBe(
      'https://x/huge.json is larger than 1 MB, the most this page accepts',
    );
    // 1 MB is 16 chunks of 64 kB: the 17th goes over; a few more may be queued, not thousands.
    expect(pulled()).toBeLessThan(20);
  });

  it('refuses at once a body announced larger than the cap', async () => {
    const { response, pulled } = endless({ 'content-length': '50000000' });
    await expect(readCapped(response, 1000, 'https://x/d.json')).rejects.toBeInstanceOf(
      TooLargeError,
    );
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('counts bytes, not characters', async () => {
    // 600 Cyrillic letters are 1,200 bytes in UTF-8.
    await expect(readCapped(new Response('ж'.repeat(600)), 1000, 'u')).rejects.toBeInstanceOf(
      TooLargeError,
    );
  });
});

describe('formatBytes(bytes)', () => {
  it('writes sizes in words', () => {
    expect([formatBytes(20_000_000), formatBytes(512_000), formatBytes(900)]).toEqual([
      '20 MB',
      '512 kB',
      '900 bytes',
    ]);
  });
});

describe('maxBytes(kind, document)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const withMeta = (name: string, content: string) =>
    ({
      querySelector: (selector: string) =>
        selector === `meta[name="${name}"]` ? { getAttribute: () => content } : null,
    }) as unknown as Document;

  it('is the default when the page sets nothing', () => {
    expect(maxBytes('document', undefined)).toBe(DEFAULT_MAX_BYTES.document);
    expect(maxBytes('map', undefined)).toBe(DEFAULT_MAX_BYTES.map);
  });

  it('reads window.kzIndicators, then the meta element; nonsense counts as unset', () => {
    vi.stubGlobal('kzIndicators', { maxDocumentBytes: 1234, maxMapBytes: -5 });
    expect(maxBytes('document', withMeta(MAX_BYTES_META.document, '99'))).toBe(1234);
    expect(maxBytes('map', withMeta(MAX_BYTES_META.map, '4096'))).toBe(4096);
    expect(maxBytes('map', withMeta(MAX_BYTES_META.map, 'lots'))).toBe(DEFAULT_MAX_BYTES.map);
  });
});

describe('loadTopology(layout, options) with a byte cap', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('rejects a map file larger than window.kzIndicators.maxMapBytes with kind too-large', async () => {
    vi.stubGlobal('kzIndicators', { maxMapBytes: 100_000 });
    const { response } = endless();
    const error = await loadTopology('2022', {
      base: 'https://capped.example/',
      fetch: () => Promise.resolve(response),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MapLoadError);
    expect((error as MapLoadError).kind).toBe('too-large');
    expect((error as MapLoadError).message).toContain('larger than 100 kB');
  });
});
