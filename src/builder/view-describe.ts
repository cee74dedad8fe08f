/** Step 3: describe the indicator (names, unit, direction, decimals, topic, source, targets). */
import { html, nothing } from 'lit';
import { stepSection } from './view-step.js';
import type { Lang } from '../data/types.js';
import type { BuilderApp } from './app.js';
import type { MessageKey } from './messages.js';
import type { Description } from './state.js';

type TextKey = 'id' | 'decimals' | 'topic' | 'sourceName' | 'sourceUrl' | 'licence' | 'sourceDate';

function text(
  app: BuilderApp,
  key: TextKey,
  label: MessageKey,
  extra: Partial<{ type: string; required: boolean; hint: MessageKey; pattern: string }> = {},
) {
  const id = `builder-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return html`<label class="builder-field" for=${id}
    ><span
      >${app.t(label)}${extra.required ? html` <span aria-hidden="true">*</span>` : nothing}</span
    >
    <input
      id=${id}
      type=${extra.type ?? 'text'}
      ?required=${extra.required ?? false}
      pattern=${extra.pattern ?? nothing}
      aria-describedby=${extra.hint ? `${id}-hint` : nothing}
      .value=${app.state.describe[key]}
      @change=${(e: Event) =>
        app.change((s) => {
          s.describe[key] = (e.target as HTMLInputElement).value;
        })}
    />
    ${extra.hint ? html`<span id="${id}-hint" class="builder-hint">${app.t(extra.hint)}</span>` : nothing}</label
  >`;
}

function localized(app: BuilderApp, key: 'name' | 'unit', lang: Lang, label: MessageKey) {
  const id = `builder-${key}-${lang}`;
  return html`<label class="builder-field" for=${id}
    ><span>${app.t(label)}</span>
    <input
      id=${id}
      lang=${lang}
      .value=${app.state.describe[key][lang]}
      @change=${(e: Event) =>
        app.change((s) => {
          s.describe[key] = { ...s.describe[key], [lang]: (e.target as HTMLInputElement).value };
        })}
  /></label>`;
}

/** What is still missing before the document can be published (message keys). */
export function missing(d: Description): MessageKey[] {
  const out: MessageKey[] = [];
  if (!Object.values(d.name).some((n) => n.trim())) out.push('nameMissing');
  if (!d.sourceName.trim()) out.push('sourceMissing');
  return out;
}

export function describeView(app: BuilderApp) {
  if (!app.outcome) return nothing;
  const d = app.state.describe;
  return stepSection(
    'step-describe',
    app.t('describeTitle'),
    html`<div class="builder-grid">
        ${text(app, 'id', 'id', { hint: 'idHint', pattern: '[a-z][a-z0-9\\-]*' })}
        ${localized(app, 'name', 'en', 'nameEn')} ${localized(app, 'name', 'kk', 'nameKk')}
        ${localized(app, 'name', 'ru', 'nameRu')} ${localized(app, 'unit', 'en', 'unitEn')}
        ${localized(app, 'unit', 'kk', 'unitKk')} ${localized(app, 'unit', 'ru', 'unitRu')}
        <label class="builder-field" for="builder-better"
          ><span>${app.t('better')}</span>
          <select
            id="builder-better"
            @change=${(e: Event) =>
              app.change((s) => {
                s.describe.better = (e.target as HTMLSelectElement).value as Description['better'];
              })}
          >
            ${(['', 'higher', 'lower', 'neutral'] as const).map(
              (b) =>
                html`<option value=${b} ?selected=${d.better === b}>
                  ${b === '' ? '–' : app.t(({ higher: 'betterHigher', lower: 'betterLower', neutral: 'betterNeutral' } as const)[b])}
                </option>`,
            )}
          </select></label
        >
        ${text(app, 'decimals', 'decimals', { type: 'number' })} ${text(app, 'topic', 'topic')}
      </div>
      <fieldset class="builder-source">
        <legend>${app.t('sourceTitle')}</legend>
        <div class="builder-grid">
          ${text(app, 'sourceName', 'sourceName', { required: true })}
          ${text(app, 'sourceUrl', 'sourceUrl', { type: 'url' })} ${text(app, 'licence', 'licence')}
          ${text(app, 'sourceDate', 'sourceDate')}
        </div>
        ${
          missing(d).length
            ? html`<p id="builder-source-missing" class="builder-problem">
                ${missing(d)
                  .map((k) => app.t(k))
                  .join(' ')}
              </p>`
            : nothing
        }
      </fieldset>
      <label class="builder-field" for="builder-targets"
        ><span>${app.t('targets')}</span>
        <textarea
          id="builder-targets"
          rows="2"
          aria-describedby="builder-targets-hint"
          .value=${d.targets}
          @change=${(e: Event) =>
            app.change((s) => {
              s.describe.targets = (e.target as HTMLTextAreaElement).value;
            })}
        ></textarea>
        <span id="builder-targets-hint" class="builder-hint">${app.t('targetsHint')}</span></label
      >`,
  );
}
