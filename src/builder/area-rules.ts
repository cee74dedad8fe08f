/**
 * How area names are read, as the CLI's --map writes it (`TEXT=CODE@PERIODS`, one per line):
 * shown and edited as text in the Check step, and filled in one click from a converter's hint.
 */
import { html } from 'lit';
import type { BuilderApp } from './app.js';

/** `TEXT=CODE@PERIODS` lines as area choices (several rules for one text joined with `;`). */
export function parseMaps(maps: string[]): Record<string, string> {
  const next: Record<string, string[]> = {};
  for (const map of maps) {
    const at = map.lastIndexOf('=');
    if (at <= 0 || !map.slice(at + 1).trim()) continue;
    (next[map.slice(0, at).trim()] ??= []).push(map.slice(at + 1).trim());
  }
  return Object.fromEntries(Object.entries(next).map(([t, rules]) => [t, rules.join(';')]));
}

/** The area choices as `TEXT=CODE@PERIODS` lines, as the CLI's --map writes them. */
export function mapLines(areas: Record<string, string>): string {
  return Object.entries(areas)
    .flatMap(([text, choice]) => choice.split(';').map((rule) => `${text}=${rule}`))
    .join('\n');
}

export function applyMaps(app: BuilderApp, maps: string[]) {
  app.change((s) => {
    s.read.areas = { ...s.read.areas, ...parseMaps(maps) };
  });
}

/** Every area choice, editable as text: what a footnote says goes here (`..2016`). */
export function areaRulesField(app: BuilderApp) {
  return html`<label class="builder-field" for="builder-area-rules"
    ><span>${app.t('areaRules')}</span>
    <textarea
      id="builder-area-rules"
      rows="3"
      spellcheck="false"
      aria-describedby="builder-area-rules-hint"
      .value=${mapLines(app.state.read.areas)}
      @change=${(e: Event) =>
        app.change((s) => {
          s.read.areas = parseMaps((e.target as HTMLTextAreaElement).value.split(/\r?\n/));
        })}
    ></textarea>
    <span id="builder-area-rules-hint" class="builder-hint">${app.t('areaRulesHint')}</span></label
  >`;
}
