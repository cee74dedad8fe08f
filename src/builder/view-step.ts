/** The frame of every step of the builder page: a section named by its heading. */
import { html, type TemplateResult } from 'lit';

/** `<section id=…>` labelled by its `<h2>`, holding `content`. */
export function stepSection(id: string, title: string, content: unknown): TemplateResult {
  return html`<section id=${id} aria-labelledby=${`${id}-title`} class="builder-step">
    <h2 id=${`${id}-title`}>${title}</h2>
    ${content}
  </section>`;
}
