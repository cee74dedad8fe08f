/** Step 5: download the document, copy the embed code, see the command that makes it again. */
import { html, nothing } from 'lit';
import { stepSection } from './view-step.js';
import { stringifyDocument } from '../convert/stringify.js';
import type { DocumentInput } from '../data/types.js';
import type { BuilderApp } from './app.js';
import { cliCommand, embedCode } from './publish.js';
import { missing } from './view-describe.js';

let downloadUrl: string | undefined;

function download(doc: DocumentInput, id: string) {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(
    new Blob([stringifyDocument(doc)], { type: 'application/json' }),
  );
  const a = document.createElement('a');
  a.href = downloadUrl;
  a.download = `${id || 'indicator'}.json`;
  a.click();
}

async function copy(app: BuilderApp, target: string, status: string) {
  const area = document.getElementById(target) as HTMLTextAreaElement | null;
  const out = document.getElementById(status);
  if (!area || !out) return;
  try {
    await navigator.clipboard.writeText(area.value);
    out.textContent = app.t('copied');
  } catch {
    area.select();
    out.textContent = app.t('copyFailed');
  }
}

function codeBlock(app: BuilderApp, id: string, label: string, value: string) {
  return html`<div class="builder-code">
    <label for=${id}>${label}</label>
    <textarea id=${id} readonly rows="6" spellcheck="false" .value=${value}></textarea>
    <button type="button" id="${id}-copy" @click=${() => copy(app, id, `${id}-status`)}>
      ${app.t('copy')}
    </button>
    <span id="${id}-status" role="status" aria-live="polite"></span>
  </div>`;
}

/** How the embed code gets the data and the script. */
function embedFields(app: BuilderApp, here: string) {
  const { publish } = app.state;
  const setPublish = (key: 'mode' | 'dataUrl' | 'scriptUrl') => (e: Event) =>
    app.change((s) => {
      (s.publish as unknown as Record<string, string>)[key] = (e.target as HTMLInputElement).value;
    });
  return html`
    <fieldset class="builder-mode">
      <legend>${app.t('embedHow')}</legend>
      ${(['inline', 'src'] as const).map(
        (mode) =>
          html`<label class="builder-check"
            ><input
              type="radio"
              name="builder-mode"
              value=${mode}
              .checked=${publish.mode === mode}
              @change=${setPublish('mode')}
            /><span>${app.t(mode === 'inline' ? 'embedInline' : 'embedSrc')}</span></label
          >`,
      )}
    </fieldset>
    <div class="builder-grid">
      ${
        publish.mode === 'src'
          ? html`<label class="builder-field" for="builder-data-url"
              ><span>${app.t('dataUrl')}</span
              ><input
                id="builder-data-url"
                type="url"
                .value=${publish.dataUrl}
                @change=${setPublish('dataUrl')}
            /></label>`
          : nothing
      }
      <label class="builder-field" for="builder-script-url"
        ><span>${app.t('scriptUrl')}</span
        ><input
          id="builder-script-url"
          type="url"
          placeholder=${new URL('kz-indicators.js', here).href}
          .value=${publish.scriptUrl}
          @change=${setPublish('scriptUrl')}
      /></label>
    </div>
  `;
}

export function publishView(app: BuilderApp) {
  const o = app.outcome;
  if (!o || !app.source) return nothing;
  const todo = [
    ...(o.document ? [] : [app.t('fixProblems')]),
    ...missing(app.state.describe).map((k) => app.t(k)),
  ];
  const here = location.href;
  const doc = o.document;
  const code = doc && !todo.length ? embedCode(doc, app.state, here) : undefined;
  return stepSection(
    'step-publish',
    app.t('publishTitle'),
    html`${
        todo.length
          ? html`<p id="builder-not-ready" class="builder-problem">
              ${app.t('notReady', { what: todo.join(' ') })}
            </p>`
          : nothing
      }
      <button
        type="button"
        id="builder-download"
        ?disabled=${!code}
        @click=${() => doc && download(doc, doc.indicators[0]?.id ?? '')}
      >
        ${app.t('download')}
      </button>
      ${embedFields(app, here)}
      ${code ? codeBlock(app, 'builder-embed', app.t('embedCode'), code.script) : nothing}
      ${
        code
          ? code.iframe
            ? codeBlock(app, 'builder-iframe', app.t('iframeCode'), code.iframe)
            : html`<p class="builder-hint">${app.t('iframeNeedsSrc')}</p>`
          : nothing
      }
      ${
        app.source.kind !== 'json' && code
          ? codeBlock(app, 'builder-cli', app.t('cliCommand'), cliCommand(app.source, app.state))
          : nothing
      }`,
  );
}
