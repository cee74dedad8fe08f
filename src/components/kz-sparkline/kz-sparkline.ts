import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
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
import { MESSAGES, number, type Messages } from './messages.js';
import {
  comparisons,
  draw,
  isProblem,
  modelExtent,
  type Drawing,
  type Problem,
  type SparkModel,
} from './model.js';
import { SparklineErrorEvent, SparklineLoadEvent } from './events.js';
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
import { QUIET, chooseSeries, markerKinds, referenceFilter } from './series-choice.js';

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

  /** @internal */
  @state() active = -1;
  /** @internal */
  @state() announcement = '';

  // Created on first need: quick values have nothing to load.
  private sourceController: IndicatorSourceController | null = null;
  private readonly visibility = new VisibilityController(this, () => !!this.eager);
  // Made when `for` is first set: most sparklines follow no map and never fetch this code.
  private link: MapFollowController | null = null;

  private language: Lang = 'en';
  /** @internal */
  model: SparkModel | null = null;
  private problem: Problem | null = null;
  /** @internal */
  drawing: Drawing | null = null;
  private sentence = '';
  private waitingGroup = false;
  private modelKey: unknown[] | null = null;
  private sourceKey: unknown[] | null = null;
  private drawKey: unknown[] | null = null;
  private sentenceKey: unknown[] | null = null;
  private reportedProblem: Problem | null = null;
  private loadedFrom: Dataset | null = null;
  /** @internal */
  focused = false;

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

  // ---- update --------------------------------------------------------------------------------

  /** The dataset loader, created when first needed. */
  private get source(): IndicatorSourceController {
    return (this.sourceController ??= new IndicatorSourceController(this, () =>
      this.sourceInputs(),
    ));
  }

  /**
   * A thousand sparklines cost little until they come near the viewport: an inline one does no
   * work at all before then (its box is sized by CSS alone). Cards render their skeleton at once
   * (it reserves their height), and members of a scale group read their data at once, since the
   * group's extent must hold them all before any draws.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!super.shouldUpdate(changed)) return false;
    if (changed.has('eager') && this.eager) this.visibility.show();
    return this.visibility.near || this.variant === 'card' || !!this.scaleGroup;
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
      this.sourceKey = null;
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
    try {
      if (!sameItems(modelKey, this.modelKey)) {
        this.modelKey = modelKey;
        this.resolve(quick, dataset);
      }
      this.joinGroup();
      this.layout(words);
    } catch (error) {
      // Whatever an input holds, the page gets a message and kz-error, never an exception.
      this.model = null;
      this.extent = null;
      this.problem = {
        code: 'format',
        message: `the data or an attribute could not be used: ${String((error as Error)?.message ?? error)}`,
        fix: 'check the data against the format documentation, and report this message if it looks right',
      };
      this.layout(words);
    }
  }

  private resolve(quick: boolean, dataset: Dataset | null): void {
    const { label, unit, decimals, better } = this;
    const result = chooseSeries({
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
    });
    this.model = result && !isProblem(result) ? result : null;
    this.problem = result && isProblem(result) ? result : null;
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

  private layout(words: Messages | null): void {
    const model = this.model;
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
    const card = this.variant === 'card';
    const key = [model, card, this.connectGaps, this.markers, ...domain.x, ...domain.y];
    if (!this.drawing || !sameItems(key, this.drawKey)) {
      this.drawKey = key;
      this.drawing = draw(model, domain, card ? CARD : INLINE, {
        connectGaps: !!this.connectGaps,
        markers: markerKinds(this.markers, (code, message, fix) => this.warn(code, message, fix)),
      });
    }
    const sentenceKey = [model, this.language];
    if (words && !sameItems(sentenceKey, this.sentenceKey)) {
      this.sentenceKey = sentenceKey;
      this.sentence = words.sentence({
        name: model.name || words.trend,
        unit: model.unit,
        area: model.area,
        decimals: model.decimals,
        summary: model.summary,
        total: model.points.length,
        ...comparisons(model),
      });
    }
  }

  protected override updated(): void {
    const problem = this.problem;
    if (problem && problem !== this.reportedProblem) {
      const previous = this.reportedProblem;
      this.reportedProblem = problem;
      if (
        !QUIET.has(problem.code) &&
        !(previous && previous.code === problem.code && previous.message === problem.message)
      ) {
        this.warn(problem.code, problem.message, problem.fix);
        const { code, message, fix, url, status } = problem;
        this.dispatchEvent(new SparklineErrorEvent({ code, message, fix, url, status }));
      }
    } else if (!problem) {
      this.reportedProblem = null;
    }
    const dataset = this.values == null ? (this.sourceController?.dataset ?? null) : null;
    if (this.model && dataset && dataset !== this.loadedFrom) {
      this.loadedFrom = dataset;
      this.dispatchEvent(
        new SparklineLoadEvent({
          indicator: this.shownIndicator(),
          area: this.model.series,
        }),
      );
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** A value in the page's language; `whole` drops the decimals of a whole number (targets). */
  private number(value: number, whole = false): string {
    const decimals = whole && Number.isInteger(value) ? 0 : (this.model?.decimals ?? 1);
    return number(value, this.language, decimals);
  }

  /** @internal */
  tooltipText(index: number): string {
    const p = this.model?.points[index];
    if (!p) return '';
    const m = MESSAGES.get(this.language);
    const bounds =
      p.lower != null && p.upper != null ? `${this.number(p.lower)}–${this.number(p.upper)}` : null;
    return m.tooltip(p.period, p.value == null ? null : this.number(p.value), bounds);
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
      problem: this.problem,
      drawing: this.drawing,
      sentence: this.sentence,
      announcement: this.announcement,
      active: this.active,
      highlighted: highlighted(this),
      tone: this.outcome(),
      loading: this.sourceController?.loading ?? false,
      noLatest: !!this.noLatest,
      number: (value, whole) => this.number(value, whole),
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
