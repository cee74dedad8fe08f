// Colour-blind-safe colour schemes as small literal arrays.
//
// ColorBrewer schemes (Cynthia A. Brewer, Pennsylvania State University; Apache-2.0) are stored as
// the published k-class sets, k = 3..9 (sequential) or 3..11 (diverging), each a run of 6-digit
// hex codes, as d3-scale-chromatic stores them. viridis and cividis (matplotlib, CC0) are sampled
// at 11 even steps. Only schemes rated colour-blind safe are included.
//
// Orientation: sequential schemes run light (low values) to dark (high values); diverging schemes
// run from the warm end (low values) to the cool end (high values). Direction by `better` is
// decided by the caller (see `colorScale`).

export type SequentialScheme =
  'blues' | 'greens' | 'oranges' | 'purples' | 'orrd' | 'ylorrd' | 'ylgnbu' | 'viridis' | 'cividis';
export type DivergingScheme = 'rdbu' | 'puor' | 'brbg';
export type SchemeName = SequentialScheme | DivergingScheme;

type Sets = readonly string[];

const SEQUENTIAL_SETS: Record<Exclude<SequentialScheme, 'viridis' | 'cividis'>, Sets> = {
  blues: [
    'deebf79ecae13182bd',
    'eff3ffbdd7e76baed62171b5',
    'eff3ffbdd7e76baed63182bd08519c',
    'eff3ffc6dbef9ecae16baed63182bd08519c',
    'eff3ffc6dbef9ecae16baed64292c62171b5084594',
    'f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594',
    'f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b',
  ],
  greens: [
    'e5f5e0a1d99b31a354',
    'edf8e9bae4b374c476238b45',
    'edf8e9bae4b374c47631a354006d2c',
    'edf8e9c7e9c0a1d99b74c47631a354006d2c',
    'edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32',
    'f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32',
    'f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b',
  ],
  oranges: [
    'fee6cefdae6be6550d',
    'feeddefdbe85fd8d3cd94701',
    'feeddefdbe85fd8d3ce6550da63603',
    'feeddefdd0a2fdae6bfd8d3ce6550da63603',
    'feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04',
    'fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04',
    'fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704',
  ],
  purples: [
    'efedf5bcbddc756bb1',
    'f2f0f7cbc9e29e9ac86a51a3',
    'f2f0f7cbc9e29e9ac8756bb154278f',
    'f2f0f7dadaebbcbddc9e9ac8756bb154278f',
    'f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486',
    'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486',
    'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d',
  ],
  orrd: [
    'fee8c8fdbb84e34a33',
    'fef0d9fdcc8afc8d59d7301f',
    'fef0d9fdcc8afc8d59e34a33b30000',
    'fef0d9fdd49efdbb84fc8d59e34a33b30000',
    'fef0d9fdd49efdbb84fc8d59ef6548d7301f990000',
    'fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000',
    'fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000',
  ],
  ylorrd: [
    'ffeda0feb24cf03b20',
    'ffffb2fecc5cfd8d3ce31a1c',
    'ffffb2fecc5cfd8d3cf03b20bd0026',
    'ffffb2fed976feb24cfd8d3cf03b20bd0026',
    'ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026',
    'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026',
    'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026',
  ],
  ylgnbu: [
    'edf8b17fcdbb2c7fb8',
    'ffffcca1dab441b6c4225ea8',
    'ffffcca1dab441b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58',
  ],
};

const DIVERGING_SETS: Record<DivergingScheme, Sets> = {
  rdbu: [
    'ef8a62f7f7f767a9cf',
    'ca0020f4a58292c5de0571b0',
    'ca0020f4a582f7f7f792c5de0571b0',
    'b2182bef8a62fddbc7d1e5f067a9cf2166ac',
    'b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac',
    'b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac',
    'b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac',
    '67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061',
    '67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061',
  ],
  puor: [
    'f1a340f7f7f7998ec3',
    'e66101fdb863b2abd25e3c99',
    'e66101fdb863f7f7f7b2abd25e3c99',
    'b35806f1a340fee0b6d8daeb998ec3542788',
    'b35806f1a340fee0b6f7f7f7d8daeb998ec3542788',
    'b35806e08214fdb863fee0b6d8daebb2abd28073ac542788',
    'b35806e08214fdb863fee0b6f7f7f7d8daebb2abd28073ac542788',
    '7f3b08b35806e08214fdb863fee0b6d8daebb2abd28073ac5427882d004b',
    '7f3b08b35806e08214fdb863fee0b6f7f7f7d8daebb2abd28073ac5427882d004b',
  ],
  brbg: [
    'd8b365f5f5f55ab4ac',
    'a6611adfc27d80cdc1018571',
    'a6611adfc27df5f5f580cdc1018571',
    '8c510ad8b365f6e8c3c7eae55ab4ac01665e',
    '8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e',
    '8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e',
    '8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e',
    '5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30',
    '5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30',
  ],
};

// Light to dark, t = 1, 0.9, ..., 0 of the original (dark to light) ramps.
const RAMPS: Record<'viridis' | 'cividis', string> = {
  viridis: 'fde725bddf267ad15144bf7022a88421918c2a788e355f8d414487482475440154',
  cividis: 'fdea45ead156caba6aada476948f787f7c756969704d566d2b446e0a326a002051',
};

function split(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < run.length; i += 6) out.push(`#${run.slice(i, i + 6)}`);
  return out;
}

/** Every scheme name, sequential first. */
export const SCHEMES: readonly SchemeName[] = [
  ...(Object.keys(SEQUENTIAL_SETS) as SequentialScheme[]),
  'viridis',
  'cividis',
  ...(Object.keys(DIVERGING_SETS) as DivergingScheme[]),
];

/** `sequential` or `diverging`; throws for an unknown name. */
export function schemeKind(name: string): 'sequential' | 'diverging' {
  if (name in DIVERGING_SETS) return 'diverging';
  if (name in SEQUENTIAL_SETS || name in RAMPS) return 'sequential';
  throw new Error(`invalid scheme: ${JSON.stringify(name)}`);
}

/** The largest number of classes a scheme offers: 9 (sequential) or 11 (diverging). */
export function schemeMaxClasses(name: string): number {
  return schemeKind(name) === 'diverging' ? 11 : 9;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: number[]): string {
  return `#${((1 << 24) | (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b)).toString(16).slice(1)}`;
}

/** A piecewise-linear RGB interpolator through `colors` (t in [0, 1], clamped). */
export function interpolateColors(colors: readonly string[]): (t: number) => string {
  const stops = colors.map(hexToRgb);
  const n = stops.length - 1;
  return (t) => {
    const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0)) * n;
    const i = Math.min(n - 1, Math.floor(x));
    const f = x - i;
    const a = stops[i];
    const b = stops[i + 1] ?? a;
    return rgbToHex([0, 1, 2].map((c) => a[c] + (b[c] - a[c]) * f));
  };
}

/**
 * `k` colours of a scheme in its natural order (light to dark; warm to cool). ColorBrewer sets
 * are returned as published; for k = 2 the ends of the 3-class set. viridis and cividis are
 * sampled evenly. Throws for an unknown scheme or k outside 2..max.
 */
export function schemeColors(name: string, k: number): string[] {
  const kind = schemeKind(name);
  const max = kind === 'diverging' ? 11 : 9;
  if (!Number.isInteger(k) || k < 2 || k > max) {
    throw new Error(`invalid number of classes for ${name}: ${k} (2 to ${max})`);
  }
  if (name === 'viridis' || name === 'cividis') {
    const ramp = interpolateColors(split(RAMPS[name]));
    return Array.from({ length: k }, (_, i) => ramp(i / (k - 1)));
  }
  const sets =
    kind === 'diverging'
      ? DIVERGING_SETS[name as DivergingScheme]
      : SEQUENTIAL_SETS[name as keyof typeof SEQUENTIAL_SETS];
  if (k === 2) {
    const three = split(sets[0]);
    return [three[0], three[2]];
  }
  return split(sets[k - 3]);
}

/** A continuous interpolator for a scheme, through its largest set (t = 0 light or warm end). */
export function schemeInterpolator(name: string): (t: number) => string {
  return interpolateColors(schemeColors(name, schemeMaxClasses(name)));
}
