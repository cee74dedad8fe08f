// The sections of <kz-choropleth> around the map: the table (drawn with a part fetched on first
// use), and what sits below the map (legend, toolbar, status, source). Pure templates of what the
// element passes in; the tooltip is its part's (tooltip.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { ColorScale } from '../../scales/color.js';
import { drawnOnce } from '../../internal/drawn-once.js';
import { kept } from '../../internal/same.js';
import { fill } from './messages.js';
import { nationalValue } from './model.js';
import type { Presenter } from './presenter.js';
import type { Shown } from './choose-view.js';
import type { SortDirection, SortKey } from './table.js';
import {
  exportMenuTemplate,
  footerTemplate,
  legendBlock,
  type ExportActions,
} from './templates.js';

export type TooltipPart = typeof import('./tooltip.js');
type TablePart = typeof import('./table.js');

export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}

/** The data table of the shown view, sorted as the reader asked. */
export function tableSection(
  table: TablePart,
  shown: Shown,
  presenter: Presenter,
  sort: TableSort,
  onSort: (key: SortKey) => void,
  selected: string,
): TemplateResult {
  const collator = new Intl.Collator(presenter.lang);
  const rows = table.sortRows(presenter.tableRows(), sort.key, sort.direction, collator);
  const messages = presenter.messages;
  const labels = {
    caption: fill(messages.tableCaption, { name: presenter.title, period: shown.period }),
    area: messages.area,
    value: [messages.value, presenter.unit].filter(Boolean).join(', '),
    rank: messages.rank,
    difference: messages.difference,
    notes: messages.notes,
    sortBy: (column: string) => fill(messages.sortBy, { column }),
  };
  const showDiff = nationalValue(shown.indicator, shown.period) !== null;
  return table.tableTemplate(rows, labels, sort, onSort, selected, showDiff);
}

export interface BelowInputs {
  /** What keeps the source line drawn for this element (its view state). */
  kept: object;
  presenter: Presenter;
  scale: ColorScale;
  width: number;
  /** `no-legend`: no legend, and its credits go without it. */
  noLegend: boolean;
  /** The table is shown instead of the map (and its legend). */
  inTable: boolean;
  /** The table toggle, unless `no-table`; it says what a press shows. */
  toggle: { shows: 'map' | 'table'; press: () => void } | null;
  /** The export menu's actions, unless `no-export`. */
  exports: ExportActions | null;
  status: string;
  snippet: string;
}

/** Legend, toolbar (table toggle and export menu), the export status, and the source line. */
export function belowSection(below: BelowInputs): TemplateResult {
  const { presenter, toggle, exports, status, snippet } = below;
  const messages = presenter.messages;
  // The legend stays lit's to draw: a period switch then changes only its counts, ticks and
  // caption in place (rebuilding it as plain nodes made a switch a fifth slower). Its layout is
  // kept while its words, scale and width stay: a tap, hover or key press does not lay it out.
  const { scale, width } = below;
  const legend =
    below.noLegend || below.inTable || width <= 0
      ? nothing
      : kept(below.kept, 'legend', [presenter, scale, width], () =>
          legendBlock(presenter, scale, width),
        );
  // The source line changes with the indicator, the language and the references the legend
  // draws, not with the period itself: a period switch keeps it.
  const drawn = below.noLegend ? [] : presenter.references().map((r) => r.id);
  return html`${legend}
    <div class="toolbar" part="toolbar">
      ${
        toggle
          ? html`<button type="button" class="button" @click=${toggle.press}>
              ${toggle.shows === 'map' ? messages.showMap : messages.showTable}
            </button>`
          : nothing
      }
      ${exports ? exportMenuTemplate(messages, exports) : nothing}
    </div>
    ${status ? html`<p class="status" role="status">${status}</p>` : nothing}
    ${
      snippet
        ? html`<textarea
            class="snippet"
            readonly
            aria-label=${messages.copyEmbed}
            .value=${snippet}
          ></textarea>`
        : nothing
    }
    ${drawnOnce(below.kept, 'footer', [presenter.indicator, presenter.lang, `${drawn}`], () =>
      footerTemplate(presenter, drawn),
    )}`;
}

/** Height kept below the map while the data load: legend, toolbar and source line. */
export function belowHeight(
  shows: { noLegend: boolean; noTable: boolean; noExport: boolean },
  width: number,
): number {
  // A legend with its row of reference markers (national value, comparators, target), the
  // usual case; without markers the legend is shorter.
  const legend = shows.noLegend ? 0 : 126;
  const toolbar = shows.noTable && shows.noExport ? 0 : 40;
  // The source line: about 300 characters of 7 px, 17 px a line.
  const lines = Math.max(2, Math.min(9, Math.ceil((300 * 7) / Math.max(200, width))));
  return legend + toolbar + 6 + lines * 17;
}
