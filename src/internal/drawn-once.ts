// Parts of a drawing that change only with the view (a map's source line): lit draws them once,
// then the element keeps the result as plain nodes, without lit's comment markers (one per
// expression, two per list item: half of such a part's nodes), and each later redraw that does
// not change them (a hover, a tap, a period switch) leaves them alone.
import { render } from 'lit';
import { kept } from './same.js';

/**
 * The element drawn by `template()` (one root element), kept on `owner` (one per element, e.g.
 * its view state) under `name` while the inputs `key` stay the same items.
 */
export function drawnOnce(
  owner: object,
  name: string,
  key: unknown[],
  template: () => unknown,
): Element {
  return kept(owner, name, key, () => plainNodes(template()));
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
