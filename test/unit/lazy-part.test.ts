import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveElement } from 'lit';
import { lazyPart } from '../../src/internal/lazy-part.js';

// A stand-in for an element: only requestUpdate is used.
const host = () =>
  ({ requestUpdate: vi.fn() }) as unknown as ReactiveElement & {
    requestUpdate: ReturnType<typeof vi.fn>;
  };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('lazyPart()', () => {
  it('fetches once, redraws the hosts that asked, then answers at once', async () => {
    const module = { answer: 42 };
    const fetchPart = vi.fn(async () => module);
    const part = lazyPart('kz-test', 'answer', fetchPart);
    const a = host();
    const b = host();
    expect(part.get(a)).toBeUndefined();
    expect(part.get(b)).toBeUndefined();
    await tick();
    expect(a.requestUpdate).toHaveBeenCalled();
    expect(b.requestUpdate).toHaveBeenCalled();
    expect(part.get(a)).toBe(module);
    expect(part.failed).toBe(false);
    expect(fetchPart).toHaveBeenCalledTimes(1);
  });

  it('a part that cannot be fetched: one warning, one redraw, and no retry loop', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchPart = vi.fn(() => Promise.reject(new Error('404')));
    const part = lazyPart('kz-test', 'table', fetchPart);
    const el = host();
    expect(part.get(el)).toBeUndefined();
    await tick();
    expect(part.failed).toBe(true);
    expect(el.requestUpdate).toHaveBeenCalledTimes(1);
    // The redraw asks again: no new fetch, no new redraw.
    expect(part.get(el)).toBeUndefined();
    await tick();
    expect(el.requestUpdate).toHaveBeenCalledTimes(1);
    expect(fetchPart).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^<kz-test> \[kz-part\] the table could not be loaded/);
  });
});
