import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, Lang } from '../../data/types.js';
import { langOf } from '../../i18n/format.js';
import {
  IndicatorSourceController,
  inlineJson,
  type SourceInputs,
} from '../../controllers/indicator-source.js';
import { VisibilityController } from '../../controllers/visibility.js';
import { scaleGroup, type ScaleGroupMember } from '../../shapes/scale-group.js';
import { outcome, type Outcome } from '../../shapes/summary.js';
import { MESSAGES, type Messages } from './messages.js';
import { modelExtent, type Drawing, type SparkModel } from './model.js';
import { CARD, INLINE, cardTemplate, inlineTemplate, type View } from './templates.js';
import type { MapFollowController } from '../../controllers/map-follow.js';
import { mapFollowPart } from '../../controllers/follow.js';
import { SparklineProperties } from './properties.js';
import {
  highlighted,
  onBlur,
  onFocus,
  onKeyDown,
  onPointer,
  onPointerLeave,
  type SparkPointerHost,
} from './pointer.js';
import { sameItems } from '../../internal/same.js';
import { styles } from './kz-sparkline.styles.js';
import { referenceFilter, type SeriesInputs } from './series-choice.js';
import { SparkViewState } from './view-state.js';
import { pointText, valueText } from './words.js';

const linkPart = mapFollowPart('kz-sparkline');

/**
 * A small trend line that sits in a sentence, a table cell, or, as `variant="card"`, a card with
 * the latest value, the change in words and reference lines.
 *
 * Data come from a dataset in the kz-indicators format (`src`, `data` or an inline
 * `<script type="application/json">` child, with `indicator` and `area`), from a quick list
 * (`values`, `periods`), or from a map named by `for`.
 *
 * @tag kz-sparkline
 *
 * @fires {SparklineLoadEvent} kz-load - A dataset arrived and the series was found. Detail: `{ indicator, area }`.
 * @fires {KzErrorEvent} kz-error - A problem is shown instead of the line. Detail: `{ code, message, fix, url?, status? }`; codes `network`, `http`, `json`, `format`, `missing`, `unknown-indicator`, `unknown-area`, `bad-values`.
 * @fires {SparklineHoverEvent} kz-hover - The reader moved to a point (pointer, touch, arrow keys), or left it. Detail: `{ area, period, value }` (`period` null on leaving).
 */
export class KzSparkline extends SparklineProperties implements ScaleGroupMember, SparkPointerHost {
  static override styles = styles;
  // The pointer's and keyboard's state: plain fields, which pointer.ts redraws when it sets them.
  /** @internal */
  active = -1;
  /** @internal */
  announcement = '';

  // Created on first need: quick values have nothing to load.
  private sourceController?: IndicatorSourceController;
  private readonly visibility = new VisibilityController(this, () => !!this.eager);
  // Made when `for` is first set: most sparklines follow no map and never fetch this code.
  private link?: MapFollowController;

  private language: Lang = 'en';
  // Made on the first update.
  private state?: SparkViewState;
  /** @internal */
  drawing: Drawing | null = null;
  private sentence = '';
  private waitingGroup?: boolean;
  private sourceKey?: unknown[];
  /** @internal */
  focused?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.scaleGroup) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.group?.delete(this);
    this.group = null;
    this.waitingGroup = false;
  }

  /**
   * Called by the scale group when its extent changed.
   * @internal
   */
  scaleChanged(): void {
    if (this.drawing || this.waitingGroup) this.requestUpdate();
  }

  // ---- inputs --------------------------------------------------------------------------------

  /** Own data first; else, following a map, the map's. */
  private sourceInputs(): SourceInputs {
    const own = this.data != null || this.src || this.values != null || inlineJson(this);
    const map = own ? null : this.link?.map();
    if (!map) return { src: this.src, data: this.data, inline: this };
    return { src: map.src ?? map.getAttribute('src'), data: map.data, inline: map };
  }

  /** The area: hovered on the followed map since its last selection, else selected there, else its own. */
  private shownArea(): string | null {
    return this.link?.pointed ?? this.link?.selected ?? this.area ?? null;
  }

  /** The period to ring: the followed map's, else its own. */
  /** @internal */
  shownPeriod(): string | null {
    return this.link?.period || this.period || null;
  }

  /** The indicator: its own, else the followed map's. */
  private shownIndicator(): string | null {
    return this.indicator || this.link?.map()?.indicator || null;
  }

  /** @internal */
  get model(): SparkModel | null | undefined {
    return this.state?.model;
  }

  // ---- update --------------------------------------------------------------------------------

  /** The dataset loader, created when first needed. */
  private get source(): IndicatorSourceController {
    return (this.sourceController ??= new IndicatorSourceController(this, () =>
      this.sourceInputs(),
    ));
  }

  /**
   * A thousand sparklines cost little until they come near the viewport: an inline one asks lit
   * for no update at all before then, not even one that draws nothing (its box is sized by CSS
   * alone). Cards render their skeleton at once (it reserves their height), and members of a
   * scale group read their data at once, since the group's extent must hold them all before any
   * draws. `visibility` is unset while lit's constructor runs.
   */
  override requestUpdate(name?: PropertyKey, ...rest: unknown[]): void {
    if (this.visibility?.near || this.variant === 'card' || this.scaleGroup || this.eager)
      super.requestUpdate(name, ...rest);
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.eager) this.visibility.show();
    return super.shouldUpdate(changed);
  }

  override willUpdate(): void {
    if (this.htmlFor && !this.link) {
      const part = linkPart.get(this);
      // Drawn once it can follow the map (or, if that code cannot be fetched, on its own).
      if (part) this.link = new part.MapFollowController(this, () => this.htmlFor);
      else if (!linkPart.failed) return;
    }
    this.link?.sync();
    if (this.variant === 'card' && this.getAttribute('variant') !== 'card') {
      this.setAttribute('variant', 'card');
    }
    this.language = langOf(this);
    // Kazakh and Russian words are fetched on first use, beside the data, and this sparkline
    // redrawn when they arrive; its first drawing waits for them.
    const words = MESSAGES.has(this.language, this) ? MESSAGES.get(this.language) : null;
    const quick = this.values != null;
    if (!quick) {
      // Own src and data, or those of the followed map: reload only when they change.
      const { src, data, inline } = this.sourceInputs();
      const sourceKey = [src, data, inline];
      if (!sameItems(sourceKey, this.sourceKey)) {
        this.sourceKey = sourceKey;
        this.source.refresh();
      }
    } else {
      this.sourceKey = undefined;
    }
    const source = quick ? null : this.source;
    const dataset = source?.dataset ?? null;
    const modelKey = [
      quick,
      this.values,
      this.periods,
      dataset,
      source?.error,
      source?.loading,
      this.shownIndicator(),
      this.shownArea(),
      this.references,
      this.variant,
      this.label,
      this.unit,
      this.decimals,
      this.better,
      this.language,
      this.zero,
    ];
    const state = (this.state ??= new SparkViewState((...warning) => this.warn(...warning)));
    try {
      if (state.choose(modelKey, () => this.seriesInputs(quick, dataset))) this.chosen(quick);
      this.joinGroup();
      this.layout(state, words);
    } catch (error) {
      // Whatever an input holds, the page gets a message and kz-error, never an exception.
      state.fail(error);
      this.extent = null;
      this.layout(state, words);
    }
  }

  private seriesInputs(quick: boolean, dataset: Dataset | null): SeriesInputs {
    const { label, unit, decimals, better } = this;
    return {
      quick,
      values: this.values,
      periods: this.periods,
      overrides: { label, unit, decimals, better },
      error: quick ? null : this.source.error,
      dataset,
      indicator: this.shownIndicator(),
      area: this.shownArea(),
      references: referenceFilter(this.references, this.variant === 'card'),
      lang: this.language,
    };
  }

  /** A new series was chosen: its extent, no active point, and a word if it is unlabelled. */
  private chosen(quick: boolean): void {
    this.extent = this.model ? modelExtent(this.model, this.zero) : null;
    this.active = -1;
    if (quick && this.model && !this.label) {
      this.warn(
        'no-label',
        'quick values without a label',
        'add label="what the trend shows" so that screen readers can say it',
      );
    }
  }

  private joinGroup(): void {
    const name = this.scaleGroup?.trim() || null;
    if (this.group && this.group.name !== name) {
      this.group.delete(this);
      this.group = null;
    }
    if (name && !this.group && this.isConnected) this.group = scaleGroup(name);
    this.group?.set(this, this.extent);
  }

  private layout(state: SparkViewState, words: Messages | null): void {
    const model = state.model;
    if (!this.visibility.near || !model) {
      this.drawing = null;
      return;
    }
    if (!words && !this.drawing) return;
    if (this.group?.settling && !this.drawing) {
      // Others are joining in this same task: draw once, on the settled extent.
      this.waitingGroup = true;
      this.group.wait(this);
      return;
    }
    this.waitingGroup = false;
    const domain = this.domain;
    if (!domain) return;
    const frame = this.variant === 'card' ? CARD : INLINE;
    this.drawing = state.drawn(model, domain, frame, !!this.connectGaps, this.markers);
    if (words) this.sentence = state.worded(model, words, this.language);
  }

  protected override updated(): void {
    const dataset = this.values == null ? this.sourceController?.dataset : null;
    this.state?.report(this, dataset, this.shownIndicator());
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** @internal */
  tooltipText(index: number): string {
    return pointText(this.model, this.language, index);
  }

  private outcome(): Outcome | null {
    const s = this.model?.summary;
    return this.colorByBetter && s ? outcome(s.direction, this.model?.better) : null;
  }

  /**
   * Renders into a frame inside the shadow root: the frame has the element's size and is a
   * layout boundary, so drawing a sparkline later (as it scrolls into view) lays out only its own
   * box, never the table or the paragraph around it. The frame is made on the first render: a
   * sparkline far from the viewport is its shadow root and styles alone (its size comes from
   * them), one element fewer to style and lay out per row of a long table.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.renderRoot === this.shadowRoot) {
      const frame = document.createElement('div');
      frame.className = 'frame';
      frame.setAttribute('part', 'frame');
      (this as { renderRoot: HTMLElement }).renderRoot = this.shadowRoot.appendChild(frame);
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  override render(): TemplateResult | typeof nothing {
    const view: View = {
      m: MESSAGES.get(this.language),
      model: this.model,
      problem: this.state?.problem,
      drawing: this.drawing,
      sentence: this.sentence,
      announcement: this.announcement,
      active: this.active,
      highlighted: highlighted(this),
      tone: this.outcome(),
      loading: this.sourceController?.loading ?? false,
      noLatest: !!this.noLatest,
      number: (value, whole) => valueText(this.model, this.language, value, whole),
      tooltip: (index) => this.tooltipText(index),
      on: {
        keydown: onKeyDown,
        focus: onFocus,
        blur: onBlur,
        pointer: onPointer,
        leave: onPointerLeave,
        retry: () => this.source.retry(),
      },
    };
    return this.variant === 'card' ? cardTemplate(view) : inlineTemplate(view);
  }
}
