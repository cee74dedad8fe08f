// Shared helpers for the <kz-choropleth> browser tests: mounting, waiting for the drawing, and
// reading what a reader sees (areas, fills, legend) out of the shadow root.
import '../../src/components/kz-choropleth/define.js';
import { userEvent } from 'vitest/browser';
import type { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';

export type Attributes = Record<string, string | boolean>;

let mounted: HTMLElement[] = [];

/** Mounts an element in a container of a given width. */
export function mount(
  attributes: Attributes = {},
  options: { width?: number; data?: unknown; inline?: string; parent?: HTMLElement } = {},
): KzChoropleth {
  const box = document.createElement('div');
  box.style.width = `${options.width ?? 800}px`;
  (options.parent ?? document.body).append(box);
  mounted.push(box);
  const el = document.createElement('kz-choropleth');
  el.setAttribute('map-base', '/maps/');
  for (const [k, v] of Object.entries(attributes)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.data !== undefined) el.data = options.data;
  box.append(el);
  return el;
}

export function unmountAll(): void {
  for (const box of mounted) box.remove();
  mounted = [];
}

/**
 * Puts the real mouse pointer on a small corner element of its own and returns what takes it
 * away. Chrome hovers again whatever a layout change moves under a still pointer, so a test that
 * sends its own pointer events would otherwise also get the real pointer's, left wherever an
 * earlier test file put it. To move the pointer off an element again, hover `.pointer-park`.
 */
export async function parkPointer(): Promise<() => void> {
  const park = document.createElement('div');
  park.className = 'pointer-park';
  park.style.cssText = 'position:fixed;right:0;bottom:0;width:6px;height:6px;z-index:2147483647';
  document.body.append(park);
  await userEvent.hover(park);
  return () => park.remove();
}

/** Waits until a condition holds, re-checking after each update and animation frame. */
export async function until(condition: () => boolean, what: string, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (condition()) return;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Waits until the map is drawn (areas present), with its table in the table view (fetched on
 * first use), or a problem is shown.
 */
export async function drawn(el: KzChoropleth): Promise<void> {
  await until(() => {
    const root = el.shadowRoot;
    if (root?.querySelector('.placeholder.error')) return true;
    const table = el.getAttribute('view') === 'table';
    return !!root?.querySelector(table ? 'table tbody tr' : 'svg.map .areas path');
  }, 'the map');
  await el.updateComplete;
}

export const root = (el: KzChoropleth): ShadowRoot => el.shadowRoot!;

/** Area shapes (one per area, city shapes included). */
export const areaPaths = (el: KzChoropleth): SVGPathElement[] => [
  ...root(el).querySelectorAll<SVGPathElement>('svg.map .areas path'),
];

/** The focusable element of each area: the shape, or the city symbol. */
export const areaTargets = (el: KzChoropleth): SVGElement[] => [
  ...root(el).querySelectorAll<SVGElement>('svg.map [data-id][role="button"]'),
];

export const fillOf = (el: KzChoropleth, id: string): string =>
  root(el).querySelector(`svg.map .areas path[data-id="${id}"]`)!.getAttribute('fill')!;

export interface LegendRead {
  colors: string[];
  counts: number[];
  noData: number | null;
  notApplicable: number | null;
  ticks: string[];
}

/** What the legend shows: swatch colours, class counts, missing swatches, break labels. */
export function readLegend(el: KzChoropleth): LegendRead {
  const svg = root(el).querySelector('svg.legend-svg')!;
  const swatches = [...svg.querySelectorAll('rect.swatch:not(.missing-swatch)')];
  const missingCount = (kind: string) => {
    const rect = svg.querySelector(`rect.missing-swatch[fill="url(#${kind})"]`);
    if (!rect) return null;
    const label = rect.nextElementSibling?.textContent ?? '';
    return Number(/\((\d+)\)/.exec(label)?.[1]);
  };
  return {
    colors: swatches.map((r) => r.getAttribute('fill')!),
    counts: [...svg.querySelectorAll('text.count')].map((t) => Number(t.textContent)),
    noData: missingCount('kz-no-data'),
    notApplicable: missingCount('kz-not-applicable'),
    ticks: [...svg.querySelectorAll('text.tick-label')].map((t) => t.textContent ?? ''),
  };
}
