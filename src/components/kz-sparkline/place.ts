// Positions set through the CSS object model, never as a `style` attribute, so that pages with a
// strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') accept them.
import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

class PlaceDirective extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('place() belongs in a style attribute: style=${place({...})}');
    }
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) {
      if (!(name in properties)) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

/** style=${place({ left: '10%', '--_shift': '-10%' })}: sets CSS properties one by one. */
export const place = directive(PlaceDirective);
