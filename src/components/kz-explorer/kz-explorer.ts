import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Dataset, Indicator, Lang } from '../../data/types.js';
import { langOf, localize } from '../../i18n/format.js';
import { KzElement } from '../../internal/kz-element.js';
import { loadFailure } from '../../internal/load-problem.js';
import { IndicatorSourceController, type LoadError } from '../../controllers/indicator-source.js';
import { styles } from './kz-explorer.styles.js';
import { MESSAGES, areaName, fill, noticeText, type ExplorerMessages } from './messages.js';
import {
  isRegional,
  resolveView,
  switchIndicator,
  valueNotices,
  type ExplorerView,
  type Notice,
} from './view-state.js';
import { pickerGroups, pickerOrder, topicNotices, type PickerGroup } from './topics.js';
import { cardPlans } from './card-lines.js';
import { onDemand } from '../../internal/on-demand.js';
import type { PermalinkController } from './permalink-controller.js';
import {
  cardsTemplate,
  heading,
  linkTemplate,
  pickerTemplate,
  waitingTemplate,
} from './templates.js';
import { ExplorerChangeEvent, ExplorerErrorEvent, type ExplorerEventMap } from './events.js';

const MISSING_FIX = 'set src, data or an inline <script type="application/json"> child';

// Fetched when `permalink` is first set: most explorers keep no view in the URL.
const permalinkPart = onDemand(
  'kz-explorer',
  'link to the view (permalink)',
  () => import('./permalink-controller.js'),
  'so the view is not kept in the page address',
);

/**
 * The whole comparison of a child well-being page in one element: from one document, fetched
 * once, an indicator picker grouped by topic, the map with its period control, the regions
 * ranked, and a trend card of the selected area (the country when none) against the national
 * series and the international comparators and targets of the indicator.
 *
 * @tag kz-explorer
 * @fires kz-change - The reader picked an indicator, moved the period or selected an area. Detail: `{ indicator, period, area }` (`area` is '' for the whole country). Never fired when code sets a property.
 * @fires kz-error - The data could not be loaded or read. Detail: `{ code, message, fix, url?, status? }`.
 * @csspart picker - The indicator picker (a select).
 * @csspart notices - Messages about the view (an area or a period without a value, a bad link).
 * @csspart map - The map (`<kz-choropleth>`).
 * @csspart ranking - The ranking (`<kz-ranking>`).
 * @csspart cards - The trend panel: its heading, the cards and their sources.
 * @csspart card - Each trend card (`<kz-sparkline variant="card">`).
 * @csspart sources - Which source each line of a card comes from.
 * @csspart link - The copy-link action (with `permalink`).
 * @cssprop --kz-explorer-font - Font family (default: inherited).
 * @cssprop --kz-explorer-text - Text colour.
 * @cssprop --kz-explorer-muted - Secondary text colour.
 * @cssprop --kz-explorer-border - Borders of the picker and buttons.
 * @cssprop --kz-explorer-focus - Keyboard focus ring.
 * @cssprop --kz-explorer-gap - Space between the panels (default 1rem).
 * @cssprop --kz-explorer-notice-background - Background of the messages.
 */
export class KzExplorer extends KzElement<ExplorerEventMap> {
  static override styles = styles;
  // Declared without decorators (smaller: no decorator helper in the module).
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    indicator: { reflect: true },
    period: { reflect: true },
    area: { reflect: true },
    permalink: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    mapBase: { attribute: 'map-base' },
  };

  /** URL of an indicator document (JSON), fetched once for the map, the ranking and the cards. */
  src: string | null = null;
  /** A document or a parsed dataset, set as a property; wins over `src` (an inline JSON child works too). */
  data: unknown = undefined;
  /**
   * The indicator shown; updated when the reader picks one.
   * @default the first with regional values
   */
  indicator = '';
  /**
   * The period shown; updated when the reader moves it.
   * @default the latest with values
   */
  period = '';
  /**
   * The selected region (`KZ-43`, or any spelling the area registry reads); updated when the reader selects.
   * @default the whole country
   */
  area = '';
  /** Keeps the view in the page's URL hash (`#indicator=…&period=…&area=…`; restored on load and whenever the hash changes) and shows the copy-link action. */
  permalink = false;
  /** Level of the explorer's heading (1 to 6), so that it fits the page's outline; the panels' headings are one level below. */
  headingLevel = 2;
  /**
   * Folder of the map files.
   * @default maps next to the script
   */
  mapBase = '';

  private readonly source = new IndicatorSourceController(this);
  private link: PermalinkController | null = null;
  private shownData: Dataset | null = null;
  private view: ExplorerView | null = null;
  private notices: Notice[] = [];
  private fromLink = false;
  private reported: LoadError | null = null;

  // ---- from inputs to the view ---------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.refresh();
    const dataset = this.source.dataset;
    if (this.permalink && !this.link) {
      const part = permalinkPart.get(this);
      if (part) this.link = new part.PermalinkController(this);
    }
    // With `permalink`, the first view waits for the code that reads the link (fetched beside
    // the data), unless it cannot be fetched.
    const waitForLink = this.permalink && !this.link && !permalinkPart.failed;
    if (!dataset || (waitForLink && !this.shownData)) {
      this.shownData = null;
      this.view = null;
      return;
    }
    if (dataset !== this.shownData) {
      this.shownData = dataset;
      const linked = this.link?.linked() ?? null;
      this.apply(linked ?? this.attributesView(), !!linked);
    } else if (this.view && !this.showing(this.attributesView())) {
      // Code set indicator, period or area: show it (no event: the reader did not act).
      this.apply(this.attributesView(), false);
    }
  }

  private attributesView(): Partial<ExplorerView> {
    return { indicator: this.indicator, period: this.period, area: this.area };
  }

  private showing(wanted: Partial<ExplorerView>): boolean {
    const v = this.view;
    return (
      !!v &&
      v.indicator === wanted.indicator &&
      v.period === wanted.period &&
      v.area === wanted.area
    );
  }

  /** Resolves a wanted view against the data and shows it, with its notices. */
  private apply(wanted: Partial<ExplorerView>, fromLink: boolean): void {
    const dataset = this.shownData!;
    const order = pickerOrder(this.groups(dataset, 'en'));
    const { view, notices } = resolveView(dataset, wanted, order);
    this.fromLink = fromLink;
    this.show(view, [...topicNotices(dataset), ...notices]);
  }

  private show(view: ExplorerView, notices: Notice[]): void {
    this.view = view;
    this.notices = notices;
    this.indicator = view.indicator;
    this.period = view.period;
    this.area = view.area;
  }

  private groups(dataset: Dataset, lang: Lang): PickerGroup[] {
    return pickerGroups(dataset, lang, MESSAGES.get(lang).otherTopic);
  }

  protected override updated(): void {
    this.report();
  }

  /** The view shown, `{ indicator, period, area }`; null before the data. */
  get shownView(): ExplorerView | null {
    return this.view;
  }

  /** Shows the view a changed URL hash names. */
  showLinked(wanted: Partial<ExplorerView>): void {
    if (!this.shownData || this.showing({ ...this.view, ...wanted })) return;
    this.apply({ ...this.view, ...wanted }, true);
    this.requestUpdate();
  }

  private report(): void {
    const error = this.source.error;
    if (!error || error === this.reported) return;
    this.reported = error;
    const failure = loadFailure(error, MISSING_FIX);
    this.warn(failure.code, failure.message, failure.fix);
    this.dispatchEvent(new ExplorerErrorEvent({ ...failure }));
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    let lang: Lang = langOf(this);
    if (!MESSAGES.has(lang, this)) lang = 'en';
    const m = MESSAGES.get(lang);
    const { shownData: dataset, view } = this;
    if (!dataset || !view) return this.renderWaiting(m);
    const indicator = dataset.indicators.find((i) => i.id === view.indicator);
    if (!indicator) return html`${this.renderNotices(dataset, lang, m)}`;
    const level = this.headingLevel || 2;
    const regional = isRegional(indicator);
    return html`<div class="bar">
        ${pickerTemplate(m, this.groups(dataset, lang), view.indicator, lang, this.onPick)}
      </div>
      ${heading(level, dataset.indicators.length > 0 ? indicatorName(indicator, lang) : '', 'title')}
      ${this.renderNotices(dataset, lang, m)}
      <div class="grid ${regional ? '' : 'single'}">
        ${regional ? this.renderRegional(dataset, view, level + 1, m) : nothing}
        <section class="panel card" part="cards" aria-labelledby="card-heading">
          <div class="card-head">
            ${heading(level + 1, fill(m.trendHeading, { area: areaName(view.area, lang, m) }), 'heading', 'card-heading')}
            ${view.area ? html`<button type="button" @click=${this.onCountry}>${m.showCountry}</button>` : nothing}
          </div>
          ${cardsTemplate(cardPlans(dataset, indicator, view.area, lang, m), {
            dataset,
            period: view.period,
            lang,
            m,
          })}
        </section>
      </div>
      ${this.permalink && this.link ? linkTemplate(m, this.copyLink, this.link.status, this.link.fallback) : nothing}`;
  }

  private renderRegional(dataset: Dataset, view: ExplorerView, level: number, m: ExplorerMessages) {
    return html`<section class="panel map" aria-labelledby="map-heading">
        ${heading(level, m.mapHeading, 'heading', 'map-heading')}
        <kz-choropleth
          id="explorer-map"
          part="map"
          .data=${dataset}
          indicator=${view.indicator}
          period=${view.period}
          selected=${view.area}
          map-base=${this.mapBase || nothing}
          controls
          no-title
          @kz-change=${this.onMapPeriod}
          @kz-select=${this.onSelect}
        ></kz-choropleth>
      </section>
      <section class="panel ranking" aria-labelledby="ranking-heading">
        ${heading(level, m.rankingHeading, 'heading', 'ranking-heading')}
        <kz-ranking
          part="ranking"
          for="explorer-map"
          no-title
          .data=${dataset}
          @kz-select=${this.onSelect}
        ></kz-ranking>
      </section>`;
  }

  private renderNotices(dataset: Dataset, lang: Lang, m: ExplorerMessages): TemplateResult {
    // A live region: what is said here when the reader acts is read out.
    return html`<div class="notices" part="notices" role="status" aria-live="polite">
      ${this.notices.map((n) => html`<p>${noticeText(n, dataset, lang, m, this.fromLink)}</p>`)}
    </div>`;
  }

  private renderWaiting(m: ExplorerMessages): TemplateResult {
    return waitingTemplate(m, this.source.error, () => this.source.retry());
  }

  // ---- reader actions ------------------------------------------------------------------------

  private change(view: ExplorerView, notices: Notice[]): void {
    const before = this.view;
    this.fromLink = false;
    this.show(view, notices);
    if (before && this.showingSame(before, view)) return;
    this.dispatchEvent(new ExplorerChangeEvent({ ...view }));
  }

  private showingSame(a: ExplorerView, b: ExplorerView): boolean {
    return a.indicator === b.indicator && a.period === b.period && a.area === b.area;
  }

  private onPick = (event: Event): void => {
    const id = (event.target as HTMLSelectElement).value;
    if (!this.shownData || !this.view || id === this.view.indicator) return;
    const next = switchIndicator(this.shownData, this.view, id);
    this.change(next.view, next.notices);
  };

  private onMapPeriod = (event: Event): void => {
    event.stopPropagation();
    const period = (event as CustomEvent<{ period: string }>).detail.period;
    this.moveTo({ ...this.view!, period });
  };

  private onSelect = (event: Event): void => {
    const area = (event as CustomEvent<{ area: string }>).detail.area ?? '';
    if (this.view) this.moveTo({ ...this.view, area });
  };

  private onCountry = (): void => {
    if (this.view) this.moveTo({ ...this.view, area: '' });
  };

  private moveTo(view: ExplorerView): void {
    const indicator = this.currentIndicator();
    if (!indicator) return;
    this.change(view, valueNotices(indicator, view));
  }

  private currentIndicator(): Indicator | undefined {
    return this.shownData?.indicators.find((i) => i.id === this.view?.indicator);
  }

  private copyLink = (): void => {
    const m = MESSAGES.get(langOf(this));
    void this.link?.copy({ copied: m.linkCopied, notCopied: m.linkNotCopied });
  };
}

function indicatorName(indicator: Indicator, lang: Lang): string {
  return localize(indicator.name, lang) || indicator.id;
}
