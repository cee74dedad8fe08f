// The areas of a map drawn straight into the DOM: lit draws each item of an array as its own
// template between two comment markers, which for a map doubles its nodes and the work of drawing
// and restyling them. Here each area is one <path>, created once and then updated attribute by
// attribute where a value changed.
import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

/** Attribute values; `null` or `undefined` leaves the attribute out. Set in this order. */
export type SvgAttributes = Readonly<Record<string, string | number | null | undefined>>;

class SvgPaths extends Directive {
  private nodes: Element[] = [];
  private drawn: SvgAttributes[] = [];

  render(_paths: readonly SvgAttributes[]): unknown {
    return noChange;
  }

  override update(part: ChildPart, [paths]: [readonly SvgAttributes[]]): unknown {
    paths.forEach((attributes, i) => {
      const before = this.drawn[i] ?? {};
      const node = (this.nodes[i] ??= part.parentNode.insertBefore(
        document.createElementNS('http://www.w3.org/2000/svg', 'path'),
        part.endNode,
      ));
      for (const name in { ...before, ...attributes }) {
        const value = attributes[name];
        if (value === before[name]) continue;
        if (value == null) node.removeAttribute(name);
        else node.setAttribute(name, String(value));
      }
      this.drawn[i] = attributes;
    });
    this.nodes.splice(paths.length).forEach((node) => node.remove());
    this.drawn.length = paths.length;
    return noChange;
  }
}

/** Draws one SVG <path> per item in place of this expression (inside an <svg>). */
export const svgPaths = directive(SvgPaths);
