// Parts of a drawing that change only with the view (a map's legend and source line): lit draws
// them once, then the element keeps the result as plain nodes, without lit's comment markers
// (one per expression, two per list item: half of such a part's nodes), and each later redraw
// of the view (a hover, a tap) leaves them alone.
import { render } from 'lit';

/**
 * The element drawn by `template()` (one root element), made once for `view` (an object that is
 * replaced whenever what the template shows may change) and kept under `name` while `key` (what
 * else the template depends on, such as a width) stays the same.
 */
export function drawnOnce(
  view: object,
  name: string,
  key: unknown,
  template: () => unknown,
): Element {
  const kept = view as Record<string, [unknown, Element] | undefined>;
  const slot = kept[name];
  return slot && slot[0] === key ? slot[1] : (kept[name] = [key, plainNodes(template())])[1];
}

function plainNodes(template: unknown): Element {
  const box = document.createElement('div');
  render(template, box);
  // Every comment (128: NodeFilter.SHOW_COMMENT), removed once the walker has stepped past it.
  const comments = document.createTreeWalker(box, 128);
  for (let node = comments.nextNode(); node;) {
    const comment = node as Comment;
    node = comments.nextNode();
    comment.remove();
  }
  return box.firstElementChild!;
}
