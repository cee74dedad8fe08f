/**
 * What the editor chose, kept in this browser's local storage so that a reload (or a closed tab)
 * loses nothing; "start again" clears it. The loaded file is kept too when it is small enough.
 */
import type { Better, Lang } from '../data/types.js';

export type ElementKind = 'map' | 'sparkline' | 'ranking' | 'explorer';

export interface LoadedInput {
  name: string;
  kind: 'text' | 'workbook';
  /** The text of a text file, or the bytes of a workbook in base64 (when small enough to keep). */
  text?: string;
  base64?: string;
}

export interface ReadChoices {
  sheet?: string;
  headerRow?: number;
  areaColumn?: string;
  periodColumn?: string;
  valueColumn?: string;
  /** Keep only this period (a wide table's column) or range. */
  periods?: string;
  /** One period for every row (tables without periods). */
  period?: string;
  /** Area text as written -> area code, or `ignore`, or `national`. */
  areas: Record<string, string>;
  /** Breakdown column -> value kept. */
  filter: Record<string, string>;
}

export interface Description {
  id: string;
  name: Record<Lang, string>;
  unit: Record<Lang, string>;
  better: Better | '';
  decimals: string;
  topic: string;
  sourceName: string;
  sourceUrl: string;
  licence: string;
  sourceDate: string;
  targets: string;
}

export interface VisualChoices {
  element: ElementKind;
  area: string;
  period: string;
  method: string;
  classes: number;
  scheme: string;
  diverging: boolean;
  lang: Lang;
  theme: 'light' | 'dark';
  width: 320 | 640 | 1000;
}

export interface PublishChoices {
  mode: 'inline' | 'src';
  dataUrl: string;
  scriptUrl: string;
}

export interface BuilderState {
  lang: Lang;
  input?: LoadedInput;
  read: ReadChoices;
  describe: Description;
  visual: VisualChoices;
  publish: PublishChoices;
}

const KEY = 'kz-indicators-builder/1';
/** Largest input kept across reloads (local storage holds about 5 MB per site). */
const MAX_KEPT = 1_500_000;

const blank = (): Record<Lang, string> => ({ en: '', kk: '', ru: '' });

export function initialState(lang: Lang = 'en'): BuilderState {
  return {
    lang,
    read: { areas: {}, filter: {} },
    describe: {
      id: '',
      name: blank(),
      unit: blank(),
      better: '',
      decimals: '',
      topic: '',
      sourceName: '',
      sourceUrl: '',
      licence: '',
      sourceDate: '',
      targets: '',
    },
    visual: {
      element: 'map',
      area: '',
      period: '',
      method: 'quantile',
      classes: 5,
      scheme: '',
      diverging: false,
      lang,
      theme: 'light',
      width: 640,
    },
    publish: { mode: 'inline', dataUrl: '', scriptUrl: '' },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The saved state, merged over the defaults (anything unreadable is dropped). */
export function loadState(storage: Storage | undefined, lang: Lang): BuilderState {
  const state = initialState(lang);
  try {
    const saved: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (!isObject(saved)) return state;
    if (saved.lang === 'en' || saved.lang === 'kk' || saved.lang === 'ru') state.lang = saved.lang;
    if (isObject(saved.input) && typeof saved.input.name === 'string')
      state.input = saved.input as unknown as LoadedInput;
    for (const part of ['read', 'describe', 'visual', 'publish'] as const) {
      if (isObject(saved[part])) Object.assign(state[part], saved[part]);
    }
  } catch {
    // A broken or foreign value: start afresh.
  }
  return state;
}

/** Saves the state; a file too large to keep is saved by name only. */
export function saveState(storage: Storage | undefined, state: BuilderState): void {
  if (!storage) return;
  const size = (state.input?.text?.length ?? 0) + (state.input?.base64?.length ?? 0);
  const input =
    state.input && size > MAX_KEPT
      ? { name: state.input.name, kind: state.input.kind }
      : state.input;
  try {
    storage.setItem(KEY, JSON.stringify({ ...state, input }));
  } catch {
    try {
      storage.setItem(KEY, JSON.stringify({ ...state, input: undefined }));
    } catch {
      // Storage full or forbidden: the builder still works, it just forgets on reload.
    }
  }
}

export function clearState(storage: Storage | undefined): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Forbidden storage: nothing was kept.
  }
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}
