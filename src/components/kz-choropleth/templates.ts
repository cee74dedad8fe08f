// Templates of <kz-choropleth>: the map, the period control, the message box, and the parts below
// the map (legend, toolbar, source line). They only place what the presenter and the geometry
// computed; the element passes its state and handlers in.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { creditsOf } from '../../data/credits.js';
import { creditsTemplate, partsTemplate } from '../credits-template.js';
import type { ColorScale } from '../../scales/color.js';
import { fill, type ChoroplethMessages } from './messages.js';
import type { AreaDatum } from './model.js';
import type { Geometry } from './geometry.js';
import type { Presenter } from './presenter.js';
import type { Problem } from './problems.js';
import { legendLayout } from './legend-layout.js';
import { legendTemplate } from './legend.js';

/** Fill of an area: its class colour, or the pattern for missing data. */
export function fillOf(d: AreaDatum | undefined): string {
  return d?.missing === 'not-applicable'
    ? 'url(#kz-not-applicable)'
    : (!d?.missing && d?.color) || 'url(#kz-no-data)';
}

export interface MapState {
  byId: ReadonlyMap<string, AreaDatum>;
  selected: string;
  hoverId: string | null;
  focusId: string | null;
  /** The area that takes the map's one tab stop. */
  activeId: string | null;
  tipId: string | null;
  /** Fills fade to the new period (a step of the period player). */
  animate: boolean;
}

export interface MapHandlers {
  pointerdown: (event: PointerEvent) => void;
  pointermove: (event: PointerEvent) => void;
  pointerleave: (event: PointerEvent) => void;
  click: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
}

export function mapTemplate(
  presenter: Presenter,
  geometry: Geometry,
  state: MapState,
  on: MapHandlers,
): TemplateResult {
  const cityIds = new Set(geometry.cities.map((c) => c.id));
  const { selected, byId } = state;
  const active =
    state.activeId && geometry.paths.has(state.activeId)
      ? state.activeId
      : selected && geometry.paths.has(selected)
        ? selected
        : geometry.order[0];
  const highlight = (id: string | null, name: string) =>
    id && geometry.paths.has(id) && !cityIds.has(id)
      ? svg`<path class="hl ${name}" d=${geometry.paths.get(id)!}></path>`
      : nothing;
  const described = (id: string) =>
    state.tipId === id && state.focusId === id ? 'tooltip' : nothing;
  return html`<svg
    class="map"
    part="map"
    width=${geometry.width}
    height=${geometry.height}
    viewBox="0 0 ${geometry.width} ${geometry.height}"
    role="group"
    tabindex="-1"
    aria-labelledby="map-title"
    aria-describedby="map-desc"
    @pointerdown=${on.pointerdown}
    @pointermove=${on.pointermove}
    @pointerleave=${on.pointerleave}
    @click=${on.click}
    @keydown=${on.keydown}
    @focusin=${on.focusin}
    @focusout=${on.focusout}
  >
    <title id="map-title">
      ${fill(presenter.messages.mapLabel, { name: presenter.title, period: presenter.period })}
    </title>
    <desc id="map-desc">${presenter.summary()} ${presenter.messages.keyboardHint}</desc>
    <g
      class="areas${geometry.layout === 'districts' ? ' district' : ''}${state.animate ? ' animate' : ''}"
    >
      ${geometry.ids.map((id) =>
        cityIds.has(id)
          ? svg`<path part="area" aria-hidden="true" class="area" data-id=${id} d=${geometry.paths.get(id)!} fill=${fillOf(byId.get(id))}></path>`
          : svg`<path part="area" role="button" class="area" data-id=${id} d=${geometry.paths.get(id)!} fill=${fillOf(byId.get(id))}
              tabindex=${id === active ? 0 : -1} aria-label=${presenter.areaLabel(id)}
              aria-pressed=${id === selected} aria-describedby=${described(id)}></path>`,
      )}
    </g>
    <path class="mesh" d=${geometry.mesh}></path>
    ${geometry.regionMesh ? svg`<path class="mesh regions" d=${geometry.regionMesh}></path>` : nothing}
    <path class="outline" d=${geometry.outline}></path>
    ${highlight(state.hoverId !== selected ? state.hoverId : null, 'hl-hover')}
    ${highlight(selected, 'hl-selected')} ${highlight(state.focusId, 'hl-focus')}
    <g class=${state.animate ? 'cities animate' : 'cities'}>
      ${geometry.cities.map((c) => {
        const labelX = c.labelAnchor === 'start' ? c.x + c.radius + 4 : c.x - c.radius - 4;
        return svg`${
          c.leader
            ? svg`<line class="leader" x1=${c.anchorX} y1=${c.anchorY} x2=${c.x} y2=${c.y}></line>
              <circle class="city-anchor" cx=${c.anchorX} cy=${c.anchorY} r="1.5"></circle>`
            : nothing
        }<g class="city ${c.id === selected ? 'selected' : ''}" part="city" data-id=${c.id}
            role="button" tabindex=${c.id === active ? 0 : -1} aria-label=${presenter.areaLabel(c.id)}
            aria-pressed=${c.id === selected} aria-describedby=${described(c.id)}>
            <circle class="city-hit" cx=${c.x} cy=${c.y} r=${c.hitRadius}></circle>
            <circle class="city-halo" cx=${c.x} cy=${c.y} r=${c.radius + 2}></circle>
            <circle class="city-dot" cx=${c.x} cy=${c.y} r=${c.radius} fill=${fillOf(byId.get(c.id))}></circle>
            <text class="city-label" x=${labelX} y=${c.y + 4} text-anchor=${c.labelAnchor}>${presenter.shortNameOf(c.id)}</text>
          </g>`;
      })}
    </g>
  </svg>`;
}

export function controlsTemplate(
  messages: ChoroplethMessages,
  periods: readonly string[],
  period: string,
  playing: boolean,
  onPlay: () => void,
  onSlider: (event: Event) => void,
  breaks: { note: string; reserve: boolean },
): TemplateResult {
  return html`<div class="controls${breaks.reserve ? ' with-note' : ''}" part="controls">
    <button type="button" class="button" aria-pressed=${playing} @click=${onPlay}>
      <span aria-hidden="true">${playing ? '❚❚' : '▶'}</span
      ><span class="play-label">${playing ? messages.pause : messages.play}</span>
    </button>
    <input
      type="range"
      min="0"
      max=${periods.length - 1}
      step="1"
      .value=${String(periods.indexOf(period))}
      aria-label=${messages.period}
      aria-valuetext=${breaks.note ? `${period}. ${breaks.note}` : period}
      @input=${onSlider}
    />
    <span class="period-label" aria-hidden="true">${period}</span>
    ${breaks.reserve ? html`<p class="period-note" part="period-note">${breaks.note}</p>` : nothing}
  </div>`;
}

/** Placeholder values in the reader's language: the level named in errorLevel. */
function wordedValues(messages: ChoroplethMessages, values: Problem['values']): Problem['values'] {
  const level =
    values.level === 'regions'
      ? messages.levelRegions
      : values.level === 'districts' && messages.levelDistricts;
  return level ? { ...values, level } : values;
}

/** The loading message, or a problem worded for readers with a retry button when it may help. */
export function messageTemplate(
  messages: ChoroplethMessages,
  problem: Problem | null,
  onRetry: () => void,
): TemplateResult {
  if (!problem) return html`<div class="placeholder" part="message">${messages.loading}</div>`;
  return html`<div class="placeholder error" part="message" role="alert">
    <p>${fill(messages[problem.text] as string, wordedValues(messages, problem.values))}</p>
    ${
      problem.retry
        ? html`<button type="button" class="button" @click=${onRetry}>${messages.retry}</button>`
        : nothing
    }
  </div>`;
}

export function legendBlock(
  presenter: Presenter,
  scale: ColorScale,
  width: number,
): TemplateResult {
  const references = presenter.references();
  const layout = legendLayout({
    width: Math.max(120, width),
    scale,
    counts: presenter.counts,
    references,
    format: presenter.formatBreak,
    noDataLabel: presenter.messages.noData,
    notApplicableLabel: presenter.messages.notApplicable,
  });
  return legendTemplate(layout, {
    caption: [presenter.unit, presenter.period].filter(Boolean).join(', '),
    label: `${presenter.messages.legend}: ${presenter.legendDescription(references)}`,
  });
}

/**
 * Credits for what is drawn: the source of the area values and of each reference drawn in the
 * legend (one entry per distinct source, with licences; links only to http(s) addresses), then
 * the map's credit as its licences ask.
 */
export function footerTemplate(presenter: Presenter, drawn: string[]): TemplateResult {
  const references = presenter.indicator.references.filter((r) => drawn.includes(r.id));
  const credits = creditsOf(presenter.indicator, references, presenter.lang);
  return html`<p class="footer" part="footer">
    ${credits.length ? html`${presenter.messages.source}: ${creditsTemplate(credits)}.` : nothing}
    <span class="map-credit"
      >${presenter.messages.map}: ${partsTemplate(presenter.messages.mapCredit)}</span
    >
  </p>`;
}

export interface ExportActions {
  png: () => void;
  svg: () => void;
  csv: () => void;
  script: () => void;
  /** Present when an iframe snippet can be built (embed page and data URL known). */
  iframe?: () => void;
  keydown: (event: KeyboardEvent) => void;
}

export function exportMenuTemplate(
  messages: ChoroplethMessages,
  on: ExportActions,
): TemplateResult {
  return html`<details class="export" part="export" @keydown=${on.keydown}>
    <summary>${messages.download}</summary>
    <div class="menu">
      <button type="button" @click=${on.png}>${messages.png}</button>
      <button type="button" @click=${on.svg}>${messages.svg}</button>
      <button type="button" @click=${on.csv}>${messages.csv}</button>
      <button type="button" @click=${on.script}>${messages.copyEmbed}</button>
      ${on.iframe ? html`<button type="button" @click=${on.iframe}>${messages.copyIframe}</button>` : nothing}
    </div>
  </details>`;
}
