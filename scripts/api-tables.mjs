// The README's API tables (attributes and properties, methods, events, parts, CSS custom
// properties) are made from custom-elements.json, which the elements' own doc comments make.
// Between the markers `<!-- api TAG WHAT -->` and `<!-- /api -->` the README holds exactly what
// this writes; a unit test checks that it is current.
//
//   node scripts/api-tables.mjs            rewrites README.md from custom-elements.json
//   node scripts/api-tables.mjs --check    exits 1 when README.md is not current
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MARKERS = /<!-- api ([a-z-]+) ([a-z-]+) -->\n[\s\S]*?<!-- \/api -->/g;

/** Table cell text: one line, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${text}\`` : '–');

// The library's named types that attributes take, spelled out (the manifest keeps the names).
const ALIASES = {
  LayoutId: "'2022' | '2018' | 'pre2018' | 'districts'",
  ClassMethod: "'quantile' | 'equal' | 'natural' | 'thresholds' | 'continuous'",
  Better: "'higher' | 'lower' | 'neutral'",
  unknown: 'object',
};

/** A TypeScript type as readers write it: `'a' | 'b'` becomes `a` \| `b`. */
function typeText(type) {
  const text = type?.text
    ?.split('|')
    .map((t) => ALIASES[t.trim()] ?? t.trim())
    .filter((t) => !['null', 'undefined', "''"].includes(t))
    .join(' | ');
  if (!text) return '';
  const literals = text.split('|').map((t) => t.trim());
  if (literals.every((t) => /^'.*'$/.test(t)))
    return literals
      .filter((t) => t !== "''")
      .map((t) => `\`${t.slice(1, -1)}\``)
      .join(' \\| ');
  return cell(text);
}

/**
 * A default as a reader writes it in HTML (`'quantile'` is `quantile`; empty and null are none),
 * or in words where the element's `@default` tag gives them ("the first").
 */
function defaultText(value) {
  if (value == null || value === "''" || value === 'null' || value === 'undefined') return '–';
  if (/^'.*'$|^-?\d|^(true|false)$/.test(value)) return `\`${value.replace(/^'(.*)'$/, '$1')}\``;
  return cell(value);
}

const tables = {
  attributes(element) {
    const fields = (element.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
    );
    const byField = new Map((element.attributes ?? []).map((a) => [a.fieldName, a]));
    const rows = fields.map((m) => {
      const attribute = byField.get(m.name)?.name;
      const property = code(m.name) + (m.readonly ? ' (read-only)' : '');
      // A boolean attribute left unset is false.
      const unset = /^boolean\b/.test(m.type?.text ?? '') ? 'false' : undefined;
      return [
        code(attribute),
        property,
        typeText(m.type),
        defaultText(m.default ?? unset),
        cell(m.description),
      ];
    });
    // Attributes without a property (`lang`).
    for (const a of element.attributes ?? []) {
      if (!a.fieldName) rows.push([code(a.name), '–', typeText(a.type), '–', cell(a.description)]);
    }
    return table(['Attribute', 'Property', 'Type', 'Default', 'What it does'], rows);
  },
  methods(element) {
    const methods = (element.members ?? []).filter(
      (m) =>
        m.kind === 'method' &&
        !m.static &&
        (m.privacy ?? 'public') === 'public' &&
        !m.inheritedFrom,
    );
    return table(
      ['Method', 'Returns', 'What it does'],
      methods.map((m) => [`\`${m.name}()\``, code(m.return?.type?.text), cell(m.description)]),
    );
  },
  events(element) {
    return table(
      ['Event', 'Class', 'What it tells'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    );
  },
  parts(element) {
    return table(
      ['Part', 'What it is'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    );
  },
  'custom-properties'(element) {
    return table(
      ['Custom property', 'Default', 'What it sets'],
      (element.cssProperties ?? []).map((p) => [
        code(p.name),
        code(p.default),
        cell(p.description),
      ]),
    );
  },
};

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The elements of a manifest by tag name. */
export function elementsOf(manifest) {
  return new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, d]),
  );
}

/** The README with every marked table made again from the manifest. */
export function withApiTables(readme, manifest) {
  const elements = elementsOf(manifest);
  return readme.replace(MARKERS, (_, tag, what) => {
    const element = elements.get(tag);
    if (!element)
      throw new Error(`README names <${tag}>, which custom-elements.json does not hold`);
    if (!tables[what])
      throw new Error(
        `README asks for "${what}" tables of <${tag}>; known: ${Object.keys(tables).join(', ')}`,
      );
    return `<!-- api ${tag} ${what} -->\n\n${tables[what](element)}\n\n<!-- /api -->`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const next = withApiTables(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        'README.md: the API tables are not current. Run `npm run build && node scripts/api-tables.mjs`.',
      );
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next);
    console.log('README.md: API tables written from custom-elements.json');
  }
}
