/**
 * What the Publish step writes for the editor to paste: the embed code (script tag with the data
 * inside or from an address, or an iframe), and the command line that makes the same document.
 * Everything the data puts into this code is escaped for where it lands: JSON inside a script
 * element cannot close it, attribute values are quoted and escaped, shell arguments are quoted.
 */
import type { DocumentInput } from '../data/types.js';
import { escapeHtml } from '../components/kz-choropleth/export.js';
import { scriptSafeJson } from '../data/safe-output.js';
import type { Source } from './run.js';
import type { BuilderState, VisualChoices } from './state.js';

const TAGS = {
  map: 'kz-choropleth',
  sparkline: 'kz-sparkline',
  ranking: 'kz-ranking',
  explorer: 'kz-explorer',
} as const;

/** The element's attributes for the visual choices (the same in the preview and the code). */
export function elementAttributes(
  v: VisualChoices,
  indicator: string,
): Record<string, string | true> {
  const out: Record<string, string | true> = { indicator, lang: v.lang };
  if (v.theme === 'dark') out.theme = 'dark';
  if (v.element === 'sparkline') {
    out.variant = 'card';
    if (v.area) out.area = v.area;
    return out;
  }
  if (v.period) out.period = v.period;
  if (v.element === 'explorer') return out;
  if (v.method !== 'quantile') out.method = v.method;
  if (v.classes !== 5) out.classes = String(v.classes);
  if (v.scheme) out.scheme = v.scheme;
  if (v.diverging) out.diverging = true;
  return out;
}

const attributeText = (attributes: Record<string, string | true>) =>
  Object.entries(attributes)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');

export interface EmbedTexts {
  script: string;
  iframe?: string;
}

/** The embed code of the document with the visual and publishing choices. */
export function embedCode(doc: DocumentInput, state: BuilderState, here: string): EmbedTexts {
  const { visual, publish } = state;
  const tag = TAGS[visual.element];
  const indicator = doc.indicators[0]?.id ?? '';
  const attributes = elementAttributes(visual, indicator);
  // The map and sparkline are in kz-indicators.js; the ranking and explorer in kz-explorer.js.
  const file =
    tag === 'kz-ranking' || tag === 'kz-explorer' ? 'kz-explorer.js' : 'kz-indicators.js';
  const scriptUrl = publish.scriptUrl.trim() || new URL(file, here).href;
  const script = `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`;
  if (publish.mode === 'src' && publish.dataUrl.trim()) {
    const src = publish.dataUrl.trim();
    const page = new URL('embed.html', here);
    page.searchParams.set('type', visual.element);
    page.searchParams.set('src', src);
    for (const [k, v] of Object.entries(attributes)) page.searchParams.set(k, v === true ? '' : v);
    const title = doc.indicators[0]?.id ?? 'indicator';
    return {
      script: `${script}\n<${tag} src="${escapeHtml(src)}"${attributeText(attributes)}></${tag}>\n`,
      iframe:
        `<iframe src="${escapeHtml(page.href)}" title="${escapeHtml(title)}" width="100%" height="560" loading="lazy"></iframe>\n` +
        `<script async src="${escapeHtml(new URL('embed-parent.js', here).href)}"></script>\n`,
    };
  }
  return {
    script:
      `${script}\n<${tag}${attributeText(attributes)}>\n` +
      `  <script type="application/json">${scriptSafeJson(doc)}</script>\n</${tag}>\n`,
  };
}

/** Quotes one argument for a POSIX shell: nothing inside single quotes is interpreted. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The `kz-indicators convert` command that makes the same document from the same file. */
export function cliCommand(source: Source, state: BuilderState): string {
  const { read, describe: d } = state;
  const args: string[] = ['npx', 'kz-indicators', 'convert', source.name];
  const add = (flag: string, value: string | number | undefined) => {
    if (value !== undefined && String(value).trim() !== '') args.push(flag, String(value).trim());
  };
  if (source.kind === 'workbook') {
    add('--sheet', read.sheet);
    add('--header-row', read.headerRow);
  }
  add('--area-column', read.areaColumn);
  add('--period-column', read.periodColumn);
  add('--value-column', read.valueColumn);
  add('--period', read.period);
  add('--periods', read.periods);
  for (const [column, value] of Object.entries(read.filter))
    args.push('--filter', `${column}=${value}`);
  for (const [text, choice] of Object.entries(read.areas)) {
    if (choice === 'ignore') args.push('--ignore-area', text);
    else if (choice === 'national' || choice === 'comparator')
      args.push('--ref', `${text}=${choice}`);
    else if (choice) for (const rule of choice.split(';')) args.push('--map', `${text}=${rule}`);
  }
  add('--id', d.id);
  add('--name', d.name.en);
  add('--name-kk', d.name.kk);
  add('--name-ru', d.name.ru);
  add('--unit', d.unit.en);
  add('--unit-kk', d.unit.kk);
  add('--unit-ru', d.unit.ru);
  add('--better', d.better);
  add('--decimals', d.decimals);
  add('--topic', d.topic);
  add('--source-name', d.sourceName);
  add('--source-url', d.sourceUrl);
  add('--licence', d.licence);
  add('--source-date', d.sourceDate);
  for (const line of d.targets.split(/\r?\n/)) add('--target', line);
  args.push('-o', `${d.id.trim() || 'indicator'}.json`);
  return args.map(shellQuote).join(' ');
}
