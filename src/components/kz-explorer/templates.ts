// Templates of <kz-explorer>: the picker, the panels and the trend cards. The element owns the
// state and the events; these only lay them out. Texts from data are bound as text (lit escapes).
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset, Lang } from '../../data/types.js';
import type { LoadError } from '../../controllers/indicator-source.js';
import { localize } from '../../i18n/format.js';
import type { PickerGroup } from './topics.js';
import type { CardPlan } from './card-lines.js';
import { fill, type ExplorerMessages } from './messages.js';

/** A heading at the explorer's level (`heading-level`) or deeper, clamped to 1..6. */
export function heading(level: number, text: string, className: string, id?: string) {
  return html`<div
    class=${className}
    role="heading"
    aria-level=${Math.min(6, Math.max(1, level))}
    id=${id ?? nothing}
  >
    ${text}
  </div>`;
}

export function pickerTemplate(
  m: ExplorerMessages,
  groups: readonly PickerGroup[],
  selected: string,
  lang: Lang,
  onChange: (event: Event) => void,
): TemplateResult {
  const option = (g: PickerGroup) =>
    g.indicators.map(
      (i) =>
        html`<option value=${i.id} ?selected=${i.id === selected}>
          ${localize(i.name, lang) || i.id}
        </option>`,
    );
  return html`<div class="picker">
    <label for="picker">${m.indicator}</label>
    <select id="picker" part="picker" @change=${onChange} .value=${selected}>
      ${groups.map((g) =>
        g.label ? html`<optgroup label=${g.label}>${option(g)}</optgroup>` : option(g),
      )}
    </select>
  </div>`;
}

export interface CardInputs {
  dataset: Dataset;
  period: string;
  lang: Lang;
  m: ExplorerMessages;
}

/** Which source each line comes from, when the lines come from more than one source. */
function sourcesTemplate(plan: CardPlan, several: boolean): TemplateResult | typeof nothing {
  if (!several && plan.sources.length < 2) return nothing;
  return html`<div class="sources" part="sources">
    ${plan.sources.map((s) => html`<p>${s.lines.join(', ')}: ${s.source}</p>`)}
  </div>`;
}

/** The indicator's card, then one per companion indicator, each saying its lines' sources. */
export function cardsTemplate(plans: readonly CardPlan[], inputs: CardInputs): TemplateResult {
  const { dataset, period, lang, m } = inputs;
  return html`${repeat(
    plans,
    (plan) => plan.indicator.id,
    (plan, index) =>
      html`${
        index > 0
          ? html`<p class="companion">
              ${fill(m.companionFrom, { name: localize(plan.indicator.name, lang) })}
            </p>`
          : nothing
      }
      ${plan.series ? sparklineTemplate(plan, dataset, period) : html`<p>${m.selectArea}</p>`}
      ${sourcesTemplate(plan, plans.length > 1)}`,
  )}`;
}

function sparklineTemplate(plan: CardPlan, dataset: Dataset, period: string): TemplateResult {
  return html`<kz-sparkline
    part="card"
    variant="card"
    eager
    .data=${dataset}
    indicator=${plan.indicator.id}
    area=${plan.series}
    period=${period || nothing}
    references="all"
    markers="first last"
  ></kz-sparkline>`;
}

export function linkTemplate(
  m: ExplorerMessages,
  onCopy: () => void,
  status: string,
  fallbackUrl: string,
): TemplateResult {
  return html`<div class="link" part="link">
    <button type="button" @click=${onCopy}>${m.copyLink}</button>
    ${
      fallbackUrl
        ? html`<input
            type="text"
            readonly
            aria-label=${m.linkLabel}
            .value=${fallbackUrl}
            @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
          />`
        : nothing
    }
    <span role="status">${status}</span>
  </div>`;
}

/** Loading, or the load problem in the reader's words, with Try again for network errors. */
export function waitingTemplate(
  m: ExplorerMessages,
  error: LoadError | null,
  retry: () => void,
): TemplateResult {
  if (!error) return html`<p class="message" role="status">${m.loading}</p>`;
  const key = `error${error.kind[0].toUpperCase()}${error.kind.slice(1)}` as keyof ExplorerMessages;
  const text = fill((m[key] as string) ?? m.errorFormat, { status: error.status });
  const again = error.kind === 'network' || error.kind === 'http';
  return html`<div class="message" role="alert">
    <p>${text}</p>
    ${again ? html`<button type="button" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}
