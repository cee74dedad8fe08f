import type { LayoutId } from '../data/types.js';

/** What a boundary layout is drawn from: its map file and the ids of its units. */
export interface MapLayout {
  id: LayoutId;
  /** Basename of the map in `maps/` (`regions-2022` for `regions-2022.json` and `.js`). */
  file: string;
  level: 'region' | 'district';
  /** Number of units. */
  count: number;
  /** Unit ids, sorted. */
  ids: readonly string[];
  /** First and last day the layout was in force (ISO dates); open ends are omitted. */
  validFrom?: string;
  validTo?: string;
}

const ids2022 = '10 11 15 19 23 27 31 33 35 39 43 47 55 59 61 62 63 71 75 79';
const ids2018 = '11 15 19 23 27 31 35 39 43 47 55 59 61 63 71 75 79';
const idsPre2018 = '11 15 19 23 27 31 35 39 43 47 51 55 59 63 71 75';
// The 224 districts of geokz 2024 as KATO prefixes: the id is `KZ` + six digits.
const idsDistricts =
  '101000 101010 101800 103200 103400 103600 103800 104000 104200 104400 104500 104600 111000 ' +
  '111600 111800 113200 113400 113600 113800 114000 114400 114500 114600 114800 115200 115400 ' +
  '115600 116000 116400 116600 116800 117000 151000 153200 153400 153600 154000 154200 154600 ' +
  '154800 155200 155600 156000 156400 156800 191000 191800 193600 194000 194200 194400 195200 ' +
  '195800 196200 196600 196800 231000 233600 234000 234200 234600 234800 235200 235600 271000 ' +
  '273200 273600 274000 274200 274400 274800 275000 275400 275800 276000 276200 276600 311000 ' +
  '313600 314000 314200 314800 315000 315400 315600 316000 316200 316600 331000 331800 333200 ' +
  '333400 333600 334000 334200 334400 334600 334800 351000 351600 352100 352200 352400 352800 ' +
  '353200 353600 354000 354800 355200 355600 356400 391000 391600 392000 392400 393200 393400 ' +
  '393600 394000 394200 394400 394800 395000 395200 395400 395600 395800 396200 396400 396600 ' +
  '396800 431000 431900 433200 433600 434000 434400 434600 434800 435200 471000 471800 473600 ' +
  '474200 474600 475000 475200 551000 551600 552200 553200 553600 554200 554600 554800 555200 ' +
  '555600 556000 556400 556800 591000 593200 593400 593600 594200 594600 595000 595200 595600 ' +
  '595800 596000 596200 596400 596600 611000 611600 612000 613600 613800 613900 614000 614400 ' +
  '614600 614800 615200 615400 615600 615800 616000 616400 621000 621800 622010 623600 623800 ' +
  '631000 632400 634000 634600 634800 635200 635400 635600 635800 636200 636800 711110 711210 ' +
  '711310 711410 711510 751110 751210 751310 751410 751510 751710 751810 751910 791110 791310 ' +
  '791510 791710 791910';

const list = (codes: string, prefix: string): readonly string[] =>
  Object.freeze(codes.split(' ').map((code) => prefix + code));

const layout = (info: Omit<MapLayout, 'count'>): MapLayout =>
  Object.freeze({ ...info, count: info.ids.length });

/** The four boundary layouts, by id. South Kazakhstan (before 2018) is `KZ-51`. */
export const MAP_LAYOUTS: Readonly<Record<LayoutId, MapLayout>> = Object.freeze({
  '2022': layout({
    id: '2022',
    file: 'regions-2022',
    level: 'region',
    ids: list(ids2022, 'KZ-'),
    validFrom: '2022-06-08',
  }),
  '2018': layout({
    id: '2018',
    file: 'regions-2018',
    level: 'region',
    ids: list(ids2018, 'KZ-'),
    validFrom: '2018-06-19',
    validTo: '2022-06-07',
  }),
  pre2018: layout({
    id: 'pre2018',
    file: 'regions-pre2018',
    level: 'region',
    ids: list(idsPre2018, 'KZ-'),
    validTo: '2018-06-18',
  }),
  districts: layout({
    id: 'districts',
    file: 'districts-2024',
    level: 'district',
    ids: list(idsDistricts, 'KZ'),
  }),
});

/** True for `'2022'`, `'2018'`, `'pre2018'` and `'districts'`. */
export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MAP_LAYOUTS, value);
}

/** The layout with this id; throws `unknown layout: "…"` for anything else. */
export function mapLayout(id: LayoutId): MapLayout {
  if (!isLayoutId(id)) {
    throw new Error(
      `unknown layout: ${JSON.stringify(id)}; expected one of 2022, 2018, pre2018, districts`,
    );
  }
  return MAP_LAYOUTS[id];
}
