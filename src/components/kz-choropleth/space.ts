// The space a map keeps while its data and map file load, so that the page around it does not
// move when they arrive: the map's height at the measured width, and what will sit below it.
import { reservedHeight } from './geometry.js';
import { belowHeight } from './sections.js';

/**
 * Sizes the placeholders drawn in `root` for a content width (nothing before it is measured), by
 * the CSSOM rather than a style attribute: allowed under a strict Content-Security-Policy.
 */
export function keepSpace(
  root: ParentNode,
  width: number,
  shows: { noLegend: boolean; noTable: boolean; noExport: boolean },
): void {
  if (width <= 0) return;
  const placeholder = root.querySelector<HTMLElement>('.placeholder');
  if (placeholder) {
    placeholder.style.aspectRatio = 'auto';
    placeholder.style.height = `${reservedHeight(width)}px`;
  }
  const below = root.querySelector<HTMLElement>('.below.space');
  if (below) below.style.height = `${belowHeight(shows, width)}px`;
}
