/**
 * Sources: a name, an http(s) link checked for what has no place in a URL, a licence and a date.
 */
import type { Source } from '../types.js';
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import { clip, describe, has, join, own, type Json } from './paths.js';
import { readLocalized } from './texts.js';

const SOURCE_KEYS = ['name', 'url', 'licence', 'date'];

export function readUrl(r: Reader, value: Json, path: string): string | undefined {
  const text = r.string(value, path, LIMITS.url);
  if (text === undefined || text === '') return undefined;
  if (hasSpaceOrControl(text)) {
    r.problem(
      path,
      'a URL cannot contain spaces or control characters',
      'encode spaces as %20',
      'url',
    );
    return undefined;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (scheme && !/^https?$/i.test(scheme[1])) {
    r.problem(
      path,
      `the URL scheme "${clip(scheme[1], 20)}:" is not allowed`,
      'use an http(s) address or a relative one',
      'url',
    );
    return undefined;
  }
  return text;
}

export function readDate(r: Reader, value: Json, path: string): string | undefined {
  const text = r.string(value, path, 10);
  if (text === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  const valid =
    m &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) {
    r.problem(
      path,
      `${describe(value)} is not a date`,
      'write YYYY, YYYY-MM or YYYY-MM-DD',
      'date',
    );
    return undefined;
  }
  return text;
}

export function readSource(r: Reader, value: Json, path: string): Source | undefined {
  if (typeof value === 'string') {
    const name = readLocalized(r, value, path, LIMITS.name, true);
    return name ? { name } : undefined;
  }
  const obj = r.object(
    value,
    path,
    'a source {"name": ..., "url": ..., "licence": ..., "date": ...}',
  );
  if (!obj) return undefined;
  const keys = r.keys(obj, path);
  r.unknownKeys(path, SOURCE_KEYS, keys);
  const name = readLocalized(r, own(obj, 'name'), join(path, 'name'), LIMITS.name, true);
  const source: Source = { name: name ?? {} };
  if (has(obj, 'url')) {
    const url = readUrl(r, own(obj, 'url'), join(path, 'url'));
    if (url) source.url = url;
  }
  if (has(obj, 'licence')) {
    const licence = readLocalized(
      r,
      own(obj, 'licence'),
      join(path, 'licence'),
      LIMITS.licence,
      false,
    );
    if (licence && Object.keys(licence).length) source.licence = licence;
  }
  if (has(obj, 'date')) {
    const date = readDate(r, own(obj, 'date'), join(path, 'date'));
    if (date) source.date = date;
  }
  return name ? source : undefined;
}

/** Whitespace or a control character (C0, DEL, C1), which have no place in a URL. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || /\s/.test(text[i])) return true;
  }
  return false;
}
