import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { parseIndicators } from '../data/parse.js';
import { fetchCapped } from '../data/read-capped.js';
import { maxBytes } from '../config.js';
import { longTask, nextTask } from '../internal/long-task.js';

/** Why a dataset could not be had; components word each kind for readers. */
export type LoadErrorKind =
  'network' | 'http' | 'json' | 'format' | 'missing' | 'too-large' | 'address';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

// One request and one parse per distinct URL for the whole page, shared by every widget.
const byUrl = new Map<string, Promise<Dataset>>();
// Parsing is memoised per object so that fifty widgets given the same `data` parse it once.
const byObject = new WeakMap<object, Dataset>();

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An indicator as the parser builds it (a document's indicator lacks periods and layouts). */
function isParsedIndicator(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isRecord(value.name) &&
    isRecord(value.unit) &&
    isRecord(value.source) &&
    isRecord(value.values) &&
    isRecord(value.layouts) &&
    Array.isArray(value.periods) &&
    Array.isArray(value.references)
  );
}

/**
 * A dataset from `parseIndicators`, passed as `data`: taken as it is. Anything else, including an
 * object that only looks parsed (`version: 1`, `warnings: []`), goes through the parser, which
 * says what is wrong with it.
 */
function isDataset(value: unknown): value is Dataset {
  return (
    isRecord(value) &&
    value.version === 1 &&
    Array.isArray(value.warnings) &&
    Array.isArray(value.indicators) &&
    value.indicators.every(isParsedIndicator)
  );
}

/** Parses a document (or passes a parsed Dataset through), memoised per object. */
export function datasetFrom(data: unknown): Dataset {
  if (isDataset(data)) return data;
  if (typeof data === 'object' && data !== null) {
    const cached = byObject.get(data);
    if (cached) return cached;
    const parsed = wrapParse(data);
    byObject.set(data, parsed);
    return parsed;
  }
  if (typeof data === 'string') return wrapParse(parseJson(data));
  return wrapParse(data);
}

function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError(
      'json',
      `not valid JSON: ${(error as Error).message}`,
      url,
      undefined,
      error,
    );
  }
}

function wrapParse(json: unknown, url?: string): Dataset {
  try {
    return parseIndicators(json);
  } catch (error) {
    throw new LoadError('format', (error as Error).message, url, undefined, error);
  }
}

/** Schemes a data file may be fetched from: the web, a local file, or data held by the page. */
const DATA_SCHEMES = new Set(['http:', 'https:', 'file:', 'data:', 'blob:']);

/** The absolute URL of a data file, or null when it is not a valid address of one. */
function dataUrl(url: string): string | null {
  try {
    const absolute = new URL(url, document.baseURI);
    return DATA_SCHEMES.has(absolute.protocol) ? absolute.href : null;
  } catch {
    return null;
  }
}

/** Fetches and parses a document once per URL; a failed load is forgotten so that a retry refetches. */
export function loadDataset(url: string, fetcher: typeof fetch = fetch): Promise<Dataset> {
  const absolute = dataUrl(url);
  if (!absolute) {
    return Promise.reject(
      new LoadError('address', `"${url.slice(0, 200)}" is not an http(s) address of a data file`),
    );
  }
  let pending = byUrl.get(absolute);
  if (!pending) {
    pending = (async () => {
      // The first download of a page costs a slow phone tens of milliseconds of script: a task
      // that has run long (the bundle's evaluation) leaves it to the next.
      if (longTask()) await nextTask();
      const text = await fetchCapped(absolute, fetcher, maxBytes('document'), LoadError);
      return wrapParse(parseJson(text, absolute), absolute);
    })();
    byUrl.set(absolute, pending);
    pending.catch(() => byUrl.delete(absolute));
  }
  return pending;
}

/** Reads the inline `<script type="application/json">` child of a host, if any. */
export function inlineJson(host: Element): string | null {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script ? (script.textContent ?? '') : null;
}

export interface IndicatorSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  data?: unknown;
}

/** Where a dataset comes from: a `data` value, a `src` URL, or the element with an inline child. */
export interface SourceInputs {
  src?: string | null;
  data?: unknown;
  /** The element whose inline `<script type="application/json">` child is read. */
  inline: Element;
}

/**
 * Resolves a host's dataset from, in order: the `data` property, the `src` URL, or an inline
 * JSON child. Keeps the newest request only (a late answer for an old `src` is dropped).
 * `inputs` may name another source than the host's own (an element following a map takes the
 * map's data when it has none).
 */
export class IndicatorSourceController implements ReactiveController {
  dataset: Dataset | null = null;
  error: LoadError | null = null;
  loading = false;
  private generation = 0;
  private lastKey: unknown = undefined;

  constructor(
    private readonly host: IndicatorSourceHost,
    private readonly inputs: () => SourceInputs = () => ({
      src: host.src,
      data: host.data,
      inline: host,
    }),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  /** Call from the host's `willUpdate` when `src` or `data` changed. */
  refresh(force = false): void {
    const { data, src, inline } = this.inputs();
    const key = data ?? src ?? inlineJson(inline);
    if (!force && key === this.lastKey && (this.dataset || this.loading)) return;
    this.lastKey = key;
    const generation = ++this.generation;
    this.error = null;
    if (data != null) {
      this.settle(generation, () => datasetFrom(data));
      return;
    }
    if (src) {
      this.loading = true;
      this.dataset = null;
      loadDataset(src).then(
        (dataset) => this.finish(generation, dataset, null),
        (error) => this.finish(generation, null, error),
      );
      this.host.requestUpdate();
      return;
    }
    const json = inlineJson(inline);
    if (json != null) {
      this.settle(generation, () => datasetFrom(json));
      return;
    }
    this.finish(
      generation,
      null,
      new LoadError('missing', 'no data: set src, data or an inline JSON child'),
    );
  }

  /** Forgets a failed URL and loads again (the retry button). */
  retry(): void {
    this.refresh(true);
  }

  private settle(generation: number, make: () => Dataset): void {
    try {
      this.finish(generation, make(), null);
    } catch (error) {
      this.finish(generation, null, error);
    }
  }

  private finish(generation: number, dataset: Dataset | null, error: unknown): void {
    if (generation !== this.generation) return;
    this.loading = false;
    this.dataset = dataset;
    this.error =
      error == null
        ? null
        : error instanceof LoadError
          ? error
          : new LoadError(
              'format',
              String((error as Error)?.message ?? error),
              undefined,
              undefined,
              error,
            );
    this.host.requestUpdate();
  }
}
