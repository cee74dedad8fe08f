// The options an embed link (embed.html?...) may set: every attribute of each element is either
// allowed from a link or refused on purpose, so that a new attribute is classified when it is added.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module of the embed page, without types
import * as embedOptions from '../../stories/examples/embed-options.js';
import { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';
import { KzSparkline } from '../../src/components/kz-sparkline/kz-sparkline.js';
import { KzExplorer } from '../../src/components/kz-explorer/kz-explorer.js';

const options = embedOptions.URL_OPTIONS as Record<string, readonly string[]>;
const never = embedOptions.NEVER_FROM_URL as readonly string[];
const optionsFromUrl = embedOptions.optionsFromUrl as (
  tag: string,
  params: URLSearchParams,
) => [string, string][];

describe('embed.html options', () => {
  for (const [tag, element] of [
    ['kz-choropleth', KzChoropleth],
    ['kz-sparkline', KzSparkline],
    ['kz-explorer', KzExplorer],
  ] as const) {
    it(`every attribute of <${tag}> is either allowed from a link or refused`, () => {
      const unclassified = element.observedAttributes.filter(
        (name) => !options[tag].includes(name) && !never.includes(name),
      );
      expect(unclassified).toEqual([]);
      expect(options[tag].filter((name) => never.includes(name))).toEqual([]);
    });
  }

  it('optionsFromUrl(tag, params) drops what names code, pages or folders, and unknown names', () => {
    const params = new URLSearchParams(
      'indicator=u5mr&embed-script=https://x/y.js&embed-page=https://x/&map-base=https://x/m/' +
        '&src=https://x/d.json&lang=ru&for=m&onclick=alert(1)&controls=',
    );
    expect(optionsFromUrl('kz-choropleth', params)).toEqual([
      ['indicator', 'u5mr'],
      ['controls', ''],
    ]);
    expect(optionsFromUrl('kz-other', params)).toEqual([]);
  });
});
