import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { langOf } from '../../i18n/format.js';
import { kept } from '../../internal/same.js';
import { IndicatorSourceController, inlineJson } from '../../controllers/indicator-source.js';
import { VisibilityController } from '../../controllers/visibility.js';
import type { AreaDatum } from '../kz-choropleth/model.js';
import { IndicatorViewProperties } from '../kz-choropleth/view-properties.js';
import type { Shown } from '../kz-choropleth/choose-view.js';
import { loadProblem } from '../kz-choropleth/problems.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { styles } from './kz-ranking.styles.js';
import { MESSAGES, fill } from './messages.js';
import { mapFollowPart, type FollowedMap } from '../../controllers/follow.js';
import type { MapFollowController } from '../../controllers/map-follow.js';
import { count, inputsOf, type RankingInputs } from './inputs.js';
import type { RankingView } from './view.js';
import {
  RankingState,
  highlightCode,
  isRankingProblem,
  noMap,
  type RankingProblem,
} from './state.js';
import { placeRules } from './axis.js';
import { messageTemplate, rankingTemplate } from './templates.js';
import {
  RankingHoverEvent,
  RankingLoadEvent,
  RankingSelectEvent,
  type RankingEventMap,
} from './events.js';
import { FrameController } from './measure.js';
import { rowHandlers } from './row-events.js';

const followPart = mapFollowPart('kz-ranking', 'so the ranking does not follow the map');

/**
 * The areas of a kz-indicators document in rank order: one row per area of the shown period's
 * layout with its name, a dot (or bar) on a shared axis in the map's colours, the value and the
 * rank (ties as `=3`), reference rules (national value, comparators, targets) across the rows, and
 * the areas without a value last. Alone, or beside a map named by `for`, whose indicator, period,
 * classes, selection and hover it follows.
 *
 * @tag kz-ranking
 * @fires kz-select - The reader selected a row (click, tap, Enter, Space). Detail: `{ area, name, value, period, indicator }`.
 * @fires kz-hover - The pointer or keyboard focus moved to a row, or left the list (`area: null`). Detail: `{ area, value, period }`.
 * @fires kz-load - The rows are drawn. Detail: `{ indicator, period, areas }`.
 * @fires kz-error - A problem is shown instead of the rows. Detail: `{ code, message, fix, url?, status? }`.
 * @csspart title - The indicator name.
 * @csspart list - The list of rows (a listbox).
 * @csspart row - Each row.
 * @csspart rank - The rank of a row (`=3` when tied).
 * @csspart name - The area name of a row.
 * @csspart plot - The axis cell of a row.
 * @csspart mark - The dot or bar of a row.
 * @csspart value - The value of a row.
 * @csspart missing - "No data" or "Not applicable" in a row without a value.
 * @csspart reference - A reference rule (national value, comparator, target) across the rows.
 * @csspart reference-label - The label of a reference rule.
 * @csspart axis - The tick labels below the rows.
 * @csspart source - The source line.
 * @csspart message - The loading or problem message.
 * @cssprop --kz-ranking-font - Font family (default: inherited).
 * @cssprop --kz-ranking-font-size - Base font size (default 0.875rem).
 * @cssprop --kz-ranking-text - Text colour.
 * @cssprop --kz-ranking-muted - Secondary text colour (ranks, axis, notes).
 * @cssprop --kz-ranking-background - Background (transparent unless `theme` is set).
 * @cssprop --kz-ranking-focus - Keyboard focus ring.
 * @cssprop --kz-ranking-selected - Outline of the selected row and its dot.
 * @cssprop --kz-ranking-hover - Background of the hovered row.
 * @cssprop --kz-ranking-highlight - Background of the `highlight` row.
 * @cssprop --kz-ranking-rule - National and comparator rules and their labels.
 * @cssprop --kz-ranking-target - Target rules and their labels.
 * @cssprop --kz-ranking-track - The thin line behind each dot.
 * @cssprop --kz-ranking-name-width - Width of the name column (default 38%).
 */
export class KzRanking extends IndicatorViewProperties<RankingEventMap> {
  static override styles = [themeStyles, styles];
  // Declared without decorators (smaller: no decorator helper in the module).
  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: 'for' },
    selected: {},
    highlight: {},
    sort: {},
    top: { type: Number },
    bottom: { type: Number },
    mark: {},
    noReferences: { type: Boolean, attribute: 'no-references' },
    noTitle: { type: Boolean, attribute: 'no-title' },
    theme: { reflect: true },
    eager: { type: Boolean },
    hoverId: { state: true },
    activeId: { state: true },
    announcement: { state: true },
  };

  // src, data, indicator, period, layout, level and the classification (method, classes,
  // thresholds, scheme, better, diverging, midpoint, period-scale) are declared with the map's.
  /** Id of a `<kz-choropleth>` to follow: its data (when the ranking has none), indicator, period, classes, selection and hover. */
  htmlFor: string | null = null;
  /** Id of the selected area; setting it does not fire `kz-select`. */
  selected = '';
  /** An area to emphasise (code or name, e.g. `KZ-75` or `Almaty`). */
  highlight = '';
  /** `value` (rank order, rank 1 first as `better` says) or `name`. */
  sort: 'value' | 'name' = 'value';
  /** Shows only the first N ranks (ties at the cut included). */
  top: number | null = null;
  /** Shows only the last N ranks (ties at the cut included). */
  bottom: number | null = null;
  /** `dot` (default) or `bar` (from zero). */
  mark: 'dot' | 'bar' = 'dot';
  /** Hides the reference rules. */
  noReferences = false;
  /** Hides the indicator name. */
  noTitle = false;
  /** `light`, `dark` or `auto`; default: the page's color-scheme. */
  theme: 'light' | 'dark' | 'auto' | undefined = undefined;
  /** Draws at once instead of when the ranking first comes near the viewport. */
  eager = false;

  private hoverId: string | null = null;
  private activeId: string | null = null;
  private announcement = '';

  // Made when `for` is first set: most rankings follow no map and never fetch this code.
  private follow: MapFollowController | null = null;
  private readonly source = new IndicatorSourceController(this, () => this.dataInputs());
  private readonly visibility = new VisibilityController(this, () => this.eager);
  private readonly state = new RankingState((code, message, fix) => this.warn(code, message, fix));
  private readonly frames = new FrameController(this);
  private problem: RankingProblem | null = null;
  private shown: Shown | null = null;
  private view: RankingView | null = null;
  private inputs: RankingInputs | null = null;
  private areas: AreaDatum[] = [];
  private highlightId = '';

  /** The followed map, when `for` names one that is in the tree. */
  private get map(): FollowedMap | null {
    return this.follow?.active ? this.follow.map() : null;
  }

  /** Own data first; else, following a map, the map's. */
  private dataInputs() {
    const own = { src: this.src, data: this.data, inline: this as Element };
    const map = this.map;
    const hasOwn = own.data != null || !!own.src || inlineJson(this) != null;
    return hasOwn || !map ? own : { src: map.src, data: map.data, inline: map as Element };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.htmlFor && !this.follow) {
      const part = followPart.get(this);
      if (part) this.follow = new part.MapFollowController(this, () => this.htmlFor);
    }
    if (changed.has('htmlFor')) this.follow?.sync();
    if (changed.has('eager') && this.eager) this.visibility.show();
    this.source.refresh();
    this.resolve();
    this.state.reportProblem(this, this.problem);
  }

  /** Problem, or the shown view, through the map's resolver, scale and area data. */
  private resolve(): void {
    const { dataset, error, loading } = this.source;
    let lang: Lang | undefined = langOf(this);
    if (!MESSAGES.has(lang, this)) lang = this.view?.lang;
    this.problem = null;
    this.shown = null;
    const map = this.map;
    this.inputs = inputsOf(map ?? this);
    // Following a map: wait for the code that follows it (unless it cannot be fetched).
    if (this.htmlFor && !this.follow && !followPart.failed) return;
    if (this.follow?.active && !map) {
      if (this.follow.missing) this.problem = noMap(this.htmlFor ?? '');
      return;
    }
    if (error) {
      this.problem = loadProblem(error);
      return;
    }
    if (loading || !dataset || !lang) return;
    // The followed map warns about its own data; the ranking does not say it twice.
    if (!map) this.state.warnData(dataset);
    const plot = this.frames.frame?.plotWidth;
    const drawn = this.state.update(
      dataset,
      lang,
      this.inputs,
      {
        sort: this.sort === 'name' ? 'name' : 'value',
        top: count(this.top),
        bottom: count(this.bottom),
        mark: this.mark === 'bar' ? 'bar' : 'dot',
        references: !this.noReferences,
        tickCount: plot ? Math.max(2, Math.min(6, Math.floor(plot / 60))) : 5,
      },
      // The followed map warns about its own options; the ranking does not say it twice.
      map ? () => {} : this.state.warn,
    );
    if (isRankingProblem(drawn)) {
      this.problem = drawn;
      return;
    }
    ({ shown: this.shown, view: this.view, areas: this.areas } = drawn);
    const wanted = this.highlight.trim();
    const highlight = wanted ? highlightCode(wanted, drawn.shown) : null;
    if (highlight && highlight.code === null)
      this.warn('unknown-area', highlight.message, highlight.fix);
    this.highlightId = highlight?.code ?? '';
  }

  // ---- drawing -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const v = this.view;
    const m = MESSAGES.get(langOf(this));
    if (this.problem || !this.shown || !v || !this.visibility.near) {
      return html`${messageTemplate(m, this.problem, this.retry)}`;
    }
    const selected = this.inputs?.selected ?? '';
    const active =
      v.rows.find((r) => r.id === this.activeId)?.id ??
      v.rows.find((r) => r.id === selected)?.id ??
      v.rows[0]?.id ??
      null;
    const frame = this.frames.frame;
    const layout = frame && v.axis ? { ...placeRules(v.rules, v.axis, frame), frame } : null;
    return html`${rankingTemplate(
        v,
        layout,
        {
          selected,
          hovered: this.hoverId ?? this.follow?.hovered ?? null,
          highlight: this.highlightId,
          active,
        },
        { mark: this.mark === 'bar' ? 'bar' : 'dot', noTitle: this.noTitle },
        this.handlers,
      )}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>`;
  }

  /** Fires kz-load once per view (after the frame controller has measured the chart). */
  protected override updated(): void {
    const s = this.shown;
    if (s && this.view && !this.problem && this.visibility.near) {
      const areas = this.view.rows.length;
      kept(this.state, 'loaded', [s.indicator, s.period, s.layout], () =>
        this.dispatchEvent(
          new RankingLoadEvent({ indicator: s.indicator.id, period: s.period, areas }),
        ),
      );
    }
  }

  // ---- reader actions ------------------------------------------------------------------------

  private readonly handlers = rowHandlers({
    root: () => this.renderRoot as ShadowRoot,
    drawn: () => this.updateComplete,
    rowIds: () => this.view?.rows.map((r) => r.id) ?? [],
    activate: (id) => (this.activeId = id),
    hover: (id) => this.hover(id),
    select: (id) => this.select(id),
  });

  private hover(id: string | null): void {
    if (id === this.hoverId) return;
    this.hoverId = id;
    this.map?.showHover?.(id);
    const d = id ? this.areas.find((a) => a.id === id) : undefined;
    this.dispatchEvent(
      new RankingHoverEvent({
        area: id,
        value: d?.value ?? null,
        period: this.shown?.period ?? '',
      }),
    );
  }

  private select(id: string): void {
    const s = this.shown;
    const v = this.view;
    if (!s || !v) return;
    const row = v.rows.find((r) => r.id === id);
    if (!row) return;
    this.selected = id;
    this.activeId = id;
    const map = this.map;
    if (map) map.selected = id;
    this.announcement = fill(v.m.selected, { name: row.name, value: v.valueText(id) });
    this.dispatchEvent(
      new RankingSelectEvent({
        area: id,
        name: row.name,
        value: row.datum.value,
        period: s.period,
        indicator: s.indicator.id,
      }),
    );
  }

  private retry = (): void => {
    this.source.retry();
    this.requestUpdate();
  };
}
