import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Better, Dataset, Lang, LayoutId } from '../../data/types.js';
import { langOf } from '../../i18n/format.js';
import { IndicatorSourceController } from '../../controllers/indicator-source.js';
import { VisibilityController } from '../../controllers/visibility.js';
import { loadTopology, topologyUrl, type MapLoadError } from '../../geo/load-map.js';
import type { AreaProperties, AreaTopology } from '../../geo/features.js';
import { isDirection, nearestInDirection } from '../../geo/navigation.js';
import { isLayoutId } from '../../geo/layouts.js';
import { configuredMapBase } from '../../config.js';
import type { ColorScale } from '../../scales/color.js';
import type { ClassMethod } from '../../scales/classify.js';
import { styles } from './kz-choropleth.styles.js';
import { MESSAGES, fill } from './messages.js';
import { areaData, nationalValue, type AreaDatum } from './model.js';
import { LAYOUT_AREAS, registerDistrictNames } from '../../data/areas.js';
import {
  isProblem,
  loadProblem,
  mapProblem,
  resolveView,
  unexpectedProblem,
  type Problem,
  type Shown,
} from './resolve.js';
import { periodNote } from './period-break.js';
import { geometryFor, reservedHeight, type Geometry } from './geometry.js';
import { scaleFor, scaleKey } from './scale-for.js';
import { presenter, type Presenter } from './presenter.js';
import { missingPatterns } from './legend.js';
import type { SortDirection, SortKey } from './table.js';
import { lazyPart } from '../../internal/lazy-part.js';
import { onDemand } from '../../internal/on-demand.js';
import { sameItems } from '../../internal/same.js';
import { warnerFor } from '../../internal/warnings.js';
import { KzElement } from '../../internal/kz-element.js';
import {
  controlsTemplate,
  exportMenuTemplate,
  footerTemplate,
  legendBlock,
  mapTemplate,
  messageTemplate,
} from './templates.js';
import type { EmbedView } from './export.js';
import type { SvgExport } from './exporting.js';
import {
  ChoroplethChangeEvent,
  ChoroplethErrorEvent,
  ChoroplethHoverEvent,
  ChoroplethLoadEvent,
  ChoroplethSelectEvent,
  type ChoroplethEventMap,
} from './events.js';

const TAG = 'kz-choropleth';
type Exporting = typeof import('./exporting.js');
// Drawn only when a reader points at an area or asks for the table: fetched then.
const tooltipPart = lazyPart(TAG, 'tooltip', () => import('./tooltip.js'));
const tablePart = lazyPart(TAG, 'table', () => import('./table.js'));
// The export menu's code, fetched when a reader first uses the menu.
const exportCode = onDemand(TAG, 'export code', () => import('./exporting.js'));
const warn = warnerFor(TAG);

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
 * @fires {ChoroplethSelectEvent} kz-select - Click, tap, Enter or Space on an area. Detail: `{ area, name, value, period, indicator }`.
 * @fires {ChoroplethHoverEvent} kz-hover - Pointer or keyboard focus moves to an area, or leaves the map. Detail: `{ area, value, period }` (`area: null` on leaving).
 * @fires {ChoroplethChangeEvent} kz-change - The reader moves the period slider or play advances. Detail: `{ period }`.
 * @fires {ChoroplethLoadEvent} kz-load - Data and map are drawn (once per indicator, period and layout). Detail: `{ indicator, period, layout, areas }`.
 * @fires {KzErrorEvent} kz-error - A problem is shown instead of the map. Detail: `{ code, message, fix, url?, status? }`.
 * @csspart map - The map's SVG.
 * @csspart area - Each area's shape.
 * @csspart city - Each city symbol (Astana, Almaty, Shymkent).
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart controls - The period control.
 * @csspart table - The data table.
 * @csspart toolbar - The table toggle and the export menu.
 * @csspart export - The download and embed menu.
 * @csspart sort-button - The column sort buttons of the table.
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
 * @cssprop --kz-choropleth-halo - Halo behind labels and city symbols (default: the background).
 */
export class KzChoropleth extends KzElement<ChoroplethEventMap> {
  static override styles = styles;

  /**
   * URL of an indicator document. Fetched once per URL for the whole page.
   */
  @property() src: string | null = null;
  /**
   * A document (or a parsed dataset) given directly; wins over `src` and the inline child.
   */
  @property({ attribute: false }) data: unknown = undefined;
  /**
   * Indicator id in the document.
   * @default the first
   */
  @property() indicator = '';
  /**
   * `2019`, `2019/2020`, `2023-Q1`, `2023-04`. A period without values is said so; there is no
   * fallback to another year.
   * @default the latest with area values
   */
  @property() period = '';
  /**
   * Forces a boundary layout (`2022`, `2018`, `pre2018`, `districts`); values of areas that are not
   * on it are left out with a warning.
   * @default inferred from the data
   */
  @property() layout: LayoutId | '' = '';
  /**
   * Picks the level (`regions` or `districts`) when a document holds both.
   * @default inferred from the data
   */
  @property() level: 'regions' | 'districts' | '' = '';
  /**
   * Classification. `natural` is optimal 1-D k-means (ckmeans, Jenks' goal). Breaks are rounded to
   * readable numbers without moving any area to another class.
   */
  @property() method: ClassMethod = 'quantile';
  /**
   * Number of classes (2–9).
   */
  @property({ type: Number }) classes = 5;
  /**
   * Custom breaks, ascending (`"2,4,6,8"`); a value equal to a break goes to the upper class.
   * Implies `method="thresholds"`.
   */
  @property({ converter: numberList }) thresholds: number[] | null = null;
  /**
   * Colour-blind-safe schemes: `blues`, `greens`, `oranges`, `purples`, `orrd`, `ylorrd`, `ylgnbu`,
   * `viridis`, `cividis`; diverging `rdbu`, `puor`, `brbg`.
   * @default `orrd` (`blues` when neutral, `rdbu` when diverging)
   */
  @property() scheme = '';
  /**
   * Direction of good news (`higher`, `lower`, `neutral`): worse is darker on sequential schemes
   * and warmer on diverging ones.
   * @default from the data
   */
  @property() better: Better | '' = '';
  /**
   * Diverging colours around the national value of the shown period; classes are built below and
   * above it.
   */
  @property({ type: Boolean }) diverging = false;
  /**
   * Diverging around this value instead (for example a target).
   */
  @property({ type: Number }) midpoint: number | null = null;
  /**
   * Classes from the shown period only. By default the classes are fixed across all periods, so a
   * colour means the same in every year.
   */
  @property({ type: Boolean, attribute: 'period-scale' }) periodScale = false;
  /**
   * Period slider with play and pause (slower and without colour transitions under
   * `prefers-reduced-motion`).
   */
  @property({ type: Boolean }) controls = false;
  /**
   * Shows the data table instead of the map (the reader can switch).
   */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';
  /**
   * Highlights an area; setting it never fires `kz-select`. Updated when the reader selects.
   */
  @property() selected = '';
  /**
   * `auto` follows `prefers-color-scheme`. With a theme set, the widget paints its own background.
   * @default the page's `color-scheme`
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined = undefined;
  /**
   * Hides the legend.
   */
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;
  /**
   * Draws Astana, Almaty and Shymkent as their own (tiny) shapes instead of labelled symbols.
   */
  @property({ type: Boolean, attribute: 'no-city-symbols' }) noCitySymbols = false;
  /**
   * Hides the indicator name above the map.
   */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;
  /**
   * Hides the table toggle.
   */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;
  /**
   * Hides the download and embed menu.
   */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;
  /**
   * Folder of the map files; wins over `window.kzIndicators.mapBase` and `<meta
   * name="kz-indicators-map-base">`.
   * @default `maps/` next to the script
   */
  @property({ attribute: 'map-base' }) mapBase = '';
  /**
   * Script URL written into copied embed code.
   * @default this version on jsDelivr
   */
  @property({ attribute: 'embed-script' }) embedScript = '';
  /**
   * Draws at once. By default a map draws when it first comes within half a screen of the viewport
   * (printing draws every map). Its data and, when `layout` names a region layout, its map file
   * (about 9 KB, shared by every map of that layout) download at once; the district map (45 KB)
   * waits until a map that uses it comes near.
   */
  @property({ type: Boolean }) eager = false;
  /**
   * URL of `embed.html`; enables "Copy iframe code" (data from `src` only).
   */
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
  // One shared IntersectionObserver for every widget: a long page draws (and downloads the
  // district map for) only the maps near the viewport; printing draws them all.
  private readonly visibility = new VisibilityController(this, () => this.eager);
  private problem: Problem | null = null;
  private shown: Shown | null = null;
  private topology: { key: string; value?: AreaTopology; error?: MapLoadError } | null = null;
  private geometry: Geometry | null = null;
  private mapFor = '';
  private scale: ColorScale | null = null;
  private scaleInputs: unknown[] = [];
  private areas: AreaDatum[] = [];
  private byId = new Map<string, AreaDatum>();
  private areaInputs: unknown[] = [];
  private p: Presenter | null = null;
  private tipAt: { x: number; y: number } | null = null;
  private resizeObserver?: ResizeObserver;
  private playTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedProblem = '';
  private loaded: unknown[] = [];
  private warnedDataset: Dataset | null = null;
  // The period player's steps fade the fills; other period changes draw at once.
  private stepping = false;
  private fading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSize();
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.stop();
  }

  /**
   * Observes a zero-height line inside the shadow root: its width is the host's content width and
   * its height never changes, so drawing a taller map cannot trigger another resize.
   */
  private observeSize(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(sizer);
  }

  // ---- from inputs to drawing ----------------------------------------------------------------

  /**
   * Whether the view must be worked out again: anything but the reader's interaction (hover,
   * focus, tooltip, selection, play, sorting, messages) may change it, and so may a bare
   * requestUpdate (data, map file, language or visibility arrived).
   */
  private stale = true;

  override requestUpdate(name?: PropertyKey, ...rest: unknown[]): void {
    // Internal states are the reader's interaction, but for the width.
    const state = name !== undefined && KzChoropleth.elementProperties.get(name)?.state;
    if (name === undefined || name === 'width' || (!state && name !== 'selected'))
      this.stale = true;
    super.requestUpdate(name, ...(rest as []));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A hover, a focus or a tap redraws with the view as it is.
    if (!this.stale) return;
    this.stale = false;
    if (changed.has('src') || changed.has('data')) this.source.refresh();
    if (changed.has('eager') && this.eager) this.visibility.show();
    if (changed.has('period')) {
      this.fading = this.stepping;
      this.stepping = false;
    }
    this.prefetchMap();
    try {
      this.resolve();
    } catch (error) {
      // Whatever an input holds, the page gets a message and kz-error, never an exception.
      this.shown = null;
      this.p = null;
      this.geometry = null;
      this.problem = unexpectedProblem(error);
    }
    this.report();
  }

  /**
   * With the layout stated, the map file need not wait for the data: both download at once (the
   * page-wide cache of loadTopology hands the same answer to the drawing later). A region map
   * (about 9 KB, one file for every map of its layout) downloads with the data even before the
   * widget comes near the viewport, as the data do; the district map (45 KB) waits until then.
   */
  private prefetchMap(): void {
    const layout = this.layout;
    if (!isLayoutId(layout) || !this.source.loading) return;
    if (layout === 'districts' && !this.visibility.near) return;
    const base = this.mapBase || configuredMapBase() || undefined;
    loadTopology(layout, base ? { base } : {}).catch(() => {
      // A failure is reported when the drawing asks for the map.
    });
  }

  /** Problem or shown view, then topology, geometry (per layout and width), scale, area data. */
  private resolve(): void {
    const { dataset, error, loading } = this.source;
    // The reader's language is fetched beside the data (English is built in); redraw on arrival.
    // A widget switching language keeps the previous one until then, rather than blanking.
    let lang: Lang | undefined = langOf(this);
    if (!MESSAGES.has(lang, this)) lang = this.p?.lang;
    this.problem = null;
    this.shown = null;
    this.p = null;
    this.geometry = null;
    if (error) {
      this.problem = loadProblem(error);
      return;
    }
    if (loading || !dataset || !lang) return;
    if (dataset.warnings.length && this.warnedDataset !== dataset) {
      this.warnedDataset = dataset;
      const first = dataset.warnings.slice(0, 3).map((w) => `${w.path}: ${w.message}`);
      warn(
        'data-warnings',
        `the data was read with ${dataset.warnings.length} warning(s): ${first.join('; ')}`,
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
      warn(
        'layout-mismatch',
        `${view.outside.length} value(s) of ${view.period} are not on the ${view.layout} layout and are not drawn (${view.outside.slice(0, 5).join(', ')})`,
        'remove the layout attribute to use the layout of the data',
      );
    }
    const options = {
      method: this.method,
      classes: this.classes,
      thresholds: this.thresholds,
      scheme: this.scheme,
      better: this.better,
      diverging: this.diverging,
      midpoint: this.midpoint,
      periodScale: this.periodScale,
    };
    const scaleInputs = scaleKey(view, options);
    if (!this.scale || !sameItems(scaleInputs, this.scaleInputs)) {
      this.scaleInputs = scaleInputs;
      this.scale = scaleFor(view, options, warn);
    }
    // A period switch lands here: new fills, ranks and texts; the paths stay as they are. All of
    // this needs the data only, so title, legend and source show while the map file loads.
    const ids = LAYOUT_AREAS[view.layout];
    const areaInputs = [view.indicator, view.period, ids, this.scale];
    if (!sameItems(areaInputs, this.areaInputs)) {
      this.areaInputs = areaInputs;
      this.areas = areaData(ids, view.indicator, view.period, this.scale);
      this.byId = new Map(this.areas.map((d) => [d.id, d]));
    }
    this.p = presenter(lang, view.indicator, view.period, this.areas, this.scale);
    if (!this.visibility.near) return;
    // The map file's URL, worked out again only when the layout or the folder changes (a period
    // switch keeps it) or while the map is not drawn yet (a page may set the folder late).
    const mapFor = view.layout + this.mapBase;
    if (!this.topology?.value || this.mapFor !== mapFor) {
      this.mapFor = mapFor;
      const base = this.mapBase || configuredMapBase() || undefined;
      let key: string;
      try {
        key = topologyUrl(view.layout, base);
      } catch (error) {
        this.problem = mapProblem(error as MapLoadError);
        return;
      }
      if (this.topology?.key !== key) {
        const ready = topologies.get(key);
        this.topology = { key, value: ready };
        if (!ready) this.fetchTopology(view.layout, key, base);
      }
    }
    if (this.topology.error) {
      this.problem = mapProblem(this.topology.error);
      return;
    }
    const topology = this.topology.value;
    if (!topology || this.width <= 0) return;
    const geometry = geometryFor(view.layout, topology, this.width, !this.noCitySymbols);
    this.geometry = geometry;
  }

  private fetchTopology(layout: LayoutId, key: string, base: string | undefined): void {
    loadTopology(layout, base ? { base } : {}).then(
      (value) => {
        if (layout === 'districts')
          registerDistrictNames(
            value.objects.areas.geometries.map((g) => {
              const p = g.properties as AreaProperties;
              return [String(g.id), p.name_en, p.name_kk, p.name_ru] as const;
            }),
          );
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

  /** Fires kz-error and warns once per new problem. */
  private report(): void {
    const p = this.problem;
    const key = p ? `${p.code}|${p.message}` : '';
    if (p && key !== this.reportedProblem) {
      warn(p.code, p.message, p.fix);
      const { code, message, fix, url, status } = p;
      this.dispatchEvent(new ChoroplethErrorEvent({ code, message, fix, url, status }));
    }
    this.reportedProblem = key;
  }

  /** Reserves the map's height while loading; places the tooltip; fires kz-load once per view. */
  protected override updated(): void {
    const placeholder = this.renderRoot.querySelector<HTMLElement>('.placeholder');
    if (placeholder && this.width > 0) {
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      placeholder.style.aspectRatio = 'auto';
      placeholder.style.height = `${reservedHeight(this.width)}px`;
    }
    const below = this.renderRoot.querySelector<HTMLElement>('.below.space');
    if (below && this.width > 0) below.style.height = `${this.belowSpace()}px`;
    this.placeTip();
    const s = this.shown;
    if (s && this.geometry && !this.problem) {
      const key = [s.indicator, s.period, s.layout];
      if (!sameItems(key, this.loaded)) {
        this.loaded = key;
        const { indicator, period, layout } = s;
        const areas = this.geometry.ids.length;
        this.dispatchEvent(
          new ChoroplethLoadEvent({ indicator: indicator.id, period, layout, areas }),
        );
      }
    }
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const s = this.shown;
    const p = this.p;
    // Title, legend and source come with the data; the drawing with the map file. Until then
    // the same space is kept (estimated while the data loads), so that the page does not move.
    const ready = s && p && this.scale && !this.problem;
    const drawn = ready && this.geometry;
    const message = messageTemplate(MESSAGES.get(langOf(this)), this.problem, this.retry);
    return html`<div class="sizer"></div>
      <svg class="defs" aria-hidden="true" focusable="false">
        <defs>
          ${
            // Only where an area has no value: a map without gaps draws no patterns.
            this.areas.some((d) => d.missing) ? missingPatterns() : nothing
          }
        </defs>
        <rect class="probe-background" width="0" height="0"></rect>
      </svg>
      ${
        ready
          ? html`${this.noTitle ? nothing : html`<p class="title" part="title">${p.title}</p>`}
              ${
                this.controls && s.periods.length > 1
                  ? controlsTemplate(
                      p.m,
                      s.periods,
                      s.period,
                      this.playing,
                      this.togglePlay,
                      this.onSlider,
                      periodNote(s.indicator, s.period, s.periods, p.m, p.lang),
                    )
                  : nothing
              }
              <div class="stage">${drawn ? this.renderDrawing(s, p) : message}</div>
              ${this.renderBelow(p)}`
          : html`${this.noTitle ? nothing : html`<p class="title space" aria-hidden="true"></p>`}
              ${this.controls ? html`<div class="controls space" aria-hidden="true"></div>` : nothing}
              <div class="stage">${message}</div>
              <div class="below space" aria-hidden="true"></div>`
      }
      <div class="sr-only" aria-live="polite">${this.announcement}</div>`;
  }

  /** Height kept below the map while the data loads: legend, toolbar and source line. */
  private belowSpace(): number {
    // A legend with its row of reference markers (national value, comparators, target), the
    // usual case; without markers the legend is shorter.
    const legend = this.noLegend ? 0 : 126;
    const toolbar = this.noTable && this.noExport ? 0 : 40;
    // The source line: about 300 characters of 7 px, 17 px a line.
    const lines = Math.max(2, Math.min(9, Math.ceil((300 * 7) / Math.max(200, this.width))));
    return legend + toolbar + 6 + lines * 17;
  }

  private renderDrawing(s: Shown, p: Presenter): TemplateResult {
    const tip = this.tipId && this.view === 'map' ? this.byId.get(this.tipId) : undefined;
    const tooltip = tip && tooltipPart.get(this);
    const map = mapTemplate(
      p,
      this.geometry!,
      {
        byId: this.byId,
        selected: this.selected,
        hoverId: this.hoverId,
        focusId: this.focusId,
        activeId: this.activeId,
        tipId: this.tipId,
        animate: this.fading,
      },
      {
        pointermove: this.onPointerMove,
        pointerleave: this.onPointerLeave,
        click: this.onClick,
        keydown: this.onKeyDown,
        focusin: this.onFocusIn,
        focusout: this.onFocusOut,
      },
    );
    return html`<div class="map-view" ?hidden=${this.view === 'table'}>${map}</div>
      ${this.view === 'table' ? this.renderTable(s, p) : nothing}
      ${
        tip && tooltip
          ? html`<div class="tooltip" part="tooltip" id="tooltip">
              ${tooltip.tooltipTemplate(
                tooltip.tooltipText(tip, p.nameOf(tip.id), s.indicator, s.period, p.ranked, p.lang),
                tooltip.sparkGeometry(s.indicator, tip.id, s.period, p.lang),
                s.period,
              )}
            </div>`
          : nothing
      }`;
  }

  private renderTable(s: Shown, p: Presenter): TemplateResult | typeof nothing {
    const table = tablePart.get(this);
    if (!table) return nothing;
    const rows = table.sortRows(
      p.tableRows(),
      this.sort.key,
      this.sort.direction,
      new Intl.Collator(p.lang),
    );
    const labels = {
      caption: fill(p.m.tableCaption, { name: p.title, period: s.period }),
      area: p.m.area,
      value: [p.m.value, p.unit].filter(Boolean).join(', '),
      rank: p.m.rank,
      difference: p.m.difference,
      notes: p.m.notes,
      sortBy: (column: string) => fill(p.m.sortBy, { column }),
    };
    const showDiff = nationalValue(s.indicator, s.period) !== null;
    return table.tableTemplate(rows, labels, this.sort, this.onSort, this.selected, showDiff);
  }

  private renderBelow(p: Presenter): TemplateResult {
    const m = p.m;
    return html`${
        this.noLegend || this.view === 'table' ? nothing : legendBlock(p, this.scale!, this.width)
      }
      <div class="toolbar" part="toolbar">
        ${
          this.noTable
            ? nothing
            : html`<button type="button" class="button" @click=${this.toggleView}>
                ${this.view === 'table' ? m.showMap : m.showTable}
              </button>`
        }
        ${
          this.noExport
            ? nothing
            : exportMenuTemplate(m, {
                png: () => void this.exportImage('png'),
                svg: () => void this.exportImage('svg'),
                csv: () => void this.exportCsv(),
                script: () => void this.copyEmbed('script'),
                iframe:
                  this.embedPage && this.src ? () => void this.copyEmbed('iframe') : undefined,
                keydown: this.onMenuKey,
              })
        }
      </div>
      ${this.status ? html`<p class="status" role="status">${this.status}</p>` : nothing}
      ${
        this.snippet
          ? html`<textarea
              class="snippet"
              readonly
              aria-label=${m.copyEmbed}
              .value=${this.snippet}
            ></textarea>`
          : nothing
      }
      ${footerTemplate(p, !this.noLegend)}`;
  }

  // ---- reader actions ----------------------------------------------------------------------

  private idFrom(event: Event): string | null {
    const target = (event.target as Element | null)?.closest?.('[data-id]');
    return target?.getAttribute('data-id') ?? null;
  }

  private hover(id: string | null): void {
    if (id === this.hoverId) return;
    this.hoverId = id;
    this.dispatchEvent(
      new ChoroplethHoverEvent({
        area: id,
        value: id ? (this.byId.get(id)?.value ?? null) : null,
        period: this.shown?.period ?? '',
      }),
    );
  }

  private stagePoint(event: MouseEvent): { x: number; y: number } {
    const box = this.renderRoot.querySelector('.stage')!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const id = this.idFrom(event);
    this.hover(id);
    this.tipAt = this.stagePoint(event);
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

  /** Click and tap select; a tap also shows the tooltip, which a tap outside the areas hides. */
  private onClick = (event: MouseEvent): void => {
    const id = this.idFrom(event);
    if (!id) {
      this.tipId = null;
      return;
    }
    if (event.detail > 0) this.tipAt = this.stagePoint(event);
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

  /** Arrows: nearest area that way; Home/End: first/last west to east; Enter: select. */
  private onKeyDown = (event: KeyboardEvent): void => {
    const g = this.geometry;
    const current = this.idFrom(event);
    if (!g || !current) return;
    let next: string | null;
    if (isDirection(event.key)) next = nearestInDirection(g.nav, current, event.key);
    else if (event.key === 'Home') next = g.order[0];
    else if (event.key === 'End') next = g.order[g.order.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(current);
      return;
    } else if (event.key === 'Escape') {
      // Closes the tooltip; a second Escape leaves the map for the toolbar.
      if (this.tipId) this.tipId = null;
      else this.renderRoot.querySelector<HTMLElement>('.toolbar button, .toolbar summary')?.focus();
      return;
    } else return;
    event.preventDefault();
    if (!next || next === current) return;
    this.activeId = next;
    // Focus after the update, so that focus handlers do not change state inside it.
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<SVGElement>(`[data-id="${CSS.escape(next)}"][tabindex]`)
        ?.focus(),
    );
  };

  private select(id: string): void {
    const s = this.shown;
    const p = this.p;
    if (!s || !p) return;
    const d = this.byId.get(id);
    const name = p.nameOf(id);
    this.selected = id;
    this.announcement = fill(p.m.selected, { name, value: d ? p.valueText(d) : '' });
    this.dispatchEvent(
      new ChoroplethSelectEvent({
        area: id,
        name,
        value: d?.value ?? null,
        period: s.period,
        indicator: s.indicator.id,
      }),
    );
  }

  /**
   * Draws an area as hovered (or none), as a linked `<kz-ranking>` does when the reader points at
   * its row; fires no `kz-hover`.
   */
  showHover(id: string | null): void {
    this.hoverId = id;
  }

  /** Puts the tooltip next to the pointer, or next to the focused area, inside the map. */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const g = this.geometry;
    if (!tip || !g || !this.tipId) return;
    const p = g.nav.find((n) => n.id === this.tipId);
    const at = this.tipAt ?? (p ? { x: p.x, y: p.y } : { x: g.width / 2, y: g.height / 2 });
    const [w, h] = [tip.offsetWidth, tip.offsetHeight];
    let x = at.x + 14;
    if (x + w > g.width) x = Math.max(0, at.x - 14 - w);
    let y = at.y + 14;
    if (y + h > g.height) y = Math.max(0, at.y - 14 - h);
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private onSlider = (event: Event): void => {
    const period = this.shown?.periods[Number((event.target as HTMLInputElement).value)];
    if (period) this.changePeriod(period);
  };

  private changePeriod(period: string): void {
    if (period === this.shown?.period) return;
    this.period = period;
    this.announcement = fill(MESSAGES.get(langOf(this)).showing, { period });
    this.dispatchEvent(new ChoroplethChangeEvent({ period }));
  }

  /** A step of the period player: the fills fade to the new period. */
  private step(period: string): void {
    this.stepping = period !== this.shown?.period;
    this.changePeriod(period);
  }

  private togglePlay = (): void => {
    if (this.playing) {
      this.stop();
      return;
    }
    const s = this.shown;
    if (!s) return;
    this.playing = true;
    if (s.periods.indexOf(s.period) >= s.periods.length - 1) this.step(s.periods[0]);
    this.scheduleStep();
  };

  /** One period per step; slower, and without fill transitions, for reduced motion. */
  private scheduleStep(): void {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.playTimer = setTimeout(
      () => {
        const s = this.shown;
        if (!this.playing || !s) return;
        const i = s.periods.indexOf(s.period);
        if (i < 0 || i >= s.periods.length - 1) return this.stop();
        this.step(s.periods[i + 1]);
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
    const again = this.sort.key === key;
    const first: SortDirection = key === 'name' || key === 'rank' ? 'ascending' : 'descending';
    const flip: SortDirection = this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction: again ? flip : first };
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

  // ---- exports -----------------------------------------------------------------------------

  private closeMenu(): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.export');
    if (details) details.open = false;
  }

  /**
   * The export code, fetched on first use; a failure (the file not served) is told to the reader
   * and, once, in the console.
   */
  private async exporting(): Promise<Exporting | null> {
    const exporting = await exportCode.load();
    if (!exporting) this.status = this.p?.m.exportFailed ?? '';
    return exporting ?? null;
  }

  /** A standalone SVG document of the drawn view (title, map, legend, source), or null. */
  async svgExport(): Promise<SvgExport | null> {
    if (!this.p || !this.shadowRoot) return null;
    const exporting = await this.exporting();
    return exporting && this.svgWith(exporting);
  }

  /** The drawn view as a standalone SVG, once the export code is at hand. */
  private svgWith(exporting: Exporting): SvgExport | null {
    return this.p && this.shadowRoot ? exporting.svgExport(this.shadowRoot, this, this.p) : null;
  }

  private async exportImage(kind: 'png' | 'svg'): Promise<void> {
    this.closeMenu();
    const exporting = await this.exporting();
    const doc = exporting && this.svgWith(exporting);
    if (!exporting || !doc || !this.shown) return;
    const name = exporting.fileName([this.shown.indicator.id, this.shown.period], kind);
    try {
      const blob =
        kind === 'svg'
          ? new Blob([doc.markup], { type: 'image/svg+xml' })
          : await exporting.svgToPng(doc.markup);
      exporting.download(blob, name);
      this.status = '';
    } catch (error) {
      this.status = this.p?.m.exportFailed ?? '';
      warn(
        'export',
        `the ${kind.toUpperCase()} download failed: ${(error as Error).message}`,
        'use the SVG download, which any browser can convert',
      );
    }
  }

  private exportCsv = async (): Promise<void> => {
    this.closeMenu();
    const exporting = await this.exporting();
    if (!exporting || !this.p || !this.shown) return;
    const name = exporting.fileName([this.shown.indicator.id, this.shown.period], 'csv');
    const csv = exporting.csvExport(this.p, this.areas);
    exporting.download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
  };

  /**
   * This exact view as element, attributes and data source, for embed snippets (the export code
   * is fetched on first use).
   */
  async embedView(): Promise<EmbedView | null> {
    if (!this.shown) return null;
    const exporting = await this.exporting();
    return exporting && this.viewWith(exporting);
  }

  /** This view as element, attributes and data source, once the export code is at hand. */
  private viewWith(exporting: Exporting): EmbedView | null {
    const s = this.shown;
    return s ? exporting.embedViewOf(this, s.indicator.id, s.period) : null;
  }

  private async copyEmbed(kind: 'script' | 'iframe'): Promise<void> {
    this.closeMenu();
    const exporting = await this.exporting();
    const view = exporting && this.viewWith(exporting);
    if (!view || !this.p || !exporting) return;
    const text =
      kind === 'iframe'
        ? exporting.iframeSnippet(view, {
            page: new URL(this.embedPage, document.baseURI).href,
            title: this.p.title,
            height: this.getBoundingClientRect().height,
            // The parent script resizes the iframe to its content; it sits beside embed.html.
            parentScript: new URL('embed-parent.js', new URL(this.embedPage, document.baseURI))
              .href,
          })
        : exporting.scriptSnippet(view, this.embedScript || undefined);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.snippet = '';
      this.status = this.p.m.copied;
    } catch {
      // No clipboard (permissions, insecure page): show the code, selected, to copy by hand.
      this.snippet = text;
      this.status = this.p.m.copyManually;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('.snippet')?.select();
    }
  }
}
