// Browser side of the exports: a drawn SVG with its computed styles written as attributes (so the
// file looks the same without the component's CSS), and file downloads.

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-size',
  'font-weight',
  'display',
  'visibility',
] as const;

const DROP_ATTRIBUTES = /^(tabindex|role|aria-.*|part|data-.*|class|focusable)$/;

/**
 * The inner markup of an SVG element with computed presentation styles inlined on every element,
 * interactive attributes removed and elements hidden by CSS left out.
 */
export function inlinedMarkup(source: SVGSVGElement): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const live = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const remove: Element[] = [];
  live.forEach((element, i) => {
    const copy = copies[i];
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') {
      remove.push(copy);
      return;
    }
    for (const prop of STYLE_PROPS) {
      if (prop === 'display' || prop === 'visibility') continue;
      const value = style.getPropertyValue(prop);
      if (value && !(prop === 'fill' && copy.getAttribute('fill')?.startsWith('url('))) {
        copy.setAttribute(prop, value);
      }
    }
    for (const attr of [...copy.attributes]) {
      if (DROP_ATTRIBUTES.test(attr.name)) copy.removeAttribute(attr.name);
    }
  });
  for (const element of remove) element.remove();
  const markup = new XMLSerializer().serializeToString(clone);
  // Keep the children only; drop lit's comment markers.
  return markup
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/<!--[^]*?-->/g, '');
}

/** Offers a file to the reader as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
