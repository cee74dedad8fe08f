// The credit line of a widget: who made each series it draws, under which licence, linked when
// the source gives an http(s) address; and the map's credit with its links.
import { html, type TemplateResult } from 'lit';
import type { Credit } from '../data/credits.js';
import type { CreditPart } from '../geo/attribution.js';

const linked = (text: string, href: string | undefined) =>
  href ? html`<a href=${href} rel="noopener">${text}</a>` : text;

/** `BNS (terms); World, Europe & Central Asia: World Bank (CC BY 4.0)`, names linked. */
export const creditsTemplate = (credits: readonly Credit[]): TemplateResult[] =>
  credits.map(
    (c, i) =>
      html`${i ? '; ' : ''}${c.series.length ? `${c.series.join(', ')}: ` : ''}${linked(
        c.name,
        c.url,
      )}${c.licence ? ` (${c.licence})` : ''}`,
  );

/** A credit written as parts, some linked (the map credit). */
export const partsTemplate = (parts: readonly CreditPart[]): (TemplateResult | string)[] =>
  parts.map((p) => linked(p.text, p.href));
