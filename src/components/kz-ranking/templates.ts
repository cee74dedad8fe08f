// The ranking's markup: title, reference labels, the list of rows (a listbox: one tab stop, each
// row an option named with name, value and rank), the axis, and the source line. Positions are set
// through lit's styleMap (the CSSOM), which a strict Content-Security-Policy allows.
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { RuleFrame, RulePlaced } from './axis.js';
import type { RankingView, RowView } from './view.js';
import { fill, type RankingMessages } from './messages.js';
import type { RankingProblem } from './state.js';

export interface RowState {
  selected: string;
  /** Hovered here or on the followed map. */
  hovered: string | null;
  highlight: string;
  /** The row that holds the tab stop. */
  active: string | null;
}

export interface ListHandlers {
  keydown: (event: KeyboardEvent) => void;
  click: (event: MouseEvent) => void;
  pointerover: (event: PointerEvent) => void;
  pointerleave: () => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The rules across a row's plot (references on the axis only: those off it have no line). */
function ruleLines(rules: readonly RulePlaced[]): TemplateResult[] {
  return rules
    .filter((r) => r.beyond === 0)
    .map(
      (r) =>
        html`<span
          class="rule ${r.kind}"
          aria-hidden="true"
          part="reference"
          style=${styleMap({ left: pct(r.x) })}
        ></span>`,
    );
}

function markTemplate(row: RowView, mark: 'dot' | 'bar'): TemplateResult | typeof nothing {
  if (row.x === null) return html`<span class="missing" part="missing">${row.missing}</span>`;
  const color = row.color ?? 'currentColor';
  if (mark === 'bar') {
    const [from, to] = row.x >= row.x0 ? [row.x0, row.x] : [row.x, row.x0];
    return html`<span
      class="bar"
      part="mark"
      style=${styleMap({ left: pct(from), width: pct(to - from), background: color })}
    ></span>`;
  }
  return html`<span
    class="dot"
    part="mark"
    style=${styleMap({ left: pct(row.x), background: color })}
  ></span>`;
}

function rowTemplate(
  row: RowView,
  rules: readonly RulePlaced[],
  state: RowState,
  mark: 'dot' | 'bar',
): TemplateResult {
  const classes = [
    'row',
    row.id === state.selected ? 'selected' : '',
    row.id === state.hovered ? 'hovered' : '',
    row.id === state.highlight ? 'highlight' : '',
    row.gapBefore ? 'gap' : '',
    row.x === null ? 'no-value' : '',
  ].filter(Boolean);
  return html`<div
    class=${classes.join(' ')}
    part="row"
    role="option"
    data-id=${row.id}
    tabindex=${row.id === state.active ? 0 : -1}
    aria-selected=${row.id === state.selected ? 'true' : 'false'}
  >
    <span class="rank" part="rank" aria-hidden="true">${row.rank}</span>
    <span class="name" part="name">${row.name}</span><span class="sr-only">: </span>
    <span class="plot" part="plot"
      ><span class="track">${ruleLines(rules)}${markTemplate(row, mark)}</span></span
    >
    <span class="value" part="value">${row.value}</span
    >${row.spoken ? html`<span class="sr-only">${row.spoken}</span>` : nothing}
  </div>`;
}

/** Labels of the reference rules above the rows, each with a line down to the rows. */
function labelsTemplate(rules: readonly RulePlaced[], frame: RuleFrame, height: number) {
  if (!rules.length) return nothing;
  return html`<div
    class="labels"
    aria-hidden="true"
    style=${styleMap({ height: `${height + 6}px` })}
  >
    ${rules.map((r) => {
      const at = frame.plotLeft + r.x * frame.plotWidth;
      const arrow = r.beyond > 0 ? ' →' : r.beyond < 0 ? '← ' : '';
      const lines = r.beyond < 0 ? [arrow + r.lines[0], ...r.lines.slice(1)] : r.lines;
      if (r.beyond > 0) lines[lines.length - 1] += arrow;
      return html`${
          r.beyond === 0
            ? html`<span
                class="stub ${r.kind}"
                style=${styleMap({ left: `${at}px`, top: `${r.top + r.lines.length * frame.lineHeight}px` })}
              ></span>`
            : nothing
        }<span
          class="label ${r.kind}"
          part="reference-label"
          style=${styleMap({ left: `${r.left}px`, top: `${r.top}px`, width: `${r.width + 12}px` })}
          >${lines.map((line) => html`<span class="line">${line}</span>`)}</span
        >`;
    })}
  </div>`;
}

function axisTemplate(v: RankingView, rules: readonly RulePlaced[]): TemplateResult {
  return html`<div class="axis-row" aria-hidden="true">
    <span class="plot" part="axis"
      ><span class="track">
        ${ruleLines(rules)}
        ${v.ticks.map(
          (t) => html`<span class="tick" style=${styleMap({ left: pct(t.x) })}>${t.label}</span>`,
        )}
      </span></span
    >
  </div>`;
}

export function rankingTemplate(
  v: RankingView,
  layout: { rules: RulePlaced[]; height: number; frame: RuleFrame } | null,
  state: RowState,
  options: { mark: 'dot' | 'bar'; noTitle: boolean },
  on: ListHandlers,
): TemplateResult {
  const rules = layout?.rules ?? [];
  const columns = styleMap({
    '--_value-width': `${v.valueChars + 0.5}ch`,
    '--_rank-width': `${Math.max(2, v.rankChars) + 0.5}ch`,
  });
  return html`${
      options.noTitle
        ? nothing
        : html`<p class="title" part="title">${v.title}</p>
            <p class="caption">${v.caption}</p>`
    }
    <div class="chart" style=${columns}>
      <div class="sizer"></div>
      ${layout ? labelsTemplate(rules, layout.frame, layout.height) : nothing}
      <div
        class="list"
        part="list"
        role="listbox"
        aria-label=${v.listLabel}
        aria-describedby="description"
        @keydown=${on.keydown}
        @click=${on.click}
        @pointerover=${on.pointerover}
        @pointerleave=${on.pointerleave}
        @focusin=${on.focusin}
        @focusout=${on.focusout}
      >
        ${v.rows.map((row) => rowTemplate(row, rules, state, options.mark))}
      </div>
      ${v.axis ? axisTemplate(v, rules) : nothing}
    </div>
    <p class="sr-only" id="description">${v.description} ${v.m.keyboardHint}</p>
    ${sourceTemplate(v)}`;
}

function sourceTemplate(v: RankingView): TemplateResult | typeof nothing {
  if (!v.sources.length) return nothing;
  return html`<p class="source" part="source">
    ${v.m.source}:
    ${v.sources.map(
      (s, i) =>
        html`${i ? '; ' : ''}${s.lines.length ? `${s.lines.join(', ')}: ` : ''}${s.url ? html`<a href=${s.url} rel="noopener">${s.name}</a>` : s.name}${
          s.licence ? ` (${s.licence})` : ''
        }`,
    )}.
  </p>`;
}

/** The reader's message of a problem, by its name (`errorIndicator` …). */
function messageText(m: RankingMessages, name: string): string {
  const text = name in m ? m[name as keyof RankingMessages] : undefined;
  return typeof text === 'string' ? text : m.errorFormat;
}

/** Loading text, or a problem in the reader's words with a retry button where it may help. */
export function messageTemplate(
  m: RankingMessages,
  problem: RankingProblem | null,
  onRetry: () => void,
): TemplateResult {
  if (!problem) return html`<div class="message" part="message">${m.loading}</div>`;
  const text = messageText(m, problem.text);
  const values = { ...problem.values };
  if (values.level === 'regions') values.level = m.levelRegions;
  if (values.level === 'districts') values.level = m.levelDistricts;
  return html`<div class="message error" part="message" role="alert">
    <p>${fill(text, values)}</p>
    ${problem.retry ? html`<button type="button" @click=${onRetry}>${m.retry}</button>` : nothing}
  </div>`;
}
