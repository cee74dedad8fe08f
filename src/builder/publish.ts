/**
 * What the Publish step writes for the editor to paste: the embed code (script tag with the data
 * inside or from an address, or an iframe), and the command line that makes the same document.
 * Everything the data puts into this code is escaped for where it lands: JSON inside a script
 * element cannot close it, attribute values are quoted and escaped, shell arguments are quoted.
 */
import type { DocumentInput, Lang } from '../data/types.js';
import { escapeHtml } from '../components/kz-choropleth/export-formats.js';
import { scriptSafeJson } from '../data/safe-output.js';
import type { Source } from './run.js';
import { shellQuote } from '../convert/shell.js';
import type { BuilderState, Description, ReadChoices, VisualChoices } from './state.js';

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

type Flag = [flag: string, value: string];
type Given = [flag: string, value: string | number | undefined];

/** Each flag whose value is given, with the value trimmed. */
const given = (pairs: Given[]): Flag[] =>
  pairs.flatMap(([flag, value]) =>
    value !== undefined && String(value).trim() !== '' ? [[flag, String(value).trim()]] : [],
  );

/** `--name`, `--name-kk`, `--name-ru`: a text in the three languages. */
const inLanguages = (flag: string, text: Record<Lang, string>): Given[] => [
  [flag, text.en],
  [`${flag}-kk`, text.kk],
  [`${flag}-ru`, text.ru],
];

/** How the file was read: sheet, columns, periods, slices kept and the editor's area choices. */
function readingFlags(source: Source, read: ReadChoices): Flag[] {
  const flags = given([
    ...(source.kind === 'workbook'
      ? ([
          ['--sheet', read.sheet],
          ['--header-row', read.headerRow],
        ] as Given[])
      : []),
    ['--area-column', read.areaColumn],
    ['--period-column', read.periodColumn],
    ['--value-column', read.valueColumn],
    ['--period', read.period],
    ['--periods', read.periods],
  ]);
  for (const [column, value] of Object.entries(read.filter))
    flags.push(['--filter', `${column}=${value}`]);
  for (const [text, choice] of Object.entries(read.areas)) {
    if (choice === 'ignore') flags.push(['--ignore-area', text]);
    else if (choice === 'national' || choice === 'comparator')
      flags.push(['--ref', `${text}=${choice}`]);
    else if (choice) for (const rule of choice.split(';')) flags.push(['--map', `${text}=${rule}`]);
  }
  return flags;
}

/** What the editor wrote about the indicator and its source. */
function describingFlags(d: Description): Flag[] {
  return given([
    ['--id', d.id],
    ...inLanguages('--name', d.name),
    ...inLanguages('--unit', d.unit),
    ['--better', d.better],
    ['--decimals', d.decimals],
    ['--topic', d.topic],
    ['--source-name', d.sourceName],
    ['--source-url', d.sourceUrl],
    ['--licence', d.licence],
    ['--source-date', d.sourceDate],
    ...d.targets.split(/\r?\n/).map((line): Given => ['--target', line]),
  ]);
}

/** The `kz-indicators convert` command that makes the same document from the same file. */
export function cliCommand(source: Source, state: BuilderState): string {
  const { read, describe: d } = state;
  const flags = [...readingFlags(source, read), ...describingFlags(d)];
  const args = ['npx', 'kz-indicators', 'convert', source.name, ...flags.flat()];
  args.push('-o', `${d.id.trim() || 'indicator'}.json`);
  return args.map(shellQuote).join(' ');
}
