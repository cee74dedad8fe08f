/**
 * The flat table of observations that every SDMX reader (SDMX-JSON 1.0 / 2.0 / legacy, SDMX-CSV)
 * produces and `convertSdmx` consumes: components with their coded values, and observations keyed
 * by dimension id.
 */
import type { Localized } from '../data/types.js';

export interface SdmxValue {
  id: string;
  name: Localized;
}

export interface SdmxComponent {
  id: string;
  name: Localized;
  role?: string;
  values: SdmxValue[];
}

export interface SdmxObservation {
  /** JSON path of the observation (SDMX-JSON). */
  path?: string;
  /** Line of the observation (SDMX-CSV). */
  line?: number;
  /** Dimension id -> value id. */
  key: Record<string, string>;
  value: number | string | null;
  /** Attribute id -> value id (or text for uncoded attributes). */
  attributes: Record<string, string>;
}

export type SdmxFormat = 'sdmx-json-1.0' | 'sdmx-json-2.0' | 'sdmx-json-legacy' | 'sdmx-csv';

export interface SdmxTable {
  format: SdmxFormat;
  /** Content languages of the message, as given. */
  languages: string[];
  /** Name of the dataflow or data structure, when the message gives one. */
  name?: Localized;
  dimensions: SdmxComponent[];
  attributes: SdmxComponent[];
  observations: SdmxObservation[];
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a table already read by `readSdmx` (rather than a message to read). */
export function isTable(input: unknown): input is SdmxTable {
  return isObject(input) && typeof input.format === 'string' && Array.isArray(input.observations);
}
