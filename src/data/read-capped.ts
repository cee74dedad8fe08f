// Reading a fetched file with a byte cap: a page (or an embed link) may point a widget at any URL,
// and a huge or endless answer must end in a message, not in a frozen tab. The body is counted as
// it streams in and the download is cancelled at the cap, so a large file is never read whole.

/** A fetched file is larger than the cap. */
export class TooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly limit: number,
  ) {
    super(`${url} is larger than ${formatBytes(limit)}, the most this page accepts`);
    this.name = 'TooLargeError';
  }
}

/** Bytes in words: `20 MB`, `512 kB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${Number((bytes / 1e6).toPrecision(3))} MB`;
  if (bytes >= 1e3) return `${Number((bytes / 1e3).toPrecision(3))} kB`;
  return `${bytes} bytes`;
}

/**
 * The body of `response` as text (UTF-8), or a `TooLargeError` once more than `limit` bytes have
 * arrived (or the server announces more), with the rest of the download cancelled.
 */
export async function readCapped(response: Response, limit: number, url: string): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > limit) {
    await response.body?.cancel().catch(() => {});
    throw new TooLargeError(url, limit);
  }
  if (!response.body) {
    const text = await response.text();
    if (new TextEncoder().encode(text).length > limit) throw new TooLargeError(url, limit);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(url, limit);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** What went wrong in `fetchCapped`: no answer, an error status, or a body over the cap. */
export type FetchFailure = 'network' | 'http' | 'too-large';

/**
 * Fetches `url` (with the page's cookies only on its own origin) and reads its body within
 * `limit`; each failure is thrown as a `Failure` (the caller's error class) of its kind.
 */
export async function fetchCapped(
  url: string,
  fetcher: typeof fetch,
  limit: number,
  Failure: new (
    kind: FetchFailure,
    message: string,
    url: string,
    status?: number,
    cause?: unknown,
  ) => Error,
): Promise<string> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new Failure('network', `could not reach ${url}`, url, undefined, error);
  }
  if (!response.ok) {
    throw new Failure('http', `HTTP ${response.status} for ${url}`, url, response.status);
  }
  try {
    return await readCapped(response, limit, url);
  } catch (error) {
    throw error instanceof TooLargeError
      ? new Failure('too-large', error.message, url, undefined, error)
      : new Failure('network', `the download of ${url} broke off`, url, undefined, error);
  }
}
