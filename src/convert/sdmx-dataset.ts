/**
 * One data set of an SDMX-JSON message: decodes its series and observation keys ("0:1:0", indices
 * into the structure's values) and attribute indices, and adds its observations to the table.
 */
import type { ProblemList } from './errors.js';
import type { Levels } from './sdmx-structure.js';
import { isObject, type Json, type SdmxComponent, type SdmxTable } from './sdmx-table.js';

type Codes = Record<string, string>;

/** The structure a data set refers to, already read. */
export interface DataSetStructure {
  dimensions: Levels;
  attributes: Levels;
  /** Number of measures before the attribute indices of an observation array. */
  measureCount: number;
  /** Position of OBS_VALUE among the measures. */
  valueIndex: number;
}

/** Where the measures of a structure put the observation value. */
export function measuresOf(structure: Json): { measureCount: number; valueIndex: number } {
  const measures =
    isObject(structure.measures) && Array.isArray(structure.measures.observation)
      ? structure.measures.observation
      : [];
  return {
    measureCount: Math.max(1, measures.length),
    valueIndex: Math.max(
      0,
      measures.findIndex((m) => isObject(m) && m.id === 'OBS_VALUE'),
    ),
  };
}

export class DataSetReader {
  constructor(
    private readonly table: SdmxTable,
    private readonly structure: DataSetStructure,
    private readonly problems: ProblemList,
  ) {}

  /** Adds the observations of data set `ds` (found at `path`) to the table. */
  read(ds: Json, path: string): void {
    const { dimensions, attributes } = this.structure;
    const baseKey: Codes = {};
    for (const c of dimensions.dataSet) if (c.values[0]) baseKey[c.id] = c.values[0].id;
    const baseAttrs: Codes = {};
    const dsAttrValues = Array.isArray(ds.attributes) ? ds.attributes : [];
    attributes.dataSet.forEach((c, i) => {
      const idx = dsAttrValues[i];
      if (typeof idx === 'number' && c.values[idx]) baseAttrs[c.id] = c.values[idx].id;
      else if (c.values.length === 1) baseAttrs[c.id] = c.values[0].id;
    });
    if (isObject(ds.series)) this.readSeries(ds.series, path, baseKey, baseAttrs);
    else if (isObject(ds.observations)) this.readFlat(ds.observations, path, baseKey, baseAttrs);
  }

  private readSeries(all: Json, dsPath: string, baseKey: Codes, baseAttrs: Codes): void {
    const { dimensions, attributes } = this.structure;
    for (const [seriesKey, series] of Object.entries(all)) {
      const path = `${dsPath}.series["${seriesKey}"]`;
      const key = { ...baseKey };
      if (!this.decode(seriesKey, dimensions.series, path, key)) continue;
      if (!isObject(series)) {
        this.problems.add({ path, message: 'a series must be an object' }, 'obs');
        continue;
      }
      const attrs = { ...baseAttrs };
      const indices = Array.isArray(series.attributes) ? series.attributes : [];
      this.attributes(indices, attributes.series, path, attrs);
      const observations = isObject(series.observations) ? series.observations : {};
      for (const [obsKey, arr] of Object.entries(observations)) {
        const obsPath = `${path}.observations["${obsKey}"]`;
        const full = { ...key };
        if (this.decode(obsKey, dimensions.observation, obsPath, full)) {
          this.observation(arr, obsPath, full, attrs);
        }
      }
    }
  }

  private readFlat(observations: Json, dsPath: string, baseKey: Codes, baseAttrs: Codes): void {
    const { dimensions } = this.structure;
    if (dimensions.series.length) {
      this.problems.add({
        path: `${dsPath}.observations`,
        message: 'flat observations, but the structure has series dimensions',
      });
    }
    for (const [obsKey, arr] of Object.entries(observations)) {
      const obsPath = `${dsPath}.observations["${obsKey}"]`;
      const key = { ...baseKey };
      if (this.decode(obsKey, dimensions.observation, obsPath, key)) {
        this.observation(arr, obsPath, key, { ...baseAttrs });
      }
    }
  }

  /** Decodes key `keyText` ("0:1") against the components `list` into `into`; false if it fails. */
  private decode(keyText: string, list: SdmxComponent[], path: string, into: Codes): boolean {
    const parts = keyText === '' ? [] : keyText.split(':');
    if (parts.length !== list.length) {
      this.problems.add(
        {
          path,
          message: `key "${keyText}" has ${parts.length} part(s), but the structure lists ${list.length} dimension(s) here (${list.map((c) => c.id).join(', ')})`,
        },
        'key',
      );
      return false;
    }
    for (let i = 0; i < parts.length; i++) {
      const n = Number(parts[i]);
      const value = Number.isInteger(n) ? list[i].values[n] : undefined;
      if (!value) {
        this.problems.add(
          {
            path,
            message: `key "${keyText}": position ${i + 1} is ${parts[i]}, but dimension ${list[i].id} has ${list[i].values.length} value(s)`,
          },
          'key',
        );
        return false;
      }
      into[list[i].id] = value.id;
    }
    return true;
  }

  private attributes(indices: unknown[], all: SdmxComponent[], path: string, into: Codes): void {
    // Legacy OECD.Stat messages leave attributes without values out of the index list.
    const used = all.filter((c) => c.values.length > 0);
    const list = indices.length < all.length && indices.length === used.length ? used : all;
    list.forEach((c, i) => {
      const idx = indices[i];
      if (idx === null || idx === undefined) return;
      const value = typeof idx === 'number' ? c.values[idx] : undefined;
      if (!value) {
        this.problems.add(
          {
            path,
            message: `attribute ${c.id}: index ${JSON.stringify(idx)} is not one of its ${c.values.length} value(s)`,
          },
          'attribute',
        );
        return;
      }
      into[c.id] = value.id;
    });
  }

  private observation(arr: unknown, path: string, key: Codes, attrs: Codes): void {
    if (!Array.isArray(arr)) {
      this.problems.add(
        { path, message: 'an observation must be an array [value, attribute indices...]' },
        'obs',
      );
      return;
    }
    const raw: unknown = arr[this.structure.valueIndex];
    let value: number | string | null;
    if (raw === null || raw === undefined) value = null;
    else if (typeof raw === 'number' || typeof raw === 'string') value = raw;
    else {
      this.problems.add(
        { path, message: `the value ${JSON.stringify(raw)} is not a number` },
        'obs',
      );
      return;
    }
    const a = { ...attrs };
    this.attributes(
      arr.slice(this.structure.measureCount),
      this.structure.attributes.observation,
      path,
      a,
    );
    this.table.observations.push({ path, key, value, attributes: a });
  }
}
