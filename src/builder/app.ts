/**
 * The builder page's controller: holds the choices (saved in local storage), the loaded input and
 * the latest conversion, and draws the five steps with lit templates (text only: nothing from a
 * file is ever parsed as HTML).
 */
import { html, render } from 'lit';
import type { Lang } from '../data/types.js';
import { readWorkbook, SpreadsheetError, sniffWorkbook } from '../convert/spreadsheet.js';
import { t, type MessageKey } from './messages.js';
import { run, type Outcome, type Source } from './run.js';
import {
  clearState,
  fromBase64,
  initialState,
  loadState,
  saveState,
  toBase64,
  type BuilderState,
} from './state.js';
import { loadView } from './view-load.js';
import { checkView } from './view-check.js';
import { describeView } from './view-describe.js';
import { visualView } from './view-visual.js';
import { publishView } from './view-publish.js';

const MAX_TEXT_BYTES = 20 * 1024 * 1024;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class BuilderApp {
  state: BuilderState;
  source?: Source;
  outcome?: Outcome;
  /** A problem of reading the file itself (not of converting it). */
  loadProblem?: string;
  status = '';
  private pending = 0;

  constructor(
    private readonly root: HTMLElement,
    readonly here: string,
  ) {
    const pageLang = (document.documentElement.lang || 'en').slice(0, 2) as Lang;
    this.state = loadState(storage(), ['en', 'kk', 'ru'].includes(pageLang) ? pageLang : 'en');
  }

  get lang(): Lang {
    return this.state.lang;
  }

  t = (key: MessageKey, values?: Record<string, string | number>) => t(this.lang, key, values);

  async start(): Promise<void> {
    this.draw();
    const input = this.state.input;
    if (!input) return;
    if (input.text !== undefined) await this.useText(input.name, input.text, false);
    else if (input.base64) await this.useBytes(input.name, fromBase64(input.base64), false);
    else this.status = this.t('restoredNoFile', { name: input.name });
    if (this.source) this.status = this.t('restored', { name: input.name });
    this.draw();
  }

  /** Changes the choices, saves them, converts again and redraws. */
  change(mutate: (state: BuilderState) => void): void {
    mutate(this.state);
    saveState(storage(), this.state);
    void this.convert();
  }

  startAgain(): void {
    clearState(storage());
    this.state = initialState(this.lang);
    this.source = undefined;
    this.outcome = undefined;
    this.loadProblem = undefined;
    this.status = '';
    this.draw();
  }

  setLang(lang: Lang): void {
    this.state.lang = lang;
    document.documentElement.lang = lang;
    saveState(storage(), this.state);
    this.draw();
  }

  async loadFile(file: File): Promise<void> {
    this.loadProblem = undefined;
    this.status = this.t('reading');
    this.draw();
    if (file.size > MAX_TEXT_BYTES) {
      // Read only the first bytes: enough to tell a workbook, and nothing large is held.
      const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
      return this.fail(sniffWorkbook(head) ? 'too-large' : 'too-large-text');
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    await this.useBytes(file.name, bytes, true);
  }

  async usePaste(text: string): Promise<void> {
    this.loadProblem = undefined;
    await this.useText('pasted.tsv', text, true);
  }

  private fail(code: MessageKey, detail = ''): void {
    this.loadProblem = this.t(code, { detail });
    this.status = '';
    this.draw();
  }

  private async useBytes(name: string, bytes: Uint8Array, fresh: boolean): Promise<void> {
    const spreadsheetName = /\.(xlsx|xlsm|xls)$/i.test(name);
    if (sniffWorkbook(bytes) || spreadsheetName) {
      try {
        const book = await readWorkbook(bytes);
        this.source = { kind: 'workbook', name, book };
      } catch (e) {
        if (e instanceof SpreadsheetError) return this.fail(e.code);
        return this.fail('unreadable');
      }
      if (fresh) this.remember({ name, kind: 'workbook', base64: toBase64(bytes) });
      return this.afterLoad(name, fresh);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: Windows-1251 is what older bureau exports use.
      text = new TextDecoder('windows-1251').decode(bytes);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 4096))) return this.fail('not-text');
    await this.useText(name, text, fresh);
  }

  private async useText(name: string, text: string, fresh: boolean): Promise<void> {
    const clean = text.replace(/^\ufeff/, '');
    this.source = { kind: 'text', name, text: clean };
    if (fresh) this.remember({ name, kind: 'text', text: clean });
    await this.afterLoad(name, fresh);
  }

  private remember(input: BuilderState['input']): void {
    // A new file: the choices of the previous one no longer apply.
    const keep = this.state;
    this.state = initialState(keep.lang);
    this.state.describe = keep.describe;
    this.state.publish = keep.publish;
    this.state.input = input;
    saveState(storage(), this.state);
  }

  private async afterLoad(name: string, fresh: boolean): Promise<void> {
    if (fresh && !this.state.describe.id) {
      const id = name
        .replace(/\.[^.]+$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
      this.state.describe.id = /^[a-z]/.test(id) ? id : `indicator-${id}`.replace(/-$/, '');
    }
    this.status = this.t('loaded', { name });
    await this.convert();
  }

  private async convert(): Promise<void> {
    if (!this.source) return this.draw();
    const ticket = ++this.pending;
    const outcome = await run(this.source, this.state);
    if (ticket !== this.pending) return;
    this.outcome = outcome;
    this.draw();
  }

  draw(): void {
    const steps: [string, MessageKey][] = [
      ['step-load', 'stepLoad'],
      ['step-check', 'stepCheck'],
      ['step-describe', 'stepDescribe'],
      ['step-visualise', 'stepVisualise'],
      ['step-publish', 'stepPublish'],
    ];
    render(
      html`
        <header class="builder-header">
          <h1>${this.t('title')}</h1>
          <p>${this.t('intro')}</p>
          <div class="builder-tools">
            <label
              >${this.t('language')}
              <select
                id="builder-lang"
                @change=${(e: Event) => this.setLang((e.target as HTMLSelectElement).value as Lang)}
              >
                ${(['en', 'kk', 'ru'] as const).map(
                  (l) =>
                    html`<option value=${l} ?selected=${l === this.lang}>
                      ${{ en: 'English', kk: 'Қазақша', ru: 'Русский' }[l]}
                    </option>`,
                )}
              </select></label
            >
            <button type="button" id="builder-reset" @click=${() => this.startAgain()}>
              ${this.t('startAgain')}
            </button>
          </div>
          <nav aria-label=${this.t('steps')}>
            <ol class="builder-steps">
              ${steps.map(([id, key]) => html`<li><a href="#${id}">${this.t(key)}</a></li>`)}
            </ol>
          </nav>
        </header>
        <main>
          ${loadView(this)} ${checkView(this)} ${describeView(this)} ${visualView(this)}
          ${publishView(this)}
        </main>
      `,
      this.root,
    );
  }
}
