/**
 * Reader primitives without state: what JSON looks like here (plain objects only, own keys),
 * how a path into the document is written, and how a value or key is described in a message.
 */
import { editDistance } from '../areas.js';

export type Json = unknown;
export type Obj = Record<string, Json>;

export const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Ids of indicators, references and topics. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function isObject(value: Json): value is Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  // Plain objects from any realm (JSON.parse, literals, Object.create(null)).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export function own(obj: Obj, key: string): Json {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function has(obj: Obj, key: string): boolean {
  return Object.hasOwn(obj, key);
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function quote(text: string): string {
  return JSON.stringify(clip(text));
}

export function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : String(value);
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return isObject(value)
        ? 'an object'
        : 'an object that is not plain data (a class instance or a changed prototype)';
    default:
      return `a ${typeof value}`;
  }
}

export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** `a.b`, `a[0]`, `a["KZ-11"]`: identifiers with a dot, data keys quoted. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !UNSAFE_KEYS.has(key)) {
    return path ? `${path}.${key}` : key;
  }
  return `${path}[${quote(key)}]`;
}

export const at = (path: string) => path || '$';

/** A key that comes from the data (area, period): always quoted, `values["KZ-11"]["2019"]`. */
export function dataKey(path: string, key: string): string {
  return `${path}[${quote(key)}]`;
}

export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best;
}
