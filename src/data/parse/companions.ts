/**
 * Companions: the indicators an indicator names as its other sources, checked once every id of
 * the document is known.
 */
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import { closestKey, join, quote, type Json } from './paths.js';

export function readCompanionIds(
  r: Reader,
  json: Json,
  path: string,
  owner: string | undefined,
): string[] | undefined {
  const value = r.array(
    json,
    path,
    'indicator ids',
    LIMITS.references,
    'for example ["u5mr-igme"]',
  );
  if (!value) return undefined;
  const ids: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const p = join(path, i);
    const id = r.string(value[i], p, LIMITS.id, 'an indicator id');
    if (id === undefined) continue;
    if (ids.includes(id)) {
      r.problem(p, `the companion ${quote(id)} is listed twice`, 'keep one', 'duplicate-id');
      continue;
    }
    ids.push(id);
    r.companionLinks.push({ path: p, id, owner });
  }
  return ids;
}

/** Every companion names another indicator of the document. */
export function checkCompanions(r: Reader, ids: Set<string>): void {
  const known = [...ids];
  for (const link of r.companionLinks) {
    if (link.id === link.owner) {
      r.problem(
        link.path,
        `the indicator ${quote(link.id)} cannot be its own companion`,
        'name another indicator of the document',
        'companion',
      );
    } else if (!ids.has(link.id)) {
      const close = closestKey(link.id, known);
      r.problem(
        link.path,
        `no indicator ${quote(link.id)} in this document${close ? `; did you mean "${close}"?` : ''}`,
        'name the id of another indicator of the same document',
        'unknown-indicator',
      );
    }
  }
}
