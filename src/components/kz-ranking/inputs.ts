// What a ranking shows is decided by the same inputs as a map's: its own attributes, or, with
// `for`, those of the map it follows. Pure.
import type { MapInputs } from '../../controllers/follow.js';
import type { ScaleOptions } from '../kz-choropleth/scale-for.js';

export interface ViewInputs {
  indicator: string;
  period: string;
  layout: string;
  level: string;
}

export interface RankingInputs {
  view: ViewInputs;
  scale: ScaleOptions;
  selected: string;
}

/** The inputs a map (or a ranking, which has the same attributes) states. */
export function inputsOf(from: MapInputs): RankingInputs {
  return {
    view: {
      indicator: from.indicator ?? '',
      period: from.period ?? '',
      layout: from.layout ?? '',
      level: from.level ?? '',
    },
    scale: {
      method: from.method ?? 'quantile',
      classes: from.classes ?? 5,
      thresholds: from.thresholds ?? null,
      scheme: from.scheme ?? '',
      better: from.better ?? '',
      diverging: !!from.diverging,
      midpoint: from.midpoint ?? null,
      periodScale: !!from.periodScale,
    },
    selected: from.selected ?? '',
  };
}

/** A non-negative whole number from an attribute (`top="5"`), or 0. */
export function count(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n > 0 ? n : 0;
}
