import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineElement, VERSION } from '../../src/register.js';

// A minimal stand-in for the browser's CustomElementRegistry (hand-made fixture): it throws on a
// second definition of a tag, as browsers do.
class FakeRegistry {
  private readonly tags = new Map<string, CustomElementConstructor>();
  get(tag: string) {
    return this.tags.get(tag);
  }
  define(tag: string, ctor: CustomElementConstructor) {
    if (this.tags.has(tag)) throw new Error(`"${tag}" has already been used with this registry`);
    if ([...this.tags.values()].includes(ctor)) {
      throw new Error('this constructor has already been used with this registry');
    }
    this.tags.set(tag, ctor);
  }
}

const element = () => class extends Object {} as unknown as CustomElementConstructor;

describe('defineElement(tag, ctor, version)', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.stubGlobal('customElements', new FakeRegistry());
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  it('VERSION equals the version in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('defines a free tag and returns true', () => {
    const ctor = element();
    expect(defineElement('kz-a', ctor, '1.0.0')).toBe(true);
    expect(customElements.get('kz-a')).toBe(ctor);
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores the same class registered again, without a warning', async () => {
    const ctor = element();
    defineElement('kz-b', ctor, '1.0.0');
    expect(defineElement('kz-b', ctor, '1.0.0')).toBe(false);
    await Promise.resolve();
    expect(warn).not.toHaveBeenCalled();
  });

  it('skips another copy with one warning naming both versions and listing every tag', async () => {
    defineElement('kz-c', element(), '0.9.0');
    defineElement('kz-d', element(), '0.9.0');
    expect(() => defineElement('kz-c', element(), '1.2.0')).not.toThrow();
    expect(defineElement('kz-d', element(), '1.2.0')).toBe(false);
    await Promise.resolve();
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toMatch(/^<kz-c>, <kz-d> \[kz-already-defined\]/);
    expect(message).toContain('kz-indicators 0.9.0');
    expect(message).toContain('this copy (kz-indicators 1.2.0');
    expect(message).toContain('Fix: load kz-indicators once per page');
  });

  it('names an unknown first definer when another script took the tag', async () => {
    customElements.define('kz-e', element());
    expect(defineElement('kz-e', element(), '1.0.0')).toBe(false);
    await Promise.resolve();
    expect(String(warn.mock.calls[0][0])).toContain('another script (version unknown)');
  });

  it('warns instead of throwing when a class is reused under a second tag', () => {
    const ctor = element();
    defineElement('kz-f', ctor, '1.0.0');
    expect(defineElement('kz-g', ctor, '1.0.0')).toBe(false);
    expect(String(warn.mock.calls[0][0])).toMatch(/^<kz-g> \[kz-define-failed\]/);
  });

  it('does nothing outside a browser', () => {
    vi.stubGlobal('customElements', undefined);
    expect(defineElement('kz-h', element(), '1.0.0')).toBe(false);
  });
});
