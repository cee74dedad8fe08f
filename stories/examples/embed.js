// Embed page: builds one widget from the URL's options and keeps the parent iframe as tall as the
// content (postMessage; the parent runs embed-parent.js). Nothing from the URL is parsed as HTML:
// the options listed in embed-options.js become attributes; nothing that names code, a page or a
// folder to load from is taken from the URL (see embed-options.js).
//
// The page ships in two places: next to the bundle (dist/cdn/embed.html, as published) and in the
// source tree (stories/examples/embed.html, served by `npm start` and the end-to-end tests).
import { optionsFromUrl } from './embed-options.js';

// The explorer loads the CDN file that holds every element; a map or a sparkline the smaller main file.
const besideBundle = new URL('.', import.meta.url).pathname.endsWith('/dist/cdn/');
const bundle =
  new URL(location.href).searchParams.get('type') === 'explorer'
    ? 'kz-explorer.js'
    : 'kz-indicators.js';
await import(besideBundle ? `./${bundle}` : `../../dist/cdn/${bundle}`);

const TAGS = { map: 'kz-choropleth', sparkline: 'kz-sparkline', explorer: 'kz-explorer' };
const LANGS = ['en', 'kk', 'ru'];
const MESSAGES = {
  en: {
    type: 'This embed link is incomplete: "type" must be "map", "sparkline" or "explorer".',
    src: 'This embed link is incomplete: "src" must be the http(s) address of a data file.',
  },
  kk: {
    type: 'Ендіру сілтемесі толық емес: "type" мәні "map", "sparkline" немесе "explorer" болуы керек.',
    src: 'Ендіру сілтемесі толық емес: "src" деректер файлының http(s) мекенжайы болуы керек.',
  },
  ru: {
    type: 'Ссылка для встраивания неполная: "type" должен быть "map", "sparkline" или "explorer".',
    src: 'Ссылка для встраивания неполная: "src" должен быть http(s)-адресом файла данных.',
  },
};

const params = new URL(location.href).searchParams;
const root = document.getElementById('kz-embed');
const lang = LANGS.includes(params.get('lang') ?? '') ? params.get('lang') : 'en';
document.documentElement.lang = lang;
if (params.get('theme') === 'dark') document.documentElement.classList.add('kz-theme-dark');

function postHeight() {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'kz-indicators:height', height }, '*');
}

function problem(text) {
  const p = document.createElement('p');
  p.className = 'kz-embed-problem';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.replaceChildren(p);
}

function dataUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function build() {
  const tag = TAGS[params.get('type') ?? 'map'];
  if (!tag) return problem(MESSAGES[lang].type);
  const element = document.createElement(tag);
  const declared = new Set(customElements.get(tag)?.observedAttributes ?? []);
  const src = dataUrl(params.get('src'));
  const quick = tag === 'kz-sparkline' && params.has('values');
  if (!src && !quick) return problem(MESSAGES[lang].src);
  for (const [name, value] of optionsFromUrl(tag, params)) {
    if (declared.has(name)) element.setAttribute(name, value);
  }
  if (src) element.setAttribute('src', src);
  element.setAttribute('lang', lang);
  // "Copy iframe code" inside the embed points at this page itself (never at one from the URL);
  // "Copy embed code" writes the package's own script address (the element's default).
  if (declared.has('embed-page'))
    element.setAttribute('embed-page', location.href.split(/[?#]/)[0]);
  if (tag === 'kz-sparkline' && !element.hasAttribute('variant')) {
    element.setAttribute('variant', 'card');
  }
  element.addEventListener('kz-select', (event) => {
    if (window.parent === window) return;
    const { area, period, value } = event.detail ?? {};
    const detail = { area: String(area ?? ''), period: String(period ?? ''), value };
    window.parent.postMessage({ type: 'kz-indicators:select', detail }, '*');
  });
  root.replaceChildren(element);
}

build();
new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('load', postHeight);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'kz-indicators:ping') postHeight();
});
