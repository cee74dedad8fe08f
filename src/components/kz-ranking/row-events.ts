// The reader's actions on the rows of a ranking (pointer, touch, focus and keys) turned into what
// the ranking does: hover a row, select it, and move the tab stop. One listener of each kind on
// the list; each row says which area it is by `data-id`.
import type { ListHandlers } from './templates.js';
import { rowAfterKey } from './model.js';

/** What the row events ask of the ranking. */
export interface RowEventsHost {
  /** The shadow root the rows are drawn in. */
  root(): ShadowRoot;
  /** Resolves once the ranking has drawn what changed. */
  drawn(): Promise<unknown>;
  /** The ids of the rows drawn, in order. */
  rowIds(): string[];
  /** Gives the row the tab stop. */
  activate(id: string): void;
  hover(id: string | null): void;
  select(id: string): void;
}

function idFrom(event: Event): string | null {
  const target = (event.target as Element | null)?.closest?.('[data-id]');
  return target?.getAttribute('data-id') ?? null;
}

/** Up/Down: the next row; Home/End: the first/last; Enter or Space: select. */
function onKeyDown(host: RowEventsHost, event: KeyboardEvent): void {
  const rows = host.rowIds();
  const current = idFrom(event);
  if (!current || !rows.includes(current)) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    host.select(current);
    return;
  }
  const next = rowAfterKey(rows, current, event.key);
  if (next === null) return;
  event.preventDefault();
  host.activate(next);
  void host.drawn().then(() =>
    host
      .root()
      .querySelector<HTMLElement>(`.row[data-id="${CSS.escape(next)}"]`)
      ?.focus(),
  );
}

/** The listeners of the list of rows. */
export function rowHandlers(host: RowEventsHost): ListHandlers {
  const focusedId = () => host.root().activeElement?.getAttribute('data-id') ?? null;
  return {
    keydown: (event) => onKeyDown(host, event),
    click: (event) => {
      const id = idFrom(event);
      if (id) host.select(id);
    },
    pointerover: (event) => {
      if (event.pointerType !== 'touch') host.hover(idFrom(event));
    },
    pointerleave: () => host.hover(focusedId()),
    focusin: (event) => {
      const id = idFrom(event);
      if (!id) return;
      host.activate(id);
      host.hover(id);
    },
    focusout: (event) => {
      const next = event.relatedTarget as Element | null;
      if (!next || !host.root().contains(next)) host.hover(null);
    },
  };
}
