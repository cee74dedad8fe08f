/**
 * Footnoted area labels whose meaning changed with the boundaries. The bureau marks a row such as
 * `Туркестанская 1` or `Туркестанская**` and says below the table that its values for the early
 * years are South Kazakhstan's ("1) Данные за 2000-2016гг. по Южно-Казахстанской области").
 * Read as Turkistan throughout, a series would show South Kazakhstan's values under Turkistan.
 * So a footnoted label whose unit did not exist in some of its periods is read by the footnote's
 * own text when the table carries it, and is otherwise refused with the mapping to write.
 */
import { areaInfo } from '../data/areas.js';
import type { ConvertProblem } from './errors.js';
import { splitFootnote } from './footnotes.js';
import type { AreaRule } from './options.js';
import { shellFlag } from './shell.js';

// The unit a new one was made from (or that an abolished one became), for the message and for
// reading the footnote: Turkistan was South Kazakhstan until 2018; the regions of 2022 were cut
// from East Kazakhstan, Almaty and Karaganda.
const PREDECESSOR: Record<string, string> = {
  'KZ-61': 'KZ-51',
  'KZ-10': 'KZ-63',
  'KZ-33': 'KZ-19',
  'KZ-62': 'KZ-35',
};
const SUCCESSOR: Record<string, string> = { 'KZ-51': 'KZ-61' };

const NOTE_MARK = /^\s*(?:\(?(\d{1,2})\)|(\*{1,4})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\s*(\S.*)$/s;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const YEARS = /(\d{4})\s*[-–—]\s*(\d{4})/;

/** Footnotes found among a table's lines ("1) Данные за ...", "** Данные за ..."): key -> text. */
export function footnoteTexts(lines: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const m = NOTE_MARK.exec(line.slice(0, 2000));
    if (!m) continue;
    const digits = m[3] ? [...m[3]].map((c) => SUPERSCRIPTS.indexOf(c)).join('') : m[1];
    const key = m[2] ?? String(Number(digits));
    if (!out.has(key)) out.set(key, m[4].trim());
  }
  return out;
}

const yearOf = (period: string) => Number(/^\d{4}/.exec(period.trim())?.[0] ?? NaN);
const yearOfDate = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** Whether a footnote text names an area (by a stem of one of its names, inflections allowed). */
function mentions(text: string, code: string): boolean {
  const info = areaInfo(code);
  if (!info) return false;
  const lower = text.toLowerCase();
  const names = [info.shortNames.en, info.shortNames.kk, info.names.ru.split(' ')[0]];
  return names.some((name) => name && lower.includes(name.toLowerCase().slice(0, -3)));
}

export type FootnotedReading =
  { kind: 'rules'; rules: AreaRule[]; note: string } | { kind: 'problem'; problem: ConvertProblem };

/**
 * How to read a footnoted label that resolves to `code` when some of its `periods` fall outside
 * the unit's life: the rules its footnote gives, or the problem to report. Undefined when the
 * label needs nothing special.
 */
export function readFootnotedArea(
  label: string,
  code: string,
  periods: readonly string[],
  footnotes: ReadonlyMap<string, string>,
): FootnotedReading | undefined {
  const foot = splitFootnote(label);
  const info = areaInfo(code);
  if (!foot || !info) return undefined;
  const from = yearOfDate(info.validFrom);
  const to = yearOfDate(info.validTo);
  const years = periods.map(yearOf).filter((y) => Number.isFinite(y));
  const before = from !== undefined && years.some((y) => y < from);
  const after = to !== undefined && years.some((y) => y >= to);
  if (!before && !after) return undefined;
  const other = before ? PREDECESSOR[code] : SUCCESSOR[code];
  const text = footnotes.get(foot.key);
  const span = text ? YEARS.exec(text) : null;
  if (text && span && other && mentions(text, other)) {
    const [first, last] = [span[1], span[2]];
    const rules: AreaRule[] = [
      { code: other, periods: `${first}..${last}` },
      { code, periods: `${Number(last) + 1}..` },
    ];
    return {
      kind: 'rules',
      rules,
      note: `"${label.trim()}" read by its footnote ${foot.mark} ("${text.slice(0, 120)}"): ${other} in ${first}..${last}, ${code} from ${Number(last) + 1}`,
    };
  }
  const name = (c: string) => `${c} ${areaInfo(c)?.names.en ?? ''}`.trim();
  const edge = before ? from! : to!;
  const span2 = years.length ? `${Math.min(...years)}..${Math.max(...years)}` : '';
  const mapping = other
    ? `${shellFlag('map', `${label.trim()}=${before ? other : code}@..${edge - 1}`)} ${shellFlag('map', `${label.trim()}=${before ? code : other}@${edge}..`)}`
    : shellFlag('map', `${label.trim()}=CODE@PERIODS`);
  return {
    kind: 'problem',
    problem: {
      message: `"${label.trim()}" carries the footnote marker ${foot.mark} and has values for ${span2}, but ${name(code)} ${before ? `exists only from ${edge}` : `ended in ${edge}`}${other ? ` (${before ? 'before' : 'then'}: ${name(other)})` : ''}; the footnote probably says that some years are another unit's`,
      hint: `read footnote ${foot.mark} of the table and say which years are which unit, e.g. ${mapping} (option areas); change the year to the one the footnote gives`,
    },
  };
}
