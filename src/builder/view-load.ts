/** Step 1: pick or drop a file, or paste a table. */
import { html } from 'lit';
import { stepSection } from './view-step.js';
import type { BuilderApp } from './app.js';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.json,text/csv,text/plain,application/json';

export function loadView(app: BuilderApp) {
  const onFile = (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void app.loadFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('builder-drop-over');
    const file = e.dataTransfer?.files?.[0];
    if (file) void app.loadFile(file);
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.add('builder-drop-over');
  };
  const onDragLeave = (e: DragEvent) =>
    (e.currentTarget as HTMLElement).classList.remove('builder-drop-over');
  const onPaste = (e: Event) => {
    const form = (e.target as HTMLElement).closest('form')!;
    e.preventDefault();
    const text = (form.querySelector('#builder-paste') as HTMLTextAreaElement).value;
    if (text.trim()) void app.usePaste(text);
  };
  return stepSection(
    'step-load',
    app.t('stepLoad'),
    html`
      <div class="builder-drop" @drop=${onDrop} @dragover=${onDragOver} @dragleave=${onDragLeave}>
        <label for="builder-file">${app.t('fileLabel')}</label>
        <input
          id="builder-file"
          type="file"
          accept=${ACCEPT}
          aria-describedby="builder-file-hint"
          @change=${onFile}
        />
        <p id="builder-file-hint" class="builder-hint">${app.t('fileHint')}</p>
      </div>
      <form class="builder-paste" @submit=${onPaste}>
        <label for="builder-paste">${app.t('pasteLabel')}</label>
        <p id="builder-paste-hint" class="builder-hint">${app.t('pasteHint')}</p>
        <textarea id="builder-paste" rows="5" aria-describedby="builder-paste-hint"></textarea>
        <button type="submit">${app.t('pasteButton')}</button>
      </form>
      <p id="builder-status" role="status" aria-live="polite">${app.status}</p>
      ${
        app.loadProblem
          ? html`<p id="builder-load-problem" class="builder-problem" role="alert">
              ${app.loadProblem}
            </p>`
          : ''
      }
    `,
  );
}
