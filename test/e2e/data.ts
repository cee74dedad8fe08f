// The real datasets, read through the test server (the same bytes the pages load), and the
// library's own formatting, so that expected texts are computed, never typed.
import type { APIRequestContext } from '@playwright/test';
import { parseIndicators } from '../../src/data/parse.js';
import { formatNumber } from '../../src/i18n/format.js';
import type { Dataset, Indicator, Lang } from '../../src/data/types.js';

export const DATA = '/stories/data';

const cache = new Map<string, Promise<Dataset>>();

/** A dataset of stories/data, parsed by the library's parser. */
export function dataset(request: APIRequestContext, file: string): Promise<Dataset> {
  let pending = cache.get(file);
  if (!pending) {
    pending = (async () => {
      const response = await request.get(`${DATA}/${file}`);
      if (!response.ok()) throw new Error(`${file}: HTTP ${response.status()}`);
      return parseIndicators(await response.json());
    })();
    cache.set(file, pending);
  }
  return pending;
}

export async function indicator(
  request: APIRequestContext,
  file: string,
  id: string,
): Promise<Indicator> {
  const found = (await dataset(request, file)).indicators.find((d) => d.id === id);
  if (!found) throw new Error(`${file}: no indicator ${id}`);
  return found;
}

/**
 * The value of an area (region code) or a reference series (`national`, `world`, a target id) in a
 * period; a target's constant value when no period is given. Throws when the data has none.
 */
export function valueOf(ind: Indicator, area: string, period?: string): number {
  const reference = ind.references.find((r) => r.id === area);
  const value = reference
    ? period
      ? reference.values[period]?.value
      : reference.value
    : ind.values[area]?.[period ?? '']?.value;
  if (value == null) throw new Error(`${ind.id}: no value for ${area} in ${period}`);
  return value;
}

/** Area ids with a value in a period, sorted by value (ascending). */
export function ranked(ind: Indicator, period: string): { id: string; value: number }[] {
  return Object.entries(ind.values)
    .map(([id, byPeriod]) => ({ id, value: byPeriod[period]?.value ?? null }))
    .filter((d): d is { id: string; value: number } => d.value !== null)
    .sort((a, b) => a.value - b.value);
}

/** A value as the widgets write it, with the indicator's decimals. */
export function formatted(ind: Indicator, value: number, lang: Lang = 'en'): string {
  return formatNumber(value, lang, ind.decimals);
}

/** Number of areas of each boundary layout. */
export const LAYOUT_COUNT = { '2022': 20, '2018': 17, pre2018: 16, districts: 224 } as const;
