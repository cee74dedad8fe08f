import { describe, expect, it } from 'vitest';
import { colorScale } from '../../src/scales/color.js';
import { escapeJsonForScript } from '../../src/data/safe-output.js';
import { documentFor } from '../../src/components/kz-choropleth/export-view.js';
import {
  legendLayout,
  legendPosition,
  textWidth,
} from '../../src/components/kz-choropleth/legend-layout.js';
import {
  csvField,
  csvOf,
  escapeHtml,
  fileName,
  iframeSnippet,
  scriptSnippet,
  svgDocument,
} from '../../src/components/kz-choropleth/export-formats.js';
import { wrapWords } from '../../src/i18n/wrap-words.js';

// Hand-made values, NOT real data.
const scale = colorScale([0, 10, 20, 30, 40], { method: 'thresholds', thresholds: [10, 20, 30] });
const counts = { counts: [1, 1, 1, 2], noData: 0, notApplicable: 0 };
const base = {
  width: 600,
  scale,
  counts,
  references: [],
  format: (v: number) => String(v),
  noDataLabel: 'No data',
  notApplicableLabel: 'Not applicable',
};

describe('legendLayout(input)', () => {
  it('lays out one swatch per class with its count and the breaks under the edges', () => {
    const l = legendLayout(base);
    expect(l.kind).toBe('stepped');
    expect(l.swatches.map((s) => [Math.round(s.x), Math.round(s.width), s.count])).toEqual([
      [2, 148, 1],
      [150, 148, 1],
      [298, 148, 1],
      [446, 148, 2],
    ]);
    expect(l.ticks.map((t) => [t.label, t.anchor])).toEqual([
      ['0', 'start'],
      ['10', 'middle'],
      ['20', 'middle'],
      ['30', 'middle'],
      ['40', 'end'],
    ]);
    expect(l.missing).toEqual([]);
  });

  it('adds the no-data and not-applicable swatches only when counted, beside or below', () => {
    const wide = legendLayout({ ...base, counts: { ...counts, noData: 2, notApplicable: 1 } });
    expect(wide.missing.map((m) => [m.kind, m.count, m.y])).toEqual([
      ['no-data', 2, wide.bar.y],
      ['not-applicable', 1, wide.bar.y],
    ]);
    expect(wide.bar.width).toBeLessThan(600);
    const narrow = legendLayout({ ...base, width: 320, counts: { ...counts, noData: 2 } });
    expect(narrow.missing[0].y).toBeGreaterThan(narrow.bar.y + narrow.bar.height);
    expect(narrow.height).toBeGreaterThan(narrow.missing[0].y);
  });

  it('drops break labels that would collide, keeping both ends', () => {
    const many = colorScale([0, 9], { method: 'thresholds', thresholds: [1, 2, 3, 4, 5, 6, 7, 8] });
    const l = legendLayout({
      ...base,
      width: 200,
      scale: many,
      counts: { counts: new Array(9).fill(0), noData: 0, notApplicable: 0 },
      format: (v) => `${v}.000`,
    });
    const labels = l.ticks.map((t) => t.label);
    expect(labels[0]).toBe('0.000');
    expect(labels.at(-1)).toBe('9.000');
    expect(labels.length).toBeLessThan(10);
    for (let i = 1; i < l.ticks.length; i++) {
      expect(l.ticks[i].x - l.ticks[i - 1].x).toBeGreaterThan(textWidth('0.000') / 2);
    }
  });

  it('places reference markers by value, stacks colliding labels, and flags values beyond the scale', () => {
    const l = legendLayout({
      ...base,
      references: [
        { id: 'a', kind: 'national', label: 'Kazakhstan 15', value: 15 },
        { id: 'b', kind: 'comparator', label: 'World 16', value: 16 },
        { id: 'c', kind: 'target', label: 'Target 50', value: 50 },
      ],
    });
    const [a, b, c] = l.markers;
    expect(Math.round(a.x)).toBe(224);
    expect(b.y).toBeGreaterThan(a.y);
    expect([c.beyond, c.label, Math.round(c.x)]).toEqual([1, 'Target 50 →', 594]);
    // The label ends left of its marker, inside the bar's span.
    expect(c.labelX + textWidth(c.label)).toBeLessThanOrEqual(c.x - 7 + 0.01);
    expect(a.labelX).toBe(a.x + 7);
  });

  it('keeps a long marker label inside the legend at both ends', () => {
    const l = legendLayout({
      ...base,
      width: 320,
      references: [{ id: 'a', kind: 'comparator', label: 'Europe & Central Asia 1', value: 1 }],
    });
    const [m] = l.markers;
    expect(m.labelX).toBeGreaterThanOrEqual(l.bar.x);
    expect(m.labelX + textWidth(m.label)).toBeLessThanOrEqual(320 - 4);
  });

  it('wraps a marker label wider than the legend onto rows of its own', () => {
    const label = 'SDG target 3.2: 25 or lower by 2030 (UN Inter-agency Group estimate)';
    const l = legendLayout({
      ...base,
      width: 320,
      references: [
        { id: 'a', kind: 'national', label: 'Kazakhstan 15', value: 15 },
        { id: 't', kind: 'target', label, value: 25 },
      ],
    });
    const [a, t] = l.markers;
    expect(a.lines).toEqual(['Kazakhstan 15']);
    expect(t.label).toBe(label);
    expect(t.lines.length).toBeGreaterThan(1);
    expect(t.lines.join(' ')).toBe(label);
    for (const line of t.lines) {
      expect(t.labelX).toBeGreaterThanOrEqual(l.bar.x);
      expect(t.labelX + textWidth(line)).toBeLessThanOrEqual(320 - 4);
    }
    // Below the other marker, and the legend tall enough for every line.
    expect(t.y).toBeGreaterThan(a.y);
    expect(l.height).toBeGreaterThanOrEqual(t.y + t.lines.length * 18);
  });

  it('keeps break labels, marker heads and Cyrillic marker labels inside a 320 px box with a margin', () => {
    // The widest labels of the Kazakh and Russian maps: comparators at both ends of the scale.
    const references = [
      {
        id: 'e',
        kind: 'comparator',
        label: 'Еуропа және Орталық Азия (UN IGME бағалауы) 8,5',
        value: 1,
      },
      {
        id: 'r',
        kind: 'comparator',
        label: 'Европа и Центральная Азия (оценка UN IGME) 39',
        value: 39,
      },
      { id: 'w', kind: 'comparator', label: 'Әлем (UN IGME бағалауы) 60,6', value: 60 },
    ] as const;
    const l = legendLayout({ ...base, width: 320, references, format: (v) => `${v},47` });
    const right = 320 - 4;
    const end = l.ticks.at(-1)!;
    expect(end.anchor).toBe('end');
    expect(end.x).toBeLessThanOrEqual(right);
    for (const m of l.markers) {
      expect(m.x + 4.5).toBeLessThanOrEqual(320);
      expect(m.labelX).toBeGreaterThanOrEqual(l.bar.x);
      for (const line of m.lines) expect(m.labelX + textWidth(line)).toBeLessThanOrEqual(right);
    }
  });

  it('textWidth(text) counts Cyrillic letters wider than Latin ones', () => {
    expect(textWidth('Almaty')).toBeCloseTo(6 * 0.58 * 12);
    expect(textWidth('Алматы')).toBeCloseTo(6 * 0.6 * 12);
    expect(textWidth('Алматы 12,5')).toBeCloseTo(6 * 0.6 * 12 + 5 * 0.58 * 12);
  });

  it('formats the scale ends with formatEnd', () => {
    const l = legendLayout({ ...base, formatEnd: (v) => `[${v}]` });
    expect(l.ticks.map((t) => t.label)).toEqual(['[0]', '10', '20', '30', '[40]']);
  });

  it('legendPosition(value, scale, x0, width) is linear inside each class', () => {
    expect(legendPosition(25, scale, 0, 400)).toEqual({ x: 250, beyond: 0 });
    expect(legendPosition(-5, scale, 0, 400)).toEqual({ x: 0, beyond: -1 });
    const cont = colorScale([0, 10], { method: 'continuous' });
    expect(legendPosition(2.5, cont, 10, 100)).toEqual({ x: 35, beyond: 0 });
  });

  it('a continuous scale gets a gradient and nice ticks', () => {
    const cont = colorScale([3, 47], { method: 'continuous' });
    const l = legendLayout({
      ...base,
      scale: cont,
      counts: { counts: [2], noData: 0, notApplicable: 0 },
    });
    expect(l.kind).toBe('continuous');
    expect(l.stops.length).toBe(9);
    expect(l.ticks.map((t) => t.label)).toEqual(['3', '10', '20', '30', '40', '47']);
  });
});

describe('exports', () => {
  it('csvField(value) quotes and defuses spreadsheet formulas', () => {
    expect(csvField('Almaty')).toBe('Almaty');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-3')).toBe('-3');
    expect(csvField('x;=1+2')).toBe(`"x;'=1+2"`);
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(NaN)).toBe('');
  });

  it('csvOf(rows) writes a header and CRLF lines with decimal points', () => {
    expect(
      csvOf([
        {
          id: 'KZ-11',
          name: 'Akmola Region',
          period: '2019',
          value: 8.56,
          unit: 'per 1,000',
          rank: 3,
          diff: 8.56 - 10.69,
          status: '',
          note: '',
        },
      ]),
    ).toBe(
      'area_id,area,period,value,unit,rank,difference_from_national,status,note\r\n' +
        'KZ-11,Akmola Region,2019,8.56,"per 1,000",3,-2.13,,\r\n',
    );
  });

  it('scriptSnippet(view) writes the element with its attributes and its data', () => {
    expect(
      scriptSnippet(
        {
          tag: 'kz-choropleth',
          src: 'https://example.org/data.json',
          attributes: { indicator: 'u5"mr', period: '2019', controls: true, diverging: false },
        },
        'https://example.org/kz.js',
      ),
    ).toBe(
      '<script type="module" src="https://example.org/kz.js"></script>\n' +
        '<kz-choropleth src="https://example.org/data.json" indicator="u5&quot;mr" period="2019" controls></kz-choropleth>\n',
    );
    const inline = scriptSnippet(
      { tag: 'kz-choropleth', json: '{"a":"</script><b>"}', attributes: {} },
      'https://example.org/kz.js',
    );
    expect(inline).toContain(
      '<script type="application/json">{"a":"\\u003c/script>\\u003cb>"}</script>',
    );
    expect(inline).not.toMatch(/<\/script><b>/);
  });

  it('documentFor(data, indicator) writes the inline data script-safe, and the snippet keeps it so', () => {
    const name = '</script><img src=x onerror=alert(1)>\u2028<!--';
    const json = documentFor({ indicators: [{ id: 'x', name }, { id: 'y' }] }, 'x')!;
    expect(json).not.toMatch(/[<\u2028]/);
    expect(JSON.parse(json)).toEqual({ indicators: [{ id: 'x', name }] });
    const snippet = scriptSnippet({ tag: 'kz-choropleth', json, attributes: {} });
    // The only </script> closes the data element; the name stays inside it.
    expect(snippet.match(/<\/script>/g)).toHaveLength(2);
    expect(snippet).not.toContain('<img');
  });

  it('iframeSnippet(view, options) puts the view in the embed page query; inline data has none', () => {
    const snippet = iframeSnippet(
      {
        tag: 'kz-choropleth',
        src: 'https://example.org/d.json',
        attributes: { lang: 'kk', controls: true },
      },
      {
        page: 'https://example.org/embed.html',
        title: 'Map "A"',
        height: 500,
        parentScript: 'https://example.org/p.js',
      },
    );
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed.html?type=map&amp;src=https%3A%2F%2Fexample.org%2Fd.json&amp;lang=kk&amp;controls=" title="Map &quot;A&quot;" width="100%" height="500" loading="lazy" frameborder="0" scrolling="no"></iframe>\n' +
        '<script src="https://example.org/p.js"></script>\n',
    );
    expect(
      iframeSnippet(
        { tag: 'kz-choropleth', json: '{}', attributes: {} },
        { page: 'https://e.org/', title: '' },
      ),
    ).toBeNull();
  });

  it('svgDocument(options) stacks heading, blocks and footer and escapes text', () => {
    const doc = svgDocument({
      width: 100,
      heading: ['A & B', 'sub'],
      blocks: [{ markup: '<rect width="10" height="10"/>', height: 50 }],
      footer: ['Source: <x>'],
      css: '',
      background: '#fff',
      text: '#000',
      muted: '#555',
      fontFamily: 'Noto Sans',
    });
    expect(doc).toContain(
      '<text x="12" y="32" font-size="16" font-weight="bold" fill="#000">A &amp; B</text>',
    );
    expect(doc).toContain(
      '<svg x="0" y="57" width="100" height="50" viewBox="0 0 100 50"><rect width="10" height="10"/></svg>',
    );
    expect(doc).toContain('>Source: &lt;x&gt;</text>');
    expect(doc).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="100" height="137"/,
    );
  });

  it('wrapWords(text, room) breaks lines at spaces; a long word keeps its own line', () => {
    expect(wrapWords('Source: Bureau of National Statistics of Kazakhstan', 20)).toEqual([
      'Source: Bureau of',
      'National Statistics',
      'of Kazakhstan',
    ]);
    expect(wrapWords('', 10)).toEqual([]);
    expect(wrapWords('a  b', 10)).toEqual(['a  b']);
    expect(wrapWords('Kazakhstan a b', 5)).toEqual(['Kazakhstan', 'a b']);
  });

  it('escapeHtml, escapeJsonForScript and fileName', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeJsonForScript('"\u2028<"')).toBe('"\\u2028\\u003c"');
    expect(fileName(['Under-5 mortality', '2019/2020'], 'csv')).toBe(
      'under-5-mortality-2019-2020.csv',
    );
    expect(fileName(['Смертность'], 'svg')).toBe('kz-map.svg');
  });
});
