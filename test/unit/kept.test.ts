import { describe, expect, it, vi } from 'vitest';
import { kept } from '../../src/internal/same.js';

describe('kept(owner, name, key, make)', () => {
  it('makes again only when an input changed', () => {
    const owner = {};
    const make = vi.fn(() => ({}));
    const first = kept(owner, 'view', [1, 'en'], make);
    expect(kept(owner, 'view', [1, 'en'], make)).toBe(first);
    expect(kept(owner, 'view', [2, 'en'], make)).not.toBe(first);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it("never overwrites a field of the owner that has the slot's name", () => {
    const owner = { scale: 'the owner’s own' };
    expect(kept(owner, 'scale', [1], () => 'kept')).toBe('kept');
    expect(owner.scale).toBe('the owner’s own');
    expect(kept(owner, 'scale', [1], () => 'made again')).toBe('kept');
  });
});
