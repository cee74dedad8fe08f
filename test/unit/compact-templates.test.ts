// The build step that drops layout whitespace from lit templates (scripts/compact-templates.mjs).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain build script, without types
import { compactTemplate } from '../../scripts/compact-templates.mjs';

const compact = (chunks: string[], svg = false): string[] =>
  compactTemplate(chunks, svg) as string[];

describe('compactTemplate', () => {
  it('drops line breaks between tags and around expressions inside SVG', () => {
    expect(compact(['<g class="a">\n  <path></path>\n  ', '\n  ', '\n</g>'], true)).toEqual([
      '<g class="a"><path></path>',
      '',
      '</g>',
    ]);
  });

  it('treats the inside of an <svg> of an html template as SVG, and its outside as HTML', () => {
    expect(
      compact([
        '<div>\n  <svg class="map">\n    <title>',
        '</title>\n    ',
        '\n  </svg>\n  ',
        '\n</div>',
      ]),
    ).toEqual(['<div><svg class="map"><title>', '</title>', '</svg>\n  ', '\n</div>']);
  });

  it('keeps whitespace next to expressions in HTML, where it may separate words', () => {
    expect(compact(['<p>', ':\n  ', '\n  ', '</p>'])).toEqual(['<p>', ':\n  ', '\n  ', '</p>']);
  });

  it('keeps spaces without a line break, as between words of a text', () => {
    expect(compact(['<text>', ' ', '</text>'], true)).toEqual(['<text>', ' ', '</text>']);
    expect(compact(['<b>a</b> <i>b</i>'])).toEqual(['<b>a</b> <i>b</i>']);
  });
});
