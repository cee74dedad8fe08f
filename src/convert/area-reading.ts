/**
 * Reading the area column: the user's mappings (`--map`), references (`--ref`), ignored areas,
 * footnoted labels, and every other text through `resolveArea`; unknown texts are reported
 * together, each with its lines and a hint.
 */
import type { AreaResolution } from '../data/areas.js';
import { bareRegionLabels, isNational, LAYOUT_AREAS, resolveArea } from '../data/areas.js';
import {
  KAZAKHSTAN,
  TOTAL_ROWS,
  areaName,
  at,
  fold,
  listLines,
  lookup,
  type BuildState,
  type RefTarget,
  type SourceRecord,
} from './build-common.js';
import { footnoteTexts, readFootnotedArea } from './footnoted-areas.js';
import { splitFootnote } from './footnotes.js';
import type { AreaRule, IndicatorOptions, ReferenceMapping } from './options.js';
import { checkRange } from './periods.js';
import { shellFlag } from './shell.js';

export type Resolution =
  | { kind: 'area'; code: string }
  | { kind: 'ref'; ref: RefTarget }
  | { kind: 'ignore' }
  | { kind: 'unknown'; suggestion?: string; candidates?: string[] };

/** The user's area mappings, checked, by folded text. */
export function checkAreaRules({ options, problems }: BuildState): Map<string, AreaRule[]> {
  const areaRules = new Map<string, AreaRule[]>();
  for (const [text, rule] of Object.entries(options.areas ?? {})) {
    const rules = typeof rule === 'string' ? [{ code: rule }] : rule;
    const checked: AreaRule[] = [];
    for (const r of rules) {
      const bad = r.periods !== undefined ? checkRange(r.periods) : undefined;
      if (bad)
        problems.add({
          message: `areas: "${text}": ${bad}`,
          hint: 'periods are written 2016, 2000..2016 or 2017..',
        });
      const res = resolveArea(r.code);
      if (res.code === null) {
        problems.add({
          message: `areas: "${text}" is mapped to "${r.code}", which is not an area code`,
          hint: res.suggestion
            ? `did you mean ${areaName(res.suggestion)}?`
            : 'use a code such as KZ-11',
        });
      } else checked.push({ ...r, code: res.code });
    }
    areaRules.set(fold(text), checked);
  }
  return areaRules;
}

/** Checks the layout and period options (`--layout`, `--periods`); returns the periods to keep. */
export function checkPeriodOptions({ options, problems }: BuildState): string[] | undefined {
  if (options.layout !== undefined && typeof options.layout !== 'string') {
    for (const range of Object.keys(options.layout)) {
      const bad = checkRange(range);
      if (bad)
        problems.add({
          message: `layout: ${bad}`,
          hint: 'write layout periods as 2014, 2014..2017 or 2018..',
        });
    }
  }
  for (const layout of typeof options.layout === 'string'
    ? [options.layout]
    : Object.values(options.layout ?? {})) {
    if (!(layout in LAYOUT_AREAS)) {
      problems.add(
        {
          message: `layout "${layout}" does not exist`,
          hint: 'layouts: 2022, 2018, pre2018, districts',
        },
        'layout',
      );
    }
  }
  const keepPeriods =
    options.periods === undefined
      ? undefined
      : Array.isArray(options.periods)
        ? options.periods
        : [options.periods];
  for (const range of keepPeriods ?? []) {
    const bad = checkRange(range);
    if (bad)
      problems.add({
        message: `periods: ${bad}`,
        hint: 'write periods as 2015, 2010..2019 or 2018..',
      });
  }
  return keepPeriods;
}

/**
 * Footnoted labels whose unit did not exist in some of their periods (`Туркестанская 1` with
 * values before 2018): read by the table's footnote, or reported. Labels the user mapped are left.
 */
export function readFootnotes(
  { ctx, options, problems, warn }: BuildState,
  records: SourceRecord[],
  areaRules: Map<string, AreaRule[]>,
): void {
  const level = options.level ?? 'region';
  const byText = new Map<string, { rec: SourceRecord; periods: string[] }>();
  for (const rec of records) {
    if (!splitFootnote(rec.area) || areaRules.has(fold(rec.area))) continue;
    const entry = byText.get(rec.area) ?? { rec, periods: [] };
    entry.periods.push(rec.period);
    byText.set(rec.area, entry);
  }
  if (!byText.size) return;
  const footnotes = footnoteTexts([...(ctx.notes ?? []), ...(options.footnotes ?? [])]);
  for (const [text, { rec, periods }] of byText) {
    const res = resolveArea(splitFootnote(text)!.name, { level, suggest: false });
    if (res.code === null) continue;
    const reading = readFootnotedArea(text, res.code, periods, footnotes);
    if (reading?.kind === 'rules') {
      areaRules.set(fold(text), reading.rules);
      warn({ ...at(rec, ctx.columns.area), code: 'footnote-read', message: reading.note });
    } else if (reading) problems.add({ ...at(rec, ctx.columns.area), ...reading.problem });
  }
}

/** The reference series a text goes to: mapped by `--ref`, or the country as a whole. */
function referenceFor(
  options: IndicatorOptions,
  text: string,
  rec: SourceRecord,
  explicitOnly = false,
): RefTarget | undefined {
  const mapped = lookup(options.references, text);
  if (mapped !== undefined) {
    const m: ReferenceMapping = typeof mapped === 'string' ? { kind: mapped } : mapped;
    const national = m.kind === 'national';
    return {
      key: text,
      id:
        m.id ??
        (national
          ? 'national'
          : text
              .trim()
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')),
      kind: m.kind,
      label: m.label ?? rec.areaLabel ?? (national ? KAZAKHSTAN : text.trim()),
      source: m.source,
    };
  }
  if (!explicitOnly && (text.trim() === '' || isNational(text) || TOTAL_ROWS.has(fold(text)))) {
    return { key: text, id: 'national', kind: 'national', label: KAZAKHSTAN };
  }
}

/** Reads area texts once each, and records how each was read for the result's `areas`. */
export class AreaReader {
  readonly report: Record<string, string> = {};
  private readonly resolved = new Map<string, Resolution>();
  private readonly ignore: Set<string>;
  private readonly level: 'region' | 'district';
  // A bare "Almaty" in a table that also lists "Almaty city" is the region.
  private readonly bareRegions: Set<string>;

  constructor(
    private readonly state: BuildState,
    records: SourceRecord[],
  ) {
    this.ignore = new Set((state.options.ignore ?? []).map(fold));
    this.level = state.options.level ?? 'region';
    this.bareRegions = bareRegionLabels(records.map((r) => r.area));
  }

  /** How the text of a record is read. */
  read(text: string, rec: SourceRecord): Resolution {
    let r = this.resolved.get(text);
    if (r) return r;
    const { options } = this.state;
    const ignored = this.ignore.has(fold(text));
    const ref =
      referenceFor(options, text, rec, true) ??
      (ignored ? undefined : referenceFor(options, text, rec));
    if (ref) r = { kind: 'ref', ref };
    else if (ignored) r = { kind: 'ignore' };
    else r = this.readArea(text, rec);
    this.resolved.set(text, r);
    this.report[text] =
      r.kind === 'area'
        ? r.code
        : r.kind === 'ref'
          ? `reference:${r.ref.id}`
          : r.kind === 'ignore'
            ? 'ignored'
            : 'unknown';
    return r;
  }

  private readArea(text: string, rec: SourceRecord): Resolution {
    const level = this.level;
    let res: AreaResolution = resolveArea(
      text,
      this.bareRegions.has(text) ? { level, bareAs: 'region' } : { level },
    );
    if (res.code === null && !res.candidates) {
      const other = resolveArea(text, {
        level: level === 'region' ? 'district' : 'region',
        suggest: false,
      });
      if (other.code !== null) res = other;
    }
    const foot = splitFootnote(text);
    if (res.code !== null && foot) this.footnoteStripped(rec, text);
    if (res.code === null && !res.candidates && foot) {
      const strippedRef = referenceFor(this.state.options, foot.name, rec);
      const stripped = resolveArea(foot.name, { level, suggest: false });
      if (strippedRef || stripped.code !== null) this.footnoteStripped(rec, text);
      if (strippedRef) return { kind: 'ref', ref: strippedRef };
      if (stripped.code !== null) res = stripped;
    }
    return res.code !== null
      ? { kind: 'area', code: res.code }
      : { kind: 'unknown', suggestion: res.suggestion, candidates: res.candidates };
  }

  private footnoteStripped(rec: SourceRecord, text: string) {
    this.state.warn({
      ...at(rec, this.state.ctx.columns.area),
      code: 'footnote-stripped',
      message: `footnote marker removed from "${text.trim()}"`,
      hint: `read the footnote of the table: if the row covered another territory in some periods, say so with ${shellFlag('map', `${text.trim()}=CODE@PERIODS`)} (option areas)`,
    });
  }
}

/** Area texts that no rule read, with the record and lines where they occur. */
export type UnknownAreas = Map<string, { rec: SourceRecord; lines: number[]; res: Resolution }>;

/** Reports every unknown area text once, with its lines, a suggestion and a hint. */
export function reportUnknownAreas({ ctx, problems }: BuildState, unknown: UnknownAreas): void {
  for (const [text, { rec, lines, res }] of unknown) {
    if (res.kind !== 'unknown') continue;
    const more = lines.length > 1 ? ` (also on lines ${listLines(lines.slice(1))})` : '';
    let message = `unknown area "${text.trim()}"${more}`;
    if (res.candidates?.length)
      message += `; it fits several areas: ${res.candidates.map(areaName).join(', ')}`;
    else if (res.suggestion) message += `; did you mean ${areaName(res.suggestion)}?`;
    // Upper-case codes that are not Kazakh: ISO 3166 countries (KGZ), aggregates (WLD, WORLD, UNICEF_ECA).
    const foreign = /^[A-Z][A-Z0-9_]{2,}$/.test(text.trim()) && !/^KZ/.test(text.trim());
    problems.add(
      {
        ...at(rec, ctx.columns.area),
        message,
        hint: foreign
          ? `for a country or a group of countries, make it a reference series with ${shellFlag('ref', `${text.trim()}=comparator`)} (option references), or leave it out with ${shellFlag('ignore-area', text.trim())} (option ignore)`
          : `write a code such as KZ-11, or map the text with ${shellFlag('map', `${text.trim()}=KZ-..`)} (option areas)`,
      },
      `area:${text}`,
    );
  }
}
