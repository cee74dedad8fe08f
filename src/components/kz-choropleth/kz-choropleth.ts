import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isLayoutId } from '../../geo/layouts.js';
import { langOf } from '../../i18n/format.js';
import { IndicatorSourceController } from '../../controllers/indicator-source.js';
import { VisibilityController, onScreen } from '../../controllers/visibility.js';
import { ContentWidth } from '../../controllers/content-width.js';
import { TopologyController, prefetchTopology } from '../../controllers/topology.js';
import { districtNamesOf } from '../../geo/features.js';
import { lazyPart } from '../../internal/lazy-part.js';
import { longTask } from '../../internal/long-task.js';
import { warnerFor } from '../../internal/warnings.js';
import { styles } from './kz-choropleth.styles.js';
import { MESSAGES, fill } from './messages.js';
import type { Shown } from './choose-view.js';
import { loadProblem, mapProblem, unexpectedProblem } from './problems.js';
import { geometryFor, type Geometry } from './geometry.js';
import { keepSpace } from './space.js';
import type { Presenter } from './presenter.js';
import { missingPatterns } from './legend.js';
import type { SortDirection, SortKey } from './table.js';
import { mapTemplate, messageTemplate } from './templates.js';
import { belowSection, tableSection, type TableSort, type TooltipPart } from './sections.js';
import type { EmbedView } from './export-formats.js';
import type { SvgExport } from './export-part.js';
import { ChoroplethChangeEvent, ChoroplethSelectEvent } from './events.js';
import { ChoroplethProperties } from './properties.js';
import { ViewState } from './view-state.js';
import type { FollowedMap } from '../../controllers/follow.js';
import { AreaPointer } from './pointer.js';
import { ExportMenu } from './export-menu.js';
import { PeriodControl } from './period-control.js';

const TAG = 'kz-choropleth';
const warn = warnerFor(TAG);
// Drawn only when a reader points at an area or asks for the table: fetched then.
const tooltipPart = lazyPart(TAG, 'tooltip', () => import('./tooltip.js'));
const tablePart = lazyPart(TAG, 'table', () => import('./table.js'));

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
export class KzChoropleth extends ChoroplethProperties implements FollowedMap {
  static override styles = styles;

  @state() private sort: TableSort = { key: 'name', direction: 'ascending' };
  @state() private announcement = '';

  private readonly source = new IndicatorSourceController(this);
  // One shared IntersectionObserver for every widget: a long page draws (and downloads the
  // district map for) only the maps near the viewport; printing draws them all.
  private readonly visibility = new VisibilityController(this, () => this.eager);
  private readonly size = new ContentWidth(this);
  private readonly map = new TopologyController(this);
  private readonly viewState = new ViewState(warn);
  private readonly pointer = new AreaPointer(this);
  private readonly periods = new PeriodControl(this, this.viewState);
  private readonly exports = new ExportMenu(this, this.viewState);
  private geometry: Geometry | null = null;

  // ---- from inputs to drawing ----------------------------------------------------------------

  /**
   * Whether the view must be worked out again: anything but the reader's interaction (hover,
   * focus, tooltip, selection, play, sorting, messages) may change it, and so may a bare
   * requestUpdate (data, map file, language, width or visibility arrived).
   */
  private stale = true;
  // Counts the reader's interactions that only need a redraw (hover, focus, tooltip, play).
  @state() private interactions = 0;

  override requestUpdate(name?: PropertyKey, ...rest: unknown[]): void {
    // Internal states are the reader's interaction; a bare request or the width (no declared
    // property) is not.
    if (!KzChoropleth.elementProperties.get(name!)?.state && name !== 'selected') this.stale = true;
    super.requestUpdate(name, ...(rest as []));
  }

  /**
   * What arrived (data, a map file, a language) is worked out at once, in the task it arrived
   * in, and drawn a task later (KzElement): on a slow phone, projecting a map and drawing it are
   * not one long task.
   */
  protected override arrival(): void {
    this.resolve();
  }

  /** @internal Redraws with the view as it is: what the reader's interaction changed. */
  redraw(): void {
    this.interactions += 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A hover, a focus or a tap redraws with the view as it is.
    if (!this.stale) return;
    if (changed.has('src') || changed.has('data')) this.source.refresh();
    // Eager, or on screen when the width is measured (the layout is fresh): drawn in this frame,
    // not after the observer's report a task later.
    if (this.eager || (changed.has('width') && onScreen(this.getBoundingClientRect())))
      this.visibility.show();
    if (changed.has('period')) this.periods.periodChanged();
    this.resolve();
  }

  /** The view (or the problem shown instead), and its report. */
  private resolve(): void {
    this.stale = false;
    // With the layout stated, the map file need not wait for the data: both download at once. A
    // region map (about 9 KB, one file for every map of its layout) downloads with or after the
    // data even before the widget comes near the viewport, as the data do; the district map
    // (45 KB) waits, and so does any map in a task that has run long (long-task.ts): the next
    // update (the width measured, or the data arrived) starts it.
    const layout = this.layout;
    if (isLayoutId(layout) && (layout !== 'districts' || this.visibility.near) && !longTask())
      prefetchTopology(layout, this.mapBase);
    try {
      this.computeView();
    } catch (error) {
      // Whatever an input holds, the page gets a message and kz-error, never an exception (and
      // no geometry: computeView drops it first).
      this.viewState.clear(unexpectedProblem(error));
    }
    this.viewState.reportProblem(this, this.viewState.problem);
  }

  /** The view (or a problem), then, near the viewport, the map file and the geometry. */
  private computeView(): void {
    this.geometry = null;
    const { dataset, error, loading } = this.source;
    const view = this.viewState;
    // The reader's language is fetched beside the data (English is built in); redraw on arrival.
    // A widget switching language keeps the previous one until then, rather than blanking.
    const lang = MESSAGES.has(langOf(this), this) ? langOf(this) : view.presenter?.lang;
    if (error) return view.clear(loadProblem(error));
    if (loading || !dataset || !lang) return view.clear();
    // The element's attributes are the view's inputs and the scale's options.
    if (!view.choose(dataset, this, this)) return;
    const shown = view.shown!;
    if (this.visibility.near) this.map.want(shown.layout, this.mapBase);
    const topology = this.map.topology;
    view.present(
      lang,
      topology && shown.layout === 'districts' ? districtNamesOf(topology) : undefined,
    );
    if (!this.visibility.near) return;
    if (this.map.error) {
      view.problem = mapProblem(this.map.error);
      return;
    }
    if (!topology || this.size.width <= 0) return;
    this.geometry = geometryFor(shown.layout, topology, this.size.width, !this.noCitySymbols);
  }

  /** Keeps the map's space while loading; fires kz-load once per view. */
  protected override updated(): void {
    // Only a map not drawn yet has placeholders to size: a drawn map's redraws (the reader's
    // pointer and focus, a period switch) neither search its DOM nor size anything.
    const { presenter, problem } = this.viewState;
    if (!this.geometry || !presenter || problem) keepSpace(this.renderRoot, this.size.width, this);
    this.viewState.reportLoad(this, this.geometry);
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { shown, presenter, scale, problem } = this.viewState;
    // Title, legend and source come with the data; the drawing with the map file. Until then
    // the same space is kept (estimated while the data loads), so that the page does not move.
    const ready = shown && presenter && scale && !problem;
    const message = messageTemplate(MESSAGES.get(langOf(this)), problem, this.retry);
    return html`<div class="sizer"></div>
      <svg class="defs" aria-hidden="true" focusable="false">
        <defs>
          ${
            // Only where an area has no value: a map without gaps draws no patterns.
            this.viewState.areas.some((d) => d.missing) ? missingPatterns() : nothing
          }
        </defs>
        <rect class="probe-background" width="0" height="0"></rect>
      </svg>
      ${
        ready
          ? html`${this.noTitle ? nothing : html`<p class="title" part="title">${presenter.title}</p>`}
              ${this.periods.template(shown, presenter)}
              <div class="stage">
                ${this.geometry ? this.renderDrawing(shown, presenter, this.geometry) : message}
              </div>
              ${this.renderBelow(presenter)}`
          : html`${this.noTitle ? nothing : html`<p class="title space" aria-hidden="true"></p>`}
              ${this.controls ? html`<div class="controls space" aria-hidden="true"></div>` : nothing}
              <div class="stage">${message}</div>
              <div class="below space" aria-hidden="true"></div>`
      }
      <div class="sr-only" aria-live="polite">${this.announcement}</div>`;
  }

  private renderDrawing(shown: Shown, presenter: Presenter, geometry: Geometry): TemplateResult {
    const { byId } = this.viewState;
    const { hoverId, focusId, activeId, tipId, handlers } = this.pointer;
    const inTable = this.view === 'table';
    const tip = tipId && !inTable ? byId.get(tipId) : undefined;
    const tooltip = tip && this.tooltip();
    const table = inTable && tablePart.get(this);
    const selected = this.selected;
    const state = {
      byId,
      selected,
      hoverId,
      focusId,
      activeId,
      tipId,
      animate: this.periods.fading,
    };
    return html`<div class="map-view" ?hidden=${inTable}>
        ${mapTemplate(presenter, geometry, state, handlers)}
      </div>
      ${table ? tableSection(table, shown, presenter, this.sort, this.onSort, selected) : nothing}
      ${tip && tooltip ? tooltip.tooltipSection(tip, shown, presenter) : nothing}`;
  }

  private renderBelow(presenter: Presenter): TemplateResult {
    const inTable = this.view === 'table';
    return belowSection({
      kept: this.viewState,
      presenter,
      scale: this.viewState.scale!,
      width: this.size.width,
      noLegend: this.noLegend,
      inTable,
      toggle: this.noTable ? null : { shows: inTable ? 'map' : 'table', press: this.toggleView },
      exports: this.noExport ? null : this.exports.handlers(),
      status: this.exports.status,
      snippet: this.exports.snippet,
    });
  }

  // ---- reader actions ----------------------------------------------------------------------

  /** @internal The reader selected area `id` (click, tap, Enter). */
  select(id: string): void {
    const { shown, presenter, byId } = this.viewState;
    if (!shown || !presenter) return;
    const d = byId.get(id);
    const name = presenter.nameOf(id);
    const value = d ? presenter.valueText(d) : '';
    this.selected = id;
    this.announcement = fill(presenter.messages.selected, { name, value });
    const detail = { area: id, name, value: d?.value ?? null, period: shown.period };
    this.dispatchEvent(new ChoroplethSelectEvent({ ...detail, indicator: shown.indicator.id }));
  }

  /**
   * Draws an area as hovered (or none), as a linked `<kz-ranking>` does when the reader points at
   * its row; fires no `kz-hover`.
   */
  showHover(id: string | null): void {
    this.pointer.showHover(id);
  }

  /**
   * @internal Moves to `period` as the reader did; `fade` (a step of the period player) fades the
   * fills.
   */
  changePeriod(period: string, fade: boolean): void {
    if (period === this.viewState.shown?.period) return;
    this.periods.stepping = fade;
    this.period = period;
    this.announcement = fill(MESSAGES.get(langOf(this)).showing, { period });
    this.dispatchEvent(new ChoroplethChangeEvent({ period }));
  }

  private toggleView = (): void => {
    this.view = this.view === 'table' ? 'map' : 'table';
    this.pointer.hideTip();
  };

  private onSort = (key: SortKey): void => {
    const again = this.sort.key === key;
    const first: SortDirection = key === 'name' || key === 'rank' ? 'ascending' : 'descending';
    const flip: SortDirection = this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction: again ? flip : first };
  };

  private retry = (): void => {
    this.map.retry();
    this.source.retry();
    this.requestUpdate();
  };

  // ---- for page scripts ----------------------------------------------------------------------

  /** A standalone SVG document of the drawn view (title, map, legend, source), or null. */
  svgExport(): Promise<SvgExport | null> {
    return this.exports.svg();
  }

  /**
   * This exact view as element, attributes and data source, for embed snippets (the export code
   * is fetched on first use).
   */
  embedView(): Promise<EmbedView | null> {
    return this.exports.embedView();
  }

  /** The content width in pixels (0 until measured). */
  get width(): number {
    return this.size.width;
  }

  /** @internal The drawn map, for the pointer. */
  drawnGeometry(): Geometry | null {
    return this.geometry;
  }

  /**
   * @internal The tooltip's code; until it arrives, fetched and then drawn without working the
   * view out again.
   */
  tooltip(): TooltipPart | undefined {
    return tooltipPart.get(this, this.pointer);
  }

  /** @internal What kz-hover says of area `id`. */
  hoverDetail(id: string | null): { value: number | null; period: string } {
    const period = this.viewState.shown?.period ?? '';
    return { value: id ? (this.viewState.byId.get(id)?.value ?? null) : null, period };
  }
}
