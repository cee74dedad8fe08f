import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Better, Dataset, Indicator, Lang, LayoutId } from '../../data/types.js';
import { areaInfo } from '../../data/areas.js';
import { formatNumber, formatRank, langOf, localize } from '../../i18n/format.js';
import { IndicatorSourceController } from '../../controllers/indicator-source.js';
import { loadTopology, topologyUrl, type MapLoadError } from '../../geo/load-map.js';
import type { AreaTopology } from '../../geo/features.js';
import { isDirection, nearestInDirection } from '../../geo/navigation.js';
import { MAP_ATTRIBUTION, MAP_ATTRIBUTION_URL } from '../../geo/attribution.js';
import { configuredMapBase } from '../../config.js';
import { colorScale, type ColorScale } from '../../scales/color.js';
import { CLASS_METHODS, type ClassMethod } from '../../scales/classify.js';
import { SCHEMES, schemeKind } from '../../scales/schemes.js';
import { styles } from './kz-choropleth.styles.js';
import { MESSAGES, fill, type ChoroplethMessages } from './messages.js';
import {
  areaData,
  classCounts,
  extremes,
  nationalValue,
  referencesAt,
  scaleValues,
  type AreaDatum,
} from './model.js';
import {
  isProblem,
  loadProblem,
  mapProblem,
  resolveView,
  type Problem,
  type Shown,
} from './resolve.js';
import { buildGeometry, reservedHeight, type Geometry } from './geometry.js';
import { legendLayout } from './legend-layout.js';
import { legendTemplate, missingPatterns } from './legend.js';
import { sparkGeometry, tooltipTemplate, tooltipText } from './tooltip.js';
import {
  sortRows,
  tableTemplate,
  type SortDirection,
  type SortKey,
  type TableRow,
} from './table.js';
import {
  csvOf,
  fileName,
  iframeSnippet,
  scriptSnippet,
  svgDocument,
  type EmbedView,
} from './export.js';
import { download, inlinedMarkup, svgToPng } from './export-dom.js';
import {
  ChoroplethChangeEvent,
  ChoroplethErrorEvent,
  ChoroplethHoverEvent,
  ChoroplethLoadEvent,
  ChoroplethSelectEvent,
} from './events.js';

const TAG = 'kz-choropleth';
const warned = new Set<string>();

/** Warns once per cause: the tag, a short code, what happened and the fix. */
function warnOnce(code: string, message: string, fix: string): void {
  const text = `<${TAG}> [kz-${code}] ${message}. Fix: ${fix}.`;
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

const numberList = {
  fromAttribute: (value: string | null): number[] | null => {
    if (value === null || value.trim() === '') return null;
    return value
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
  },
  toAttribute: (value: number[] | null) => (value ? value.join(',') : null),
};

// Topologies already loaded, for synchronous reuse (no loading flash on a layout switch).
const topologies = new Map<string, AreaTopology>();

/**
 * A choropleth map of Kazakhstan's regions or districts from a kz-indicators JSON document.
 *
 * @tag kz-choropleth
 * @fires kz-select - The reader selected an area (click, tap, Enter). Detail: `{ area, name, value, period, indicator }`.
 * @fires kz-hover - The pointer or keyboard focus moved to an area, or left (`area: null`).
 * @fires kz-change - The reader changed the period with the period control. Detail: `{ period }`.
 * @fires kz-load - Data and map are drawn. Detail: `{ indicator, period, layout, areas }`.
 * @fires kz-error - A problem is shown instead of the map. Detail: `{ code, message, fix, url?, status? }`.
 * @csspart map - The map's SVG.
 * @csspart area - Each area's shape.
 * @csspart city - Each city symbol (Astana, Almaty, Shymkent).
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart controls - The period control.
 * @csspart table - The data table.
 * @csspart toolbar - The table toggle and the export menu.
 * @csspart footer - Source and map attribution.
 * @csspart title - The indicator name above the map.
 * @csspart message - The loading or problem message.
 * @cssprop --kz-choropleth-font - Font family (default: inherited).
 * @cssprop --kz-choropleth-font-size - Base font size (default 0.875rem).
 * @cssprop --kz-choropleth-text - Text colour.
 * @cssprop --kz-choropleth-muted - Secondary text colour.
 * @cssprop --kz-choropleth-background - Background (transparent unless `theme` is set).
 * @cssprop --kz-choropleth-border - Borders between areas.
 * @cssprop --kz-choropleth-outline - The country's outline and frames.
 * @cssprop --kz-choropleth-focus - Keyboard focus ring.
 * @cssprop --kz-choropleth-selected - Outline of the selected and hovered area.
 * @cssprop --kz-choropleth-no-data - Fill of areas without data.
 * @cssprop --kz-choropleth-no-data-line - Hatching of areas without data.
 * @cssprop --kz-choropleth-panel - Background of buttons, table header and messages.
 * @cssprop --kz-choropleth-tooltip-background - Tooltip and menu background.
 * @cssprop --kz-choropleth-tooltip-border - Tooltip and menu border.
 */
export class KzChoropleth extends LitElement {
  static override styles = styles;

  /** URL of an indicator document (JSON). */
  @property() src: string | null = null;
  /** An indicator document or a parsed dataset, set as a property; wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Indicator id; default: the first indicator of the document. */
  @property() indicator = '';
  /** Period id (`2019`, `2019/2020`, `2023-Q1`); default: the latest with area values. */
  @property() period = '';
  /** Boundary layout: `2022`, `2018`, `pre2018` or `districts`; default: inferred from the data. */
  @property() layout: LayoutId | '' = '';
  /** `regions` or `districts`, when a document holds both; default: as the data says. */
  @property() level: 'regions' | 'districts' | '' = '';
  /** Classification: `quantile`, `equal`, `natural` (ckmeans), `thresholds` or `continuous`. */
  @property() method: ClassMethod = 'quantile';
  /** Number of classes (2 to 9). */
  @property({ type: Number }) classes = 5;
  /** Custom class breaks, ascending (`"10,15,20"`); implies `method="thresholds"`. */
  @property({ converter: numberList }) thresholds: number[] | null = null;
  /** Colour scheme: blues, greens, oranges, purples, orrd, ylorrd, ylgnbu, viridis, cividis, rdbu, puor, brbg. */
  @property() scheme = '';
  /** Overrides the indicator's direction (`higher`, `lower`, `neutral`): worse is darker or warmer. */
  @property() better: Better | '' = '';
  /** Diverging colours around the national value of the shown period. */
  @property({ type: Boolean }) diverging = false;
  /** Diverging colours around this value (for example a target) instead of the national value. */
  @property({ type: Number }) midpoint: number | null = null;
  /** Classes from the shown period only (by default the scale is fixed across all periods). */
  @property({ type: Boolean, attribute: 'period-scale' }) periodScale = false;
  /** Shows the period slider with play and pause. */
  @property({ type: Boolean }) controls = false;
  /** `map` or `table`. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';
  /** Id of the highlighted area; setting it does not fire `kz-select`. */
  @property() selected = '';
  /** `light`, `dark` or `auto` (follows prefers-color-scheme); default: the page's color-scheme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined = undefined;
  /** Hides the legend. */
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;
  /** Draws Astana, Almaty and Shymkent as their (tiny) shapes instead of labelled symbols. */
  @property({ type: Boolean, attribute: 'no-city-symbols' }) noCitySymbols = false;
  /** Hides the indicator name above the map. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;
  /** Hides the table toggle. */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;
  /** Hides the download and embed menu. */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;
  /** Folder the map files load from (default: `maps/` next to the library). */
  @property({ attribute: 'map-base' }) mapBase = '';
  /** Script URL written into copied embed code (default: this version on jsDelivr). */
  @property({ attribute: 'embed-script' }) embedScript = '';
  /** URL of the iframe embed page (`embed.html`); enables "Copy iframe code". */
  @property({ attribute: 'embed-page' }) embedPage = '';

  @state() private width = 0;
  @state() private hoverId: string | null = null;
  @state() private focusId: string | null = null;
  @state() private activeId: string | null = null;
  @state() private tipId: string | null = null;
  @state() private playing = false;
  @state() private sort: { key: SortKey; direction: SortDirection } = {
    key: 'name',
    direction: 'ascending',
  };
  @state() private announcement = '';
  @state() private status = '';
  @state() private snippet = '';

  private readonly source = new IndicatorSourceController(this);
  private uiLang: Lang = 'en';
  private m: ChoroplethMessages = MESSAGES.en;
  private problem: Problem | null = null;
  private shown: Shown | null = null;
  private topology: { key: string; value?: AreaTopology; error?: MapLoadError } | null = null;
  private geometry: Geometry | null = null;
  private geometries = new Map<string, Geometry>();
  private scale: ColorScale | null = null;
  private scaleKey: unknown[] = [];
  private areas: AreaDatum[] = [];
  private byId = new Map<string, AreaDatum>();
  private dataKey: unknown[] = [];
  private tipAt: { x: number; y: number } | null = null;
  private resizeObserver?: ResizeObserver;
  private playTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedProblem = '';
  private loadedKey: unknown[] = [];
  private warnedDataset: Dataset | null = null;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Observes a zero-height line inside the shadow root: its width is the host's content width
    // and its height never changes, so drawing a taller map cannot trigger another resize.
    if (this.hasUpdated) this.observeSize();
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  private observeSize(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(sizer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.refresh();
    this.uiLang = langOf(this);
    this.m = MESSAGES[this.uiLang];
    this.resolve();
    this.report();
  }

  /** From inputs to what is drawn: problem, shown view, topology, geometry, scale, area data. */
  private resolve(): void {
    const { dataset, error, loading } = this.source;
    this.problem = null;
    this.shown = null;
    if (error) {
      this.problem = loadProblem(error);
      return;
    }
    if (loading || !dataset) return;
    if (dataset.warnings.length && this.warnedDataset !== dataset) {
      this.warnedDataset = dataset;
      warnOnce(
        'data-warnings',
        `the data was read with ${dataset.warnings.length} warning(s): ${dataset.warnings
          .slice(0, 3)
          .map((w) => `${w.path}: ${w.message}`)
          .join('; ')}`,
        'write the area codes and periods as the data format documentation shows',
      );
    }
    const view = resolveView(dataset, {
      indicator: this.indicator,
      period: this.period,
      layout: this.layout,
      level: this.level,
    });
    if (isProblem(view)) {
      this.problem = view;
      return;
    }
    this.shown = view;
    if (view.outside.length) {
      warnOnce(
        'layout-mismatch',
        `${view.outside.length} value(s) of ${view.period} are not on the ${view.layout} layout and are not drawn (${view.outside.slice(0, 5).join(', ')})`,
        'remove the layout attribute to use the layout of the data',
      );
    }
    const base = this.mapBase || configuredMapBase() || undefined;
    const key = topologyUrl(view.layout, base);
    if (this.topology?.key !== key) {
      const ready = topologies.get(key);
      this.topology = { key, value: ready };
      if (!ready) this.fetchTopology(view.layout, key, base);
    }
    if (this.topology.error) {
      this.problem = mapProblem(this.topology.error);
      return;
    }
    const topology = this.topology.value;
    if (!topology || this.width <= 0) return;
    const geometryKey = `${key}|${this.width}|${this.noCitySymbols}`;
    let geometry = this.geometries.get(geometryKey);
    if (!geometry) {
      geometry = buildGeometry(view.layout, topology, this.width, !this.noCitySymbols);
      if (this.geometries.size > 6) this.geometries.clear();
      this.geometries.set(geometryKey, geometry);
    }
    this.geometry = geometry;
    this.scale = this.buildScale(view);
    const dataKey = [view.indicator, view.period, geometry.ids, this.scale];
    if (dataKey.some((v, i) => v !== this.dataKey[i])) {
      this.dataKey = dataKey;
      this.areas = areaData(geometry.ids, view.indicator, view.period, this.scale);
      this.byId = new Map(this.areas.map((d) => [d.id, d]));
    }
  }

  private fetchTopology(layout: LayoutId, key: string, base: string | undefined): void {
    loadTopology(layout, base ? { base } : {}).then(
      (value) => {
        topologies.set(key, value);
        if (this.topology?.key === key) {
          this.topology = { key, value };
          this.requestUpdate();
        }
      },
      (error: MapLoadError) => {
        if (this.topology?.key === key) {
          this.topology = { key, error };
          this.requestUpdate();
        }
      },
    );
  }

  private buildScale(view: Shown): ColorScale {
    const indicator = view.indicator;
    let method = this.method;
    if (this.thresholds && this.thresholds.length) method = 'thresholds';
    if (!CLASS_METHODS.includes(method)) {
      warnOnce('method', `unknown method "${method}"`, `use one of ${CLASS_METHODS.join(', ')}`);
      method = 'quantile';
    }
    const better = (['higher', 'lower', 'neutral'] as const).includes(this.better as Better)
      ? (this.better as Better)
      : indicator.better;
    const midpoint =
      this.midpoint !== null && Number.isFinite(this.midpoint)
        ? this.midpoint
        : this.diverging
          ? nationalValue(indicator, view.period)
          : null;
    if (this.diverging && midpoint === null) {
      warnOnce(
        'midpoint',
        `no national value for ${view.period}, so the colours are not diverging`,
        'add a national reference series, or set midpoint',
      );
    }
    let scheme = this.scheme || undefined;
    if (scheme && !SCHEMES.includes(scheme as never)) {
      warnOnce('scheme', `unknown scheme "${scheme}"`, `use one of ${SCHEMES.join(', ')}`);
      scheme = undefined;
    }
    if (scheme && midpoint !== null && schemeKind(scheme) !== 'diverging') scheme = undefined;
    const perPeriod = this.periodScale || (this.diverging && this.midpoint === null);
    const key = [
      indicator,
      method,
      this.classes,
      this.thresholds?.join(','),
      scheme,
      better,
      midpoint,
      perPeriod ? view.period : '*',
      view.levelIds,
    ];
    if (this.scale && key.every((v, i) => v === this.scaleKey[i])) return this.scale;
    this.scaleKey = key;
    const values = scaleValues(indicator, view.levelIds, perPeriod ? view.period : undefined);
    const classes = Math.max(2, Math.min(9, Math.round(this.classes) || 5));
    try {
      return colorScale(values, {
        method,
        classes,
        thresholds: this.thresholds ?? undefined,
        scheme,
        better,
        midpoint,
      });
    } catch (error) {
      warnOnce('scale', (error as Error).message, 'check thresholds, classes and scheme');
      return colorScale(values, { classes, better, midpoint, scheme: undefined });
    }
  }

  /** Fires kz-error and warns once per new problem; fires kz-load once per drawn view. */
  private report(): void {
    const p = this.problem;
    const problemKey = p ? `${p.code}|${p.message}` : '';
    if (problemKey && problemKey !== this.reportedProblem) {
      warnOnce(p!.code, p!.message, p!.fix);
      this.dispatchEvent(
        new ChoroplethErrorEvent({
          code: p!.code,
          message: p!.message,
          fix: p!.fix,
          url: p!.url,
          status: p!.status,
        }),
      );
    }
    this.reportedProblem = problemKey;
  }

  protected override updated(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.placeholder');
    if (stage && this.width > 0) {
      stage.style.aspectRatio = 'auto';
      stage.style.height = `${reservedHeight(this.width)}px`;
    }
    this.placeTip();
    const s = this.shown;
    if (s && this.geometry && !this.problem) {
      const key = [s.indicator, s.period, s.layout];
      if (key.some((v, i) => v !== this.loadedKey[i])) {
        this.loadedKey = key;
        this.dispatchEvent(
          new ChoroplethLoadEvent({
            indicator: s.indicator.id,
            period: s.period,
            layout: s.layout,
            areas: this.geometry.ids.length,
          }),
        );
      }
    }
  }

  // ---- names and formats ------------------------------------------------------------------

  private nameOf(id: string): string {
    const info = areaInfo(id);
    return info ? info.names[this.uiLang] : id;
  }

  private shortNameOf(id: string): string {
    const info = areaInfo(id);
    return info ? info.shortNames[this.uiLang] : id;
  }

  private format(value: number | null, indicator: Indicator, extra = 0): string {
    return formatNumber(value, this.uiLang, indicator.decimals + extra);
  }

  private formatBreak = (value: number): string => {
    // At least the indicator's decimals, more when a break needs them (9.87 for 1-decimal data).
    const decimals = Math.min(4, (String(value).split('.')[1] ?? '').length);
    return formatNumber(
      value,
      this.uiLang,
      Math.max(decimals, this.shown?.indicator.decimals ?? 1),
    );
  };

  private valueText(d: AreaDatum, indicator: Indicator, period: string): string {
    if (d.value === null) {
      return d.missing === 'not-applicable'
        ? this.m.notApplicable
        : fill(this.m.noValueFor, { period });
    }
    const unit = localize(indicator.unit, this.uiLang);
    return `${this.format(d.value, indicator)}${unit ? ` ${unit}` : ''}`;
  }

  private areaLabel(id: string): string {
    const s = this.shown!;
    const d = this.byId.get(id);
    if (!d) return this.nameOf(id);
    const rank = d.rank !== null ? `, ${formatRank(d.rank, this.rankedCount(), this.uiLang)}` : '';
    return `${this.nameOf(id)}: ${this.valueText(d, s.indicator, s.period)}${rank}`;
  }

  private rankedCount(): number {
    return this.areas.filter((d) => d.rank !== null).length;
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const s = this.shown;
    const ready = s && this.geometry && this.scale && !this.problem;
    return html`<div class="sizer"></div>
      <svg class="defs" aria-hidden="true" focusable="false">
        <defs>${missingPatterns()}</defs>
        <rect class="probe-background" width="0" height="0"></rect>
      </svg>
      ${
        s && !this.noTitle && !this.problem
          ? html`<p class="title" part="title">${localize(s.indicator.name, this.uiLang)}</p>`
          : nothing
      }
      ${ready && this.controls && s.periods.length > 1 ? this.renderControls(s) : nothing}
      <div class="stage">${ready ? this.renderReady(s) : this.renderPlaceholder()}</div>
      ${ready ? this.renderBelow(s) : nothing}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>`;
  }

  private renderPlaceholder(): TemplateResult {
    const p = this.problem;
    if (!p) {
      return html`<div class="placeholder" part="message">${this.m.loading}</div>`;
    }
    return html`<div class="placeholder error" part="message" role="alert">
      <p>${fill(this.m[p.text] as string, p.values)}</p>
      ${
        p.retry
          ? html`<button type="button" class="button" @click=${this.retry}>${this.m.retry}</button>`
          : nothing
      }
    </div>`;
  }

  private renderReady(s: Shown): TemplateResult {
    const g = this.geometry!;
    const tip = this.tipId ? this.byId.get(this.tipId) : undefined;
    return html`<div class="map-view" ?hidden=${this.view === 'table'}>${this.renderMap(s, g)}</div>
      ${this.view === 'table' ? this.renderTable(s) : nothing}
      ${
        tip && this.view === 'map'
          ? html`<div class="tooltip" part="tooltip" id="tooltip">
              ${tooltipTemplate(
                tooltipText(
                  tip,
                  this.nameOf(tip.id),
                  s.indicator,
                  s.period,
                  this.rankedCount(),
                  this.uiLang,
                ),
                sparkGeometry(s.indicator, tip.id, s.period, this.uiLang),
                s.period,
              )}
            </div>`
          : nothing
      }`;
  }

  private fillOf(d: AreaDatum | undefined): string {
    if (!d || d.missing === 'no-data') return 'url(#kz-no-data)';
    if (d.missing === 'not-applicable') return 'url(#kz-not-applicable)';
    return d.color ?? 'url(#kz-no-data)';
  }

  private renderMap(s: Shown, g: Geometry): TemplateResult {
    const cityIds = new Set(g.cities.map((c) => c.id));
    const active =
      this.activeId && g.paths.has(this.activeId)
        ? this.activeId
        : this.selected && g.paths.has(this.selected)
          ? this.selected
          : g.order[0];
    const district = g.layout === 'districts' ? 'area district' : 'area';
    const title = fill(this.m.mapLabel, {
      name: localize(s.indicator.name, this.uiLang),
      period: s.period,
    });
    const highlight = (id: string | null, cls: string) =>
      id && g.paths.has(id) && !cityIds.has(id)
        ? svg`<path class="hl ${cls}" d=${g.paths.get(id)!}></path>`
        : nothing;
    const described = (id: string) =>
      this.tipId === id && this.focusId === id ? 'tooltip' : nothing;
    return html`<svg
      class="map"
      part="map"
      width=${g.width}
      height=${g.height}
      viewBox="0 0 ${g.width} ${g.height}"
      role="group"
      aria-labelledby="map-title"
      aria-describedby="map-desc"
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
      @click=${this.onClick}
      @keydown=${this.onKeyDown}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
    >
      <title id="map-title">${title}</title>
      <desc id="map-desc">${this.summary(s)} ${this.m.keyboardHint}</desc>
      <g class="areas">
        ${g.ids.map((id) => {
          const d = this.byId.get(id);
          if (cityIds.has(id)) {
            return svg`<path class=${district} part="area" data-id=${id} d=${g.paths.get(id)!} fill=${this.fillOf(d)} aria-hidden="true"></path>`;
          }
          return svg`<path class=${district} part="area" data-id=${id} d=${g.paths.get(id)!} fill=${this.fillOf(d)}
            role="button" tabindex=${id === active ? 0 : -1} aria-label=${this.areaLabel(id)}
            aria-pressed=${id === this.selected ? 'true' : 'false'} aria-describedby=${described(id)}></path>`;
        })}
      </g>
      <path class="mesh" d=${g.mesh}></path>
      ${g.regionMesh ? svg`<path class="mesh regions" d=${g.regionMesh}></path>` : nothing}
      <path class="outline" d=${g.outline}></path>
      ${highlight(this.hoverId !== this.selected ? this.hoverId : null, 'hl-hover')}
      ${highlight(this.selected, 'hl-selected')} ${highlight(this.focusId, 'hl-focus')}
      <g class="cities">
        ${g.cities.map((c) => {
          const d = this.byId.get(c.id);
          const labelX = c.labelAnchor === 'start' ? c.x + c.radius + 4 : c.x - c.radius - 4;
          return svg`${
            c.leader
              ? svg`<line class="leader" x1=${c.anchorX} y1=${c.anchorY} x2=${c.x} y2=${c.y}></line>
                <circle class="city-anchor" cx=${c.anchorX} cy=${c.anchorY} r="1.5"></circle>`
              : nothing
          }<g class="city ${c.id === this.selected ? 'selected' : ''}" part="city" data-id=${c.id}
              role="button" tabindex=${c.id === active ? 0 : -1} aria-label=${this.areaLabel(c.id)}
              aria-pressed=${c.id === this.selected ? 'true' : 'false'} aria-describedby=${described(c.id)}>
              <circle class="city-hit" cx=${c.x} cy=${c.y} r=${c.hitRadius}></circle>
              <circle class="city-halo" cx=${c.x} cy=${c.y} r=${c.radius + 2}></circle>
              <circle class="city-dot" cx=${c.x} cy=${c.y} r=${c.radius} fill=${this.fillOf(d)}></circle>
              <text class="city-label" x=${labelX} y=${c.y + 4} text-anchor=${c.labelAnchor}>${this.shortNameOf(c.id)}</text>
            </g>`;
        })}
      </g>
    </svg>`;
  }

  /** Highest, lowest and national value, in one sentence each. */
  private summary(s: Shown): string {
    const { highest, lowest } = extremes(this.areas);
    const names = (list: AreaDatum[]) => list.map((d) => this.nameOf(d.id)).join(', ');
    const parts: string[] = [];
    if (highest.length) {
      parts.push(
        `${this.m.highest}: ${names(highest)}, ${this.valueText(highest[0], s.indicator, s.period)}.`,
      );
      parts.push(
        `${this.m.lowest}: ${names(lowest)}, ${this.valueText(lowest[0], s.indicator, s.period)}.`,
      );
    }
    const national = nationalValue(s.indicator, s.period);
    if (national !== null) parts.push(`${this.m.country}: ${this.format(national, s.indicator)}.`);
    return parts.join(' ');
  }

  private renderControls(s: Shown): TemplateResult {
    const index = s.periods.indexOf(s.period);
    return html`<div class="controls" part="controls">
      <button
        type="button"
        class="button"
        aria-pressed=${this.playing ? 'true' : 'false'}
        @click=${this.togglePlay}
      >
        <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span>${
          this.playing ? this.m.pause : this.m.play
        }
      </button>
      <input
        type="range"
        min="0"
        max=${s.periods.length - 1}
        step="1"
        .value=${String(index)}
        aria-label=${this.m.period}
        aria-valuetext=${s.period}
        @input=${this.onSlider}
      />
      <span class="period-label" aria-hidden="true">${s.period}</span>
    </div>`;
  }

  private renderBelow(s: Shown): TemplateResult {
    const unit = localize(s.indicator.unit, this.uiLang);
    const refs = referencesAt(s.indicator, s.period).map((r) => {
      const label =
        localize(r.label, this.uiLang) || (r.kind === 'national' ? this.m.country : r.id);
      const value = this.format(r.value, s.indicator);
      // A target's label usually states its value ("SDG target 3.2: 25 or lower by 2030").
      const says = r.kind === 'target' && label.split(/[^\d.]+/).includes(String(r.value));
      return { id: r.id, kind: r.kind, value: r.value, label: says ? label : `${label} ${value}` };
    });
    const counts = classCounts(this.areas, this.scale!);
    const layout =
      this.noLegend || this.view === 'table'
        ? null
        : legendLayout({
            width: Math.max(120, this.width),
            scale: this.scale!,
            counts,
            references: refs,
            format: this.formatBreak,
            formatEnd: (v) => this.format(v, s.indicator),
            noDataLabel: this.m.noData,
            notApplicableLabel: this.m.notApplicable,
          });
    const legendLabel = [
      ...(this.scale!.kind === 'stepped'
        ? this.scale!.classes.map(
            (c, i) =>
              `${this.formatBreak(c.lower)}–${this.formatBreak(c.upper)}: ${this.m.areasCount(counts.counts[i] ?? 0)}`,
          )
        : [
            `${this.formatBreak(this.scale!.domain[0])}–${this.formatBreak(this.scale!.domain[1])}`,
          ]),
      ...(counts.noData ? [`${this.m.noData}: ${this.m.areasCount(counts.noData)}`] : []),
      ...(counts.notApplicable
        ? [`${this.m.notApplicable}: ${this.m.areasCount(counts.notApplicable)}`]
        : []),
      ...refs.map((r) => r.label),
    ].join('; ');
    const source = s.indicator.source;
    const sourceName = localize(source.name, this.uiLang);
    const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : '';
    return html`${
        layout
          ? legendTemplate(layout, {
              caption: [unit, s.period].filter(Boolean).join(', '),
              label: `${this.m.legend}: ${legendLabel}`,
            })
          : nothing
      }
      <div class="toolbar" part="toolbar">
        ${
          this.noTable
            ? nothing
            : html`<button type="button" class="button" @click=${this.toggleView}>
                ${this.view === 'table' ? this.m.showMap : this.m.showTable}
              </button>`
        }
        ${this.noExport ? nothing : this.renderExport()}
      </div>
      ${this.status ? html`<p class="status" role="status">${this.status}</p>` : nothing}
      ${
        this.snippet
          ? html`<textarea
              class="snippet"
              readonly
              aria-label=${this.m.copyEmbed}
              .value=${this.snippet}
            ></textarea>`
          : nothing
      }
      <p class="footer" part="footer">
        ${
          sourceName
            ? html`${this.m.source}:
              ${safeUrl ? html`<a href=${safeUrl} rel="noopener">${sourceName}</a>` : sourceName}${
                source.licence ? ` (${source.licence})` : ''
              }.`
            : nothing
        }
        ${this.m.map}:
        <a href=${MAP_ATTRIBUTION_URL} rel="noopener">${MAP_ATTRIBUTION[this.uiLang]}</a>.
      </p>`;
  }

  private renderExport(): TemplateResult {
    return html`<details class="export" part="export" @keydown=${this.onMenuKey}>
      <summary>${this.m.download}</summary>
      <div class="menu">
        <button type="button" @click=${() => this.exportImage('png')}>${this.m.png}</button>
        <button type="button" @click=${() => this.exportImage('svg')}>${this.m.svg}</button>
        <button type="button" @click=${this.exportCsv}>${this.m.csv}</button>
        <button type="button" @click=${() => this.copyEmbed('script')}>${this.m.copyEmbed}</button>
        ${
          this.embedPage && this.src
            ? html`<button type="button" @click=${() => this.copyEmbed('iframe')}>
                ${this.m.copyIframe}
              </button>`
            : nothing
        }
      </div>
    </details>`;
  }

  private tableRows(s: Shown): TableRow[] {
    const total = this.rankedCount();
    return this.areas.map((d) => ({
      datum: d,
      name: this.nameOf(d.id),
      value:
        d.value === null
          ? this.valueText(d, s.indicator, s.period)
          : this.format(d.value, s.indicator),
      rank:
        d.rank !== null
          ? `${formatRank(d.rank, total, this.uiLang)}${d.tied ? `, ${this.m.tied}` : ''}`
          : '',
      diff:
        d.diff !== null
          ? formatNumber(d.diff, this.uiLang, s.indicator.decimals, { signed: true })
          : '',
      notes: [
        d.observation?.status ? this.m[d.observation.status] : '',
        d.reason === 'suppressed' ? this.m.suppressed : '',
        localize(d.observation?.note, this.uiLang),
      ]
        .filter(Boolean)
        .join('; '),
    }));
  }

  private renderTable(s: Shown): TemplateResult {
    const collator = new Intl.Collator(this.uiLang);
    const rows = sortRows(this.tableRows(s), this.sort.key, this.sort.direction, collator);
    return tableTemplate(
      rows,
      {
        caption: fill(this.m.tableCaption, {
          name: localize(s.indicator.name, this.uiLang),
          period: s.period,
        }),
        area: this.m.area,
        value: [this.m.value, localize(s.indicator.unit, this.uiLang)].filter(Boolean).join(', '),
        rank: this.m.rank,
        difference: this.m.difference,
        notes: this.m.notes,
        sortBy: (column) => fill(this.m.sortBy, { column }),
      },
      this.sort,
      this.onSort,
      this.selected,
      nationalValue(s.indicator, s.period) !== null,
    );
  }

  // ---- interaction ------------------------------------------------------------------------

  private idFrom(event: Event): string | null {
    const target = (event.target as Element | null)?.closest?.('[data-id]');
    return target?.getAttribute('data-id') ?? null;
  }

  private hover(id: string | null): void {
    if (id === this.hoverId) return;
    this.hoverId = id;
    const s = this.shown;
    this.dispatchEvent(
      new ChoroplethHoverEvent({
        area: id,
        value: id ? (this.byId.get(id)?.value ?? null) : null,
        period: s?.period ?? '',
      }),
    );
  }

  private onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const id = this.idFrom(event);
    this.hover(id);
    const box = this.renderRoot.querySelector('.stage')!.getBoundingClientRect();
    this.tipAt = { x: event.clientX - box.left, y: event.clientY - box.top };
    if (id) {
      this.tipId = id;
      this.placeTip();
    } else if (!this.focusId) {
      this.tipId = null;
    }
  };

  private onPointerLeave = (): void => {
    this.hover(this.focusId);
    if (!this.focusId) this.tipId = null;
  };

  private onClick = (event: MouseEvent): void => {
    const id = this.idFrom(event);
    if (!id) {
      this.tipId = null;
      return;
    }
    const box = this.renderRoot.querySelector('.stage')!.getBoundingClientRect();
    if (event.detail > 0) this.tipAt = { x: event.clientX - box.left, y: event.clientY - box.top };
    this.tipId = id;
    this.select(id);
  };

  private onFocusIn = (event: FocusEvent): void => {
    const id = this.idFrom(event);
    if (!id) return;
    this.focusId = id;
    this.activeId = id;
    this.tipId = id;
    this.tipAt = null;
    this.hover(id);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Element | null;
    if (next && this.renderRoot.contains(next) && next.closest('[data-id]')) return;
    this.focusId = null;
    this.tipId = null;
    this.hover(null);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const g = this.geometry;
    const current = this.idFrom(event);
    if (!g || !current) return;
    let next: string | null = null;
    if (isDirection(event.key)) next = nearestInDirection(g.nav, current, event.key);
    else if (event.key === 'Home') next = g.order[0];
    else if (event.key === 'End') next = g.order[g.order.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(current);
      return;
    } else if (event.key === 'Escape') {
      if (this.tipId) {
        this.tipId = null;
      } else {
        this.renderRoot.querySelector<HTMLElement>('.toolbar button, .toolbar summary')?.focus();
      }
      return;
    } else {
      return;
    }
    event.preventDefault();
    if (next && next !== current) {
      this.activeId = next;
      // Focus after the update, so that focus handlers do not change state inside it.
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<SVGElement>(`[data-id="${CSS.escape(next)}"][tabindex]`)
          ?.focus(),
      );
    }
  };

  private select(id: string): void {
    const s = this.shown;
    if (!s) return;
    const d = this.byId.get(id);
    this.selected = id;
    this.announcement = fill(this.m.selected, {
      name: this.nameOf(id),
      value: d ? this.valueText(d, s.indicator, s.period) : '',
    });
    this.dispatchEvent(
      new ChoroplethSelectEvent({
        area: id,
        name: this.nameOf(id),
        value: d?.value ?? null,
        period: s.period,
        indicator: s.indicator.id,
      }),
    );
  }

  /** Puts the tooltip next to the pointer, or next to the focused area, inside the stage. */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const g = this.geometry;
    if (!tip || !g || !this.tipId) return;
    let at = this.tipAt;
    if (!at) {
      const p = g.nav.find((n) => n.id === this.tipId);
      at = p ? { x: p.x, y: p.y } : { x: g.width / 2, y: g.height / 2 };
    }
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let x = at.x + 14;
    if (x + w > g.width) x = Math.max(0, at.x - 14 - w);
    let y = at.y + 14;
    if (y + h > g.height) y = Math.max(0, at.y - 14 - h);
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private onSlider = (event: Event): void => {
    const s = this.shown;
    if (!s) return;
    const period = s.periods[Number((event.target as HTMLInputElement).value)];
    if (period) this.changePeriod(period);
  };

  private changePeriod(period: string): void {
    if (period === this.shown?.period) return;
    this.period = period;
    this.announcement = fill(this.m.showing, { period });
    this.dispatchEvent(new ChoroplethChangeEvent({ period }));
  }

  private togglePlay = (): void => {
    if (this.playing) {
      this.stop();
      return;
    }
    const s = this.shown;
    if (!s) return;
    this.playing = true;
    if (s.periods.indexOf(s.period) >= s.periods.length - 1) this.changePeriod(s.periods[0]);
    this.scheduleStep();
  };

  private scheduleStep(): void {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.playTimer = setTimeout(
      () => {
        const s = this.shown;
        if (!this.playing || !s) return;
        const i = s.periods.indexOf(s.period);
        if (i < 0 || i >= s.periods.length - 1) {
          this.stop();
          return;
        }
        this.changePeriod(s.periods[i + 1]);
        if (i + 1 >= s.periods.length - 1) this.stop();
        else this.scheduleStep();
      },
      reduced ? 2500 : 1200,
    );
  }

  private stop(): void {
    clearTimeout(this.playTimer);
    this.playTimer = undefined;
    this.playing = false;
  }

  private toggleView = (): void => {
    this.view = this.view === 'table' ? 'map' : 'table';
    this.tipId = null;
  };

  private onSort = (key: SortKey): void => {
    const same = this.sort.key === key;
    this.sort = {
      key,
      direction: same
        ? this.sort.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name' || key === 'rank'
          ? 'ascending'
          : 'descending',
    };
  };

  private retry = (): void => {
    if (this.topology?.error) this.topology = null;
    this.source.retry();
    this.requestUpdate();
  };

  private onMenuKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const details = event.currentTarget as HTMLDetailsElement;
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  // ---- exports ----------------------------------------------------------------------------

  private closeMenu(): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.export');
    if (details) details.open = false;
  }

  /** A standalone SVG of the view: title, map, legend, source and attribution. */
  svgExport(): { markup: string; width: number; height: number } | null {
    const s = this.shown;
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const defs = this.renderRoot.querySelector<SVGSVGElement>('svg.defs');
    if (!s || !map || !defs || !this.geometry) return null;
    const legend = this.renderRoot.querySelector<SVGSVGElement>('svg.legend-svg');
    const probe = getComputedStyle(this.renderRoot.querySelector('.probe-background')!).fill;
    const host = getComputedStyle(this);
    const caption = this.renderRoot.querySelector('.legend-caption')?.textContent ?? '';
    const footer =
      this.renderRoot.querySelector('.footer')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const width = this.geometry.width;
    const blocks = [
      { markup: inlinedMarkup(defs), height: 0 },
      { markup: inlinedMarkup(map), height: this.geometry.height },
    ];
    if (legend) {
      blocks.push({
        markup: inlinedMarkup(legend),
        height: Number(legend.getAttribute('height')) + 8,
      });
    }
    const markup = svgDocument({
      width,
      heading: [localize(s.indicator.name, this.uiLang), caption],
      blocks,
      footer: footer ? [footer] : [],
      css: '',
      background: probe && probe !== 'none' ? probe : '#ffffff',
      text: host.color,
      muted: host.color,
      fontFamily: host.fontFamily,
    });
    const height = Number(/height="(\d+)"/.exec(markup.slice(markup.indexOf('<svg')))?.[1] ?? 0);
    return { markup, width, height };
  }

  private async exportImage(kind: 'png' | 'svg'): Promise<void> {
    const s = this.shown;
    const doc = this.svgExport();
    this.closeMenu();
    if (!s || !doc) return;
    const name = fileName([s.indicator.id, s.period], kind);
    try {
      if (kind === 'svg') {
        download(new Blob([doc.markup], { type: 'image/svg+xml' }), name);
      } else {
        download(await svgToPng(doc.markup, doc.width, doc.height), name);
      }
      this.status = '';
    } catch (error) {
      this.status = this.m.exportFailed;
      warnOnce(
        'export',
        `the ${kind.toUpperCase()} download failed: ${(error as Error).message}`,
        "allow blob: images (img-src blob:) in the page's Content-Security-Policy, or use the SVG download",
      );
    }
  }

  private exportCsv = (): void => {
    const s = this.shown;
    this.closeMenu();
    if (!s) return;
    const unit = localize(s.indicator.unit, this.uiLang);
    const csv = csvOf(
      this.areas.map((d) => ({
        id: d.id,
        name: this.nameOf(d.id),
        period: s.period,
        value: d.value,
        unit,
        rank: d.rank,
        diff: d.diff,
        status: d.observation?.status ?? (d.value === null ? (d.reason ?? 'not-available') : ''),
        note: localize(d.observation?.note, this.uiLang),
      })),
    );
    download(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      fileName([s.indicator.id, s.period], 'csv'),
    );
  };

  /** The view as element, attributes and data source, for embed snippets. */
  embedView(): EmbedView | null {
    const s = this.shown;
    if (!s) return null;
    const src =
      this.data == null && this.src ? new URL(this.src, document.baseURI).href : undefined;
    let json: string | undefined;
    if (!src) {
      const raw =
        this.data ?? this.querySelector(':scope > script[type="application/json"]')?.textContent;
      json = typeof raw === 'string' ? raw : JSON.stringify(raw);
    }
    const attrs: EmbedView['attributes'] = {
      indicator: s.indicator.id,
      period: s.period,
      layout: this.layout || undefined,
      level: this.level || undefined,
      lang: this.uiLang,
      method: this.method !== 'quantile' ? this.method : undefined,
      classes: this.classes !== 5 ? this.classes : undefined,
      thresholds: this.thresholds?.join(','),
      scheme: this.scheme || undefined,
      better: this.better || undefined,
      diverging: this.diverging,
      midpoint: this.midpoint ?? undefined,
      'period-scale': this.periodScale,
      controls: this.controls,
      view: this.view !== 'map' ? this.view : undefined,
      selected: this.selected || undefined,
      theme: this.theme,
      'no-legend': this.noLegend,
      'no-city-symbols': this.noCitySymbols,
      'no-title': this.noTitle,
      'no-table': this.noTable,
      'map-base': this.mapBase ? new URL(this.mapBase, document.baseURI).href : undefined,
    };
    return { tag: TAG, attributes: attrs, src, json };
  }

  private async copyEmbed(kind: 'script' | 'iframe'): Promise<void> {
    const view = this.embedView();
    this.closeMenu();
    if (!view) return;
    const text =
      kind === 'iframe'
        ? iframeSnippet(view, {
            page: new URL(this.embedPage, document.baseURI).href,
            title: localize(this.shown!.indicator.name, this.uiLang),
            height: this.getBoundingClientRect().height,
          })
        : scriptSnippet(view, this.embedScript || undefined);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.snippet = '';
      this.status = this.m.copied;
    } catch {
      this.snippet = text;
      this.status = this.m.copyManually;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('.snippet')?.select();
    }
  }
}
