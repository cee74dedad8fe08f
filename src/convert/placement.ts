/** Where every record goes: its period, and the area or reference series it belongs to. */
import { at, fold, type BuildState, type RefTarget, type SourceRecord } from './build-common.js';
import type { AreaReader, UnknownAreas } from './area-reading.js';
import type { AreaRule } from './options.js';
import { matchesRange, normalizePeriod } from './periods.js';

export interface Placed {
  rec: SourceRecord;
  target: { code: string } | { ref: RefTarget };
  period: string;
}

/** Reads periods once per text; a bad period is a problem, a reading a warning. */
function periodReader({ ctx, options, problems, warn }: BuildState) {
  const periodOf = new Map<string, string | null>();
  return (rec: SourceRecord): string | null => {
    const raw = rec.period.trim();
    let p = periodOf.get(raw);
    if (p !== undefined) return p;
    const res = normalizePeriod(raw, { toYear: options.periodsToYear });
    if ('error' in res) {
      problems.add(
        {
          ...at(rec, ctx.columns.period),
          message: raw === '' ? 'empty period' : res.error,
          hint: raw === '' ? (ctx.periodHint ?? 'every row needs a period') : undefined,
        },
        'period',
      );
      p = null;
    } else {
      p = res.id;
      if (res.note) {
        warn({ ...at(rec, ctx.columns.period), code: 'period-read', message: res.note });
      }
    }
    periodOf.set(raw, p);
    return p;
  };
}

/** Places every record; texts that no rule reads are collected in `unknown`. */
export function placeRecords(
  state: BuildState,
  records: SourceRecord[],
  areaRules: Map<string, AreaRule[]>,
  reader: AreaReader,
  keepPeriods: string[] | undefined,
): { placed: Placed[]; unknown: UnknownAreas } {
  const toPeriod = periodReader(state);
  const report = reader.report;
  const placed: Placed[] = [];
  const unknown: UnknownAreas = new Map();
  for (const rec of records) {
    const period = toPeriod(rec);
    if (period && keepPeriods && !keepPeriods.some((range) => matchesRange(period, range))) {
      continue;
    }
    const text = rec.area;
    const rules = areaRules.get(fold(text));
    let target: Placed['target'] | undefined;
    if (rules && period) {
      const rule = rules.find((x) => x.periods === undefined || matchesRange(period, x.periods));
      if (rule) {
        target = { code: rule.code };
        report[text] = report[text] ? `${report[text]}; ${rule.code}` : rule.code;
      }
    }
    if (!target) {
      const r = reader.read(text, rec);
      if (r.kind === 'area') target = { code: r.code };
      else if (r.kind === 'ref') target = { ref: r.ref };
      else if (r.kind === 'unknown') {
        const u = unknown.get(text);
        if (u) {
          if (rec.line !== undefined && u.lines[u.lines.length - 1] !== rec.line)
            u.lines.push(rec.line);
        } else unknown.set(text, { rec, lines: rec.line !== undefined ? [rec.line] : [], res: r });
        continue;
      } else continue;
    }
    if (period) placed.push({ rec, target, period });
  }
  warnMidYear(state, placed);
  return { placed, unknown };
}

function warnMidYear({ ctx, warn }: BuildState, placed: Placed[]): void {
  const months = new Set(placed.map((x) => x.period));
  if (months.size > 2 && [...months].every((x) => /^\d{4}-\d{2}$/.test(x))) {
    const mm = new Set([...months].map((x) => x.slice(5)));
    if (mm.size === 1) {
      warn({
        column: ctx.columns.period,
        code: 'mid-year-dates',
        message: `every period falls in month ${[...mm][0]}: if these are the reference dates of yearly estimates (as UN IGME writes them), read them as years`,
        hint: '--year-periods (option periodsToYear)',
      });
    }
  }
}
