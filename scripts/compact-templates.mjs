// Build step: drops the layout whitespace of lit's html`` and svg`` templates, which would
// otherwise become text nodes in every widget's shadow root (a third of a map's nodes), each
// created, laid out and kept by the browser. Only whitespace that holds a line break is touched:
// - inside SVG (svg`` templates and <svg> elements of html`` templates), between a tag and a tag
//   or an expression, and a chunk that is nothing else: outside <text>, whitespace draws nothing
//   in SVG, and the templates hold no line break inside a <text>;
// - elsewhere in html`` templates, only between two tags, where a line break and its indentation
//   would be one space; the widgets lay out such neighbours as blocks or flex items. Whitespace
//   next to an expression, which may be text, stays (and is collapsed to one space later).
import MagicString from 'magic-string';

const BREAK = /\s*\n\s*/.source;

/** Change of SVG nesting depth over a chunk of markup: `<svg` opens, `</svg>` closes. */
const svgDepth = (raw) =>
  (raw.match(/<svg[\s>]/g) ?? []).length - (raw.match(/<\/svg>/g) ?? []).length;

/**
 * The compacted text of one static chunk of a template; `svgBefore`/`svgAfter`: whether its start
 * and its end lie inside SVG (an svg`` template, or an <svg> element of an html`` template).
 */
export function compactChunk(raw, { svgBefore, svgAfter }) {
  let out = raw.replace(new RegExp(`>${BREAK}<`, 'g'), '><');
  // Inside SVG: also at a template's ends, which sit between tags of the enclosing template.
  if (svgBefore && svgAfter && /^\s*$/.test(out) && out.includes('\n')) return '';
  if (svgBefore) out = out.replace(new RegExp(`^${BREAK}(?=<)`), '');
  if (svgAfter) out = out.replace(new RegExp(`(?<=>)${BREAK}$`), '');
  return out;
}

/** The compacted chunks of a template (`svg`: an svg`` template). */
export function compactTemplate(chunks, svg) {
  let depth = 0;
  return chunks.map((raw) => {
    const svgBefore = svg || depth > 0;
    depth += svgDepth(raw);
    return compactChunk(raw, { svgBefore, svgAfter: svg || depth > 0 });
  });
}

function visit(node, enter) {
  if (!node || typeof node.type !== 'string') return;
  enter(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => visit(child, enter));
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      visit(value, enter);
  }
}

/** Rollup plugin; place it after the TypeScript transform. */
export const compactTemplates = {
  name: 'compact-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
    const out = new MagicString(code);
    visit(this.parse(code), (node) => {
      if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
      const tag = node.tag.name;
      if (tag !== 'html' && tag !== 'svg') return;
      const quasis = node.quasi.quasis;
      const chunks = quasis.map((q) => code.slice(q.start, q.end));
      compactTemplate(chunks, tag === 'svg').forEach((next, i) => {
        if (next === chunks[i]) return;
        if (next === '') out.remove(quasis[i].start, quasis[i].end);
        else out.overwrite(quasis[i].start, quasis[i].end, next);
      });
    });
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};
