import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/kz-sparkline/define.js';
import type { KzSparkline } from '../../src/components/kz-sparkline/kz-sparkline.js';
import { MESSAGES } from '../../src/components/kz-sparkline/messages.js';
import { drawn, parkPointer } from './kz-choropleth-helpers.js';
// Real data: the embedded datasets built by scripts/build-data.mjs from the shared sources.
import mortality from '../../stories/data/child-mortality-national.json';
import bounds2020 from '../../stories/data/u5mr-unicef-2020.json';
import povertyRegions from '../../stories/data/poverty-regions.json';

// Hand-made fixture, NOT real data: round numbers chosen so that every coordinate, percentage
// and sentence below can be worked out by hand.
const FIXTURE = {
  format: 'kz-indicators/1',
  indicators: [
    {
      id: 'fixture-rate',
      name: { en: 'Fixture rate', ru: 'Тестовый показатель', kk: 'Тест көрсеткіші' },
      unit: { en: 'per 1,000', ru: 'на 1000', kk: '1000-ға шаққанда' },
      decimals: 1,
      better: 'lower',
      source: { name: 'Hand-made test fixture' },
      values: {
        'KZ-11': { '2000': 40, '2001': 30, '2002': null, '2003': 20, '2004': 10 },
        'KZ-75': {
          '2000': { value: 35, lower: 30, upper: 40 },
          '2001': { value: 33, lower: 29, upper: 38 },
          '2003': 22,
          '2004': 15,
        },
        'KZ-71': { '2002': 1234.5, '2003': 1500, '2004': 1600 },
      },
      references: [
        {
          id: 'KAZ',
          kind: 'national',
          label: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
          values: { '2000': 38, '2001': 31, '2002': 28, '2003': 21, '2004': 12 },
        },
        {
          id: 'WLD',
          kind: 'comparator',
          label: { en: 'World', ru: 'Мир', kk: 'Әлем' },
          values: { '2000': 45, '2004': 35 },
        },
        {
          id: 'target',
          kind: 'target',
          label: { en: 'Target', ru: 'Цель', kk: 'Мақсат' },
          value: 25,
          year: 2030,
        },
      ],
    },
  ],
};

// The inline frame is 40 x 10 units with 1.5 units of inset on every side.
const INLINE = { left: 1.5, right: 38.5, top: 1.5, bottom: 8.5 };
const CARD = { left: 0, right: 100, top: 6, bottom: 64 };

let host: HTMLDivElement;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  host = document.createElement('div');
  host.style.cssText = 'font: 16px/1.5 sans-serif; width: 600px';
  document.body.append(host);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  host.remove();
  // Every warning a test expects is asserted (and cleared) by the test itself.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

// Kazakh and Russian words, and the code that follows a map (for=), are fetched on first use
// (the end-to-end tests follow that path); here they are loaded first, so that each test reads
// its sparklines as soon as they are drawn.
beforeAll(async () => {
  await Promise.all([
    MESSAGES.load('kk'),
    MESSAGES.load('ru'),
    import('../../src/controllers/map-follow.js'),
  ]);
});

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function mount(markup: string, data: unknown = FIXTURE): Promise<KzSparkline[]> {
  host.innerHTML = markup;
  const all = [...host.querySelectorAll('kz-sparkline')] as KzSparkline[];
  for (const el of all)
    if (!el.hasAttribute('values') && !el.hasAttribute('no-data')) el.data = data;
  return updated(all);
}

async function updated<T extends KzSparkline[]>(all: T): Promise<T> {
  // Twice: a scale group settles in a microtask after the first update.
  for (let i = 0; i < 3; i += 1) {
    await Promise.all(all.map((el) => el.updateComplete));
    await settle();
  }
  return all;
}

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
const chart = (el: Element) => $(el, '[role="img"]') as HTMLElement;
const lineD = (el: Element) => ($(el, '.line') as SVGPathElement).getAttribute('d') ?? '';

/** Subpaths of a path `d` as lists of [x, y]; a closed zero-length subpath is one point. */
function subpaths(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/Z$/, '')
        .split('L')
        .map((pair) => pair.split(',').map(Number)),
    );
}

/** Value at a y coordinate, given the domain and the frame. */
const valueAt = (y: number, [lo, hi]: [number, number], f = INLINE) =>
  lo + ((f.bottom - y) / (f.bottom - f.top)) * (hi - lo);

describe('<kz-sparkline> drawing', () => {
  it('draws quick values with a break at the missing one, at the right places', async () => {
    const [el] = await mount(
      `<kz-sparkline eager label="Fixture" values="40,30,,20,10" periods="2000,2001,2002,2003,2004"></kz-sparkline>`,
    );
    // x = 1.5 + (year - 2000) / 4 * 37; y = 8.5 - (value - 10) / 30 * 7
    expect(lineD(el)).toBe('M1.5,1.5L10.75,3.83M29.25,6.17L38.5,8.5');
    expect(subpaths(lineD(el))).toHaveLength(2);
  });

  it('connects across the gap with connect-gaps', async () => {
    const [el] = await mount(
      `<kz-sparkline eager connect-gaps label="Fixture" values="40,30,,20,10" periods="2000,2001,2002,2003,2004"></kz-sparkline>`,
    );
    expect(lineD(el)).toBe('M1.5,1.5L10.75,3.83L29.25,6.17L38.5,8.5');
  });

  it('draws a series from a dataset exactly like the same quick values', async () => {
    const [fromData, quick] = await mount(
      `<kz-sparkline eager area="KZ-11"></kz-sparkline>
       <kz-sparkline eager label="Fixture" values="40,30,,20,10" periods="2000,2001,2002,2003,2004"></kz-sparkline>`,
    );
    quick.data = null;
    expect(lineD(fromData)).toBe(lineD(quick));
  });

  it('draws a value alone between gaps as a dot, and places values without periods evenly', async () => {
    const [el] = await mount(
      `<kz-sparkline eager label="Fixture" values="10,,20,,30"></kz-sparkline>`,
    );
    const parts = subpaths(lineD(el));
    expect(parts.map((p) => p.length)).toEqual([1, 1, 1]);
    expect(parts.map((p) => p[0][0])).toEqual([1.5, 20, 38.5]);
    expect(lineD(el)).toMatch(/Z/);
    // Each lone value also gets a dot of its own, larger than the line is wide.
    expect($$(el, '.lone').map((p) => p.getAttribute('d'))).toEqual([
      'M1.5,8.5h0',
      'M20,5h0',
      'M38.5,1.5h0',
    ]);
  });

  it('puts markers at the values they name', async () => {
    const [el] = await mount(
      `<kz-sparkline eager area="KZ-75" markers="first last min max"></kz-sparkline>`,
    );
    const domain = el.domain!;
    // The band widens the vertical domain to the bounds 29..40 and the lowest value 15.
    expect(domain.y).toEqual([15, 40]);
    const markers = $$(el, '.marker').map((m) => {
      const [x, y] = (m.getAttribute('d') ?? '').slice(1).split('h')[0].split(',').map(Number);
      return { kinds: m.getAttribute('data-kinds'), x, value: valueAt(y, domain.y) };
    });
    expect(markers.map((m) => m.kinds)).toEqual(['first max', 'last min']);
    expect(markers[0].value).toBeCloseTo(35, 1);
    expect(markers[1].value).toBeCloseTo(15, 1);
    expect(markers.map((m) => m.x)).toEqual([INLINE.left, INLINE.right]);
  });

  it('draws only the last marker by default, and none with markers="none"', async () => {
    const [byDefault, none] = await mount(
      `<kz-sparkline eager area="KZ-11"></kz-sparkline><kz-sparkline eager area="KZ-11" markers="none"></kz-sparkline>`,
    );
    expect($$(byDefault, '.marker').map((m) => m.getAttribute('data-kinds'))).toEqual(['last']);
    expect($$(none, '.marker')).toHaveLength(0);
  });

  it('draws the band between the bounds, broken where bounds are missing', async () => {
    const [el] = await mount(`<kz-sparkline eager area="KZ-75"></kz-sparkline>`);
    const band = ($(el, '.band') as SVGPathElement).getAttribute('d') ?? '';
    // Bounds exist for 2000 and 2001 only: one closed area over those two periods, upper edge
    // 40 and 38, lower edge 29 and 30, on the domain 15..40: y = 8.5 - (v - 15) / 25 * 7.
    expect(band).toBe('M1.5,1.5L10.75,2.06L10.75,4.58L1.5,4.3Z');
    expect($(el, '.whisker')).toBeNull();
  });

  it('draws the bounds of a lone value as a vertical rule', async () => {
    // Hand-made fixture, NOT real data.
    const lone = {
      indicators: [
        {
          id: 'lone',
          name: 'Lone',
          decimals: 1,
          source: { name: 'Hand-made test fixture' },
          values: {
            'KZ-11': {
              '2000': 10,
              '2001': null,
              '2002': { value: 20, lower: 15, upper: 30 },
              '2004': 25,
            },
          },
        },
      ],
    };
    const [el] = await mount(`<kz-sparkline eager area="KZ-11"></kz-sparkline>`, lone);
    expect(el.domain?.y).toEqual([10, 30]);
    // x = 20 (2002 is half way), y = 8.5 - (v - 10) / 20 * 7: 15 -> 6.75, 30 -> 1.5.
    expect(($(el, '.whisker') as SVGPathElement).getAttribute('d')).toBe('M20,6.75V1.5');
    expect($(el, '.band')).toBeNull();
  });

  it('shares one scale within a scale group, and lets go of it when a member leaves', async () => {
    const [a, b, alone] = await mount(
      `<kz-sparkline eager scale-group="t1" label="A" values="10,20" periods="2000,2004"></kz-sparkline>
       <kz-sparkline eager scale-group="t1" label="B" values="0,40" periods="2000,2004"></kz-sparkline>
       <kz-sparkline eager label="C" values="10,20" periods="2000,2004"></kz-sparkline>`,
    );
    expect(a.domain).toEqual({ x: [2000, 2004], y: [0, 40] });
    expect(b.domain).toEqual(a.domain);
    expect(alone.domain).toEqual({ x: [2000, 2004], y: [10, 20] });
    // A value of 10 sits at the same height in A and in B's scale: 8.5 - 10/40 * 7 = 6.75.
    expect(lineD(a)).toBe('M1.5,6.75L38.5,5');
    expect(lineD(b)).toBe('M1.5,8.5L38.5,1.5');
    expect(lineD(alone)).toBe('M1.5,8.5L38.5,1.5');
    b.remove();
    await updated([a]);
    expect(a.domain).toEqual({ x: [2000, 2004], y: [10, 20] });
    expect(lineD(a)).toBe('M1.5,8.5L38.5,1.5');
  });

  it('aligns periods across a group: a shorter series takes its part of the width', async () => {
    const [long, short] = await mount(
      `<kz-sparkline eager scale-group="t2" area="KZ-11"></kz-sparkline>
       <kz-sparkline eager scale-group="t2" area="KZ-71"></kz-sparkline>`,
    );
    expect(long.domain).toEqual({ x: [2000, 2004], y: [10, 1600] });
    // KZ-71 starts in 2002: half way across.
    expect(subpaths(lineD(short))[0][0][0]).toBe(20);
  });

  it('shares the scale of twenty real regional series, aligned on the same years', async () => {
    const codes = ['KZ-10', 'KZ-11', 'KZ-15', 'KZ-61', 'KZ-79', 'KZ-63'];
    const all = await mount(
      codes
        .map((c) => `<kz-sparkline eager scale-group="real-poverty" area="${c}"></kz-sparkline>`)
        .join(''),
      povertyRegions,
    );
    const domains = all.map((el) => JSON.stringify(el.domain));
    expect(new Set(domains).size).toBe(1);
    expect(all[0].domain?.x).toEqual([2010, 2023]);
    // Abai Region exists since 2022: its one value (2023) sits at the right end, as a dot.
    expect($$(all[0], '.lone').map((p) => p.getAttribute('d')?.split(',')[0])).toEqual(['M38.5']);
    // Turkistan Region starts in 2018: 8 of 13 years in, 1.5 + 8/13 * 37 = 24.27.
    expect(subpaths(lineD(all[3]))[0][0][0]).toBe(24.27);
  });

  it('includes zero in the scale with zero', async () => {
    const [el] = await mount(`<kz-sparkline eager zero area="KZ-11"></kz-sparkline>`);
    expect(el.domain?.y).toEqual([0, 40]);
  });

  it('colours the line by the direction of change only when asked', async () => {
    const [neutral, better, worse] = await mount(
      `<kz-sparkline eager area="KZ-11"></kz-sparkline>
       <kz-sparkline eager area="KZ-11" color-by-better></kz-sparkline>
       <kz-sparkline eager area="KZ-71" color-by-better></kz-sparkline>`,
    );
    expect($(neutral, '.line')?.getAttribute('class')).toBe('line ');
    expect($(better, '.line')?.classList.contains('better')).toBe(true);
    expect($(worse, '.line')?.classList.contains('worse')).toBe(true);
  });
});

describe('<kz-sparkline> inline layout', () => {
  it('is one em tall, sits on the baseline and leaves the line height alone at any size', async () => {
    for (const size of [12, 16, 28]) {
      host.innerHTML = `<p style="font-size:${size}px; line-height:1.4; margin:0; width:2000px">Text</p>
        <p style="font-size:${size}px; line-height:1.4; margin:0; width:2000px">Text <kz-sparkline eager label="F" values="1,3,2"></kz-sparkline> text</p>`;
      const [plain, withSpark] = [...host.querySelectorAll('p')];
      const el = host.querySelector('kz-sparkline') as KzSparkline;
      await el.updateComplete;
      expect(withSpark.getBoundingClientRect().height).toBe(plain.getBoundingClientRect().height);
      const box = el.getBoundingClientRect();
      expect(box.height).toBeCloseTo(size, 1);
      expect(box.width).toBeCloseTo(size * 4, 1);
    }
  });

  it('reserves its size before data arrive, so nothing moves when it draws', async () => {
    host.innerHTML = `<p>Before <kz-sparkline area="KZ-11"></kz-sparkline> after</p>`;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    const before = el.getBoundingClientRect();
    el.data = FIXTURE;
    await updated([el]);
    const after = el.getBoundingClientRect();
    expect([after.width, after.height, after.left]).toEqual([
      before.width,
      before.height,
      before.left,
    ]);
  });

  it('draws only when near the viewport, unless eager', async () => {
    const [near, far, farEager] = await mount(
      `<kz-sparkline area="KZ-11"></kz-sparkline>
       <div style="height: 5000px"></div>
       <kz-sparkline area="KZ-11"></kz-sparkline>
       <kz-sparkline eager area="KZ-11"></kz-sparkline>`,
    );
    await vi.waitFor(() => expect($(near, '.line')).not.toBeNull());
    expect($(far, '.line')).toBeNull();
    expect($(farEager, '.line')).not.toBeNull();
    far.scrollIntoView();
    await vi.waitFor(() => expect($(far, '.line')).not.toBeNull());
    window.scrollTo(0, 0);
  });

  it('a hundred inline sparklines far from the viewport run no update at all until one comes near', async () => {
    const proto = customElements.get('kz-sparkline')!.prototype as unknown as {
      performUpdate(): void;
    };
    const original = proto.performUpdate;
    const updatedBy = new Set<Element>();
    const spy = vi.spyOn(proto, 'performUpdate').mockImplementation(function (this: KzSparkline) {
      updatedBy.add(this);
      original.call(this);
    });
    try {
      const far = Array.from(
        { length: 100 },
        (_, i) => `<kz-sparkline label="Far ${i}" values="${i},2,3"></kz-sparkline>`,
      );
      const all = await mount(
        `<kz-sparkline values="1,2,3" label="Near"></kz-sparkline><div style="height: 5000px"></div>
         ${far.join('')}<kz-sparkline variant="card" label="Card" values="1,2"></kz-sparkline>
         <kz-sparkline scale-group="g" label="Member" values="3,4"></kz-sparkline>`,
      );
      await vi.waitFor(() => expect($(all[0], '.line')).not.toBeNull());
      const [card, member] = all.slice(-2);
      // The card draws its skeleton and the group member reads its data at once; the rest wait.
      expect([...updatedBy]).toEqual(expect.arrayContaining([all[0], card, member]));
      expect(all.slice(1, 101).filter((el) => updatedBy.has(el))).toHaveLength(0);
      all[50].scrollIntoView();
      await vi.waitFor(() => expect($(all[50], '.line')).not.toBeNull());
      expect(updatedBy.has(all[50])).toBe(true);
    } finally {
      spy.mockRestore();
      window.scrollTo(0, 0);
    }
  });

  it('a sparkline far from the viewport has a shadow root with its styles and no frame or drawing until it comes near', async () => {
    const [near, far] = await mount(
      `<kz-sparkline area="KZ-11"></kz-sparkline>
       <div style="height: 5000px"></div>
       <kz-sparkline area="KZ-11"></kz-sparkline>`,
    );
    await vi.waitFor(() => expect($(near, '.frame svg .line')).not.toBeNull());
    expect(far.shadowRoot).not.toBeNull();
    expect(far.shadowRoot!.adoptedStyleSheets.length + $$(far, 'style').length).toBeGreaterThan(0);
    expect($(far, '.frame')).toBeNull();
    expect($(far, 'svg')).toBeNull();
    // Its box is sized by its styles alone: the same as the drawn one's.
    expect(far.getBoundingClientRect().width).toBe(near.getBoundingClientRect().width);
    expect(far.getBoundingClientRect().height).toBe(near.getBoundingClientRect().height);
    far.scrollIntoView();
    await vi.waitFor(() => expect($(far, '.frame svg .line')).not.toBeNull());
    expect($$(far, '.frame')).toHaveLength(1);
    window.scrollTo(0, 0);
  });
});

describe('<kz-sparkline> accessible sentence', () => {
  const cases = {
    en:
      'Fixture rate (per 1,000), Akmola Region: 40.0 in 2000, 10.0 in 2004, down 75%. ' +
      'Lowest 10.0 in 2004, highest 40.0 in 2000. No data for 1 of 5 periods. ' +
      'Target: 25.0 by 2030; the latest value is below the target (met).',
    ru:
      'Тестовый показатель (на 1000), Акмолинская область: с 40,0 (2000) до 10,0 (2004), снижение на 75\u00a0%. ' +
      'Минимум 10,0 (2004), максимум 40,0 (2000). Нет данных за 1 из 5 периодов. ' +
      'Цель: 25,0 к 2030 году; последнее значение ниже цели (цель достигнута).',
    kk:
      'Тест көрсеткіші (1000-ға шаққанда), Ақмола облысы: 40,0 (2000) мәнінен 10,0 (2004) мәніне дейін, 75 пайызға төмендеді. ' +
      'Ең төменгі мәні 10,0 (2004), ең жоғары мәні 40,0 (2000). 5 кезеңнің 1 кезеңінде дерек жоқ. ' +
      'Мақсат: 2030 жылға қарай 25,0; соңғы мән мақсаттан төмен (мақсатқа қол жеткізілді).',
  };
  for (const [lang, sentence] of Object.entries(cases)) {
    it(`says what the trend shows in the page's language (${lang})`, async () => {
      const [el] = await mount(
        `<div lang="${lang}"><kz-sparkline eager area="KZ-11"></kz-sparkline></div>`,
      );
      expect(chart(el).getAttribute('role')).toBe('img');
      expect(chart(el).getAttribute('aria-label')).toBe(sentence);
    });
  }

  it('follows a page that switches language', async () => {
    const [el] = await mount(
      `<div lang="ru"><kz-sparkline eager area="KZ-11"></kz-sparkline></div>`,
    );
    expect(chart(el).getAttribute('aria-label')).toBe(cases.ru);
    el.parentElement!.setAttribute('lang', 'kk');
    await updated([el]);
    expect(chart(el).getAttribute('aria-label')).toBe(cases.kk);
    el.parentElement!.removeAttribute('lang');
    await updated([el]);
    expect(chart(el).getAttribute('aria-label')).toBe(cases.en);
  });

  const real = {
    en:
      'Under-five mortality rate (UN IGME estimates), per 1,000 live births, Kazakhstan (UN IGME estimate): ' +
      '51.1 in 1990, 9.4 in 2024, down 82%. Lowest 9.4 in 2024, highest 52.1 in 1994. ' +
      'World (UN IGME estimate): 37.4 in 2024. Europe & Central Asia (UN IGME estimate): 7.8 in 2024. ' +
      'SDG target 3.2: 25 or lower by 2030; the latest value is below the target (met).',
    ru:
      'Коэффициент смертности детей в возрасте до 5 лет (оценки UN IGME), на 1000 родившихся, Казахстан (оценка UN IGME): ' +
      'с 51,1 (1990) до 9,4 (2024), снижение на 82\u00a0%. Минимум 9,4 (2024), максимум 52,1 (1994). ' +
      'Мир (оценка UN IGME): 37,4 (2024). Европа и Центральная Азия (оценка UN IGME): 7,8 (2024). ' +
      'Задача ЦУР 3.2: не выше 25 к 2030 году; последнее значение ниже цели (цель достигнута).',
    kk:
      '5 жасқа дейінгі балалар өлімінің коэффициенті (UN IGME бағалаулары), 1000 туылғанға, Қазақстан (UN IGME бағалауы): ' +
      '51,1 (1990) мәнінен 9,4 (2024) мәніне дейін, 82 пайызға төмендеді. Ең төменгі мәні 9,4 (2024), ең жоғары мәні 52,1 (1994). ' +
      'Әлем (UN IGME бағалауы): 37,4 (2024). Еуропа және Орталық Азия (UN IGME бағалауы): 7,8 (2024). ' +
      'ТДМ 3.2 міндеті: 2030 жылға қарай 25 немесе одан төмен; соңғы мән мақсаттан төмен (мақсатқа қол жеткізілді).',
  };
  for (const [lang, sentence] of Object.entries(real)) {
    it(`says the real national under-five mortality trend against its comparators (${lang})`, async () => {
      const [el] = await mount(
        `<kz-sparkline eager lang="${lang}" indicator="u5mr-igme" area="national" references="world europe-central-asia"></kz-sparkline>`,
        mortality,
      );
      expect(chart(el).getAttribute('aria-label')).toBe(sentence);
    });
  }

  it('gives the uncertainty interval of the latest value (real data, UN IGME 2020)', async () => {
    const [en, ru] = await mount(
      `<kz-sparkline eager area="national"></kz-sparkline><kz-sparkline eager lang="ru" area="national"></kz-sparkline>`,
      bounds2020,
    );
    expect(chart(en).getAttribute('aria-label')).toBe(
      'Under-five mortality rate, 2020 (UN IGME estimates with uncertainty bounds), Deaths per 1,000 live births, ' +
        'Kazakhstan (UN IGME estimate): 10.1 in 2020 (uncertainty interval 9.9–10.4).',
    );
    expect(chart(ru).getAttribute('aria-label')).toContain(
      'Казахстан (оценка UN IGME): 10,1 (2020; интервал неопределённости 9,9–10,4).',
    );
  });

  it('speaks again when its own lang changes', async () => {
    const [el] = await mount(`<kz-sparkline eager area="KZ-11"></kz-sparkline>`);
    el.setAttribute('lang', 'ru');
    await updated([el]);
    expect(chart(el).getAttribute('aria-label')).toMatch(
      /^Тестовый показатель \(на 1000\), Акмолинская область: с 40,0/,
    );
  });

  it('names the comparators it draws, with their values at the last period', async () => {
    const [el] = await mount(
      `<kz-sparkline eager area="KZ-11" references="KAZ WLD"></kz-sparkline>`,
    );
    expect(chart(el).getAttribute('aria-label')).toContain(
      'No data for 1 of 5 periods. Kazakhstan: 12.0 in 2004. World: 35.0 in 2004. Target: 25.0 by 2030;',
    );
  });

  it('formats thousands and percentages below ten per language', async () => {
    const [en, ru, kk] = await mount(
      `<kz-sparkline eager area="KZ-71" lang="en"></kz-sparkline>
       <kz-sparkline eager area="KZ-71" lang="ru"></kz-sparkline>
       <kz-sparkline eager area="KZ-71" lang="kk"></kz-sparkline>`,
    );
    expect(chart(en).getAttribute('aria-label')).toContain(
      '1,234.5 in 2002, 1,600.0 in 2004, up 30%',
    );
    expect(chart(ru).getAttribute('aria-label')).toContain(
      'с 1\u00a0234,5 (2002) до 1\u00a0600,0 (2004), рост на 30\u00a0%',
    );
    expect(chart(kk).getAttribute('aria-label')).toContain(
      '1\u00a0234,5 (2002) мәнінен 1\u00a0600,0 (2004) мәніне дейін, 30 пайызға өсті',
    );
  });

  it('words quick values with their label, and without periods', async () => {
    const [el] = await mount(
      `<kz-sparkline eager label="Enrolment" unit="%" values="5.2,5.5,5.4"></kz-sparkline>`,
    );
    expect(chart(el).getAttribute('aria-label')).toBe(
      'Enrolment (%): from 5.2 to 5.4, up 3.8%. Lowest 5.2, highest 5.5.',
    );
  });

  it('asks for a label when quick values have none, once', async () => {
    const [el] = await mount(`<kz-sparkline eager values="1,2"></kz-sparkline>`);
    expect(chart(el).getAttribute('aria-label')).toBe('Trend: from 1 to 2, up 100%.');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(
      /^<kz-sparkline> \[kz-no-label\] .* Fix: add label=/,
    );
    warn.mockClear();
  });
});

describe('<kz-sparkline> keyboard and tooltip', () => {
  it('steps through the points with the arrow keys, Home and End, showing period and value', async () => {
    const [el] = await mount(`<kz-sparkline eager area="KZ-11"></kz-sparkline>`);
    const hovers: Array<{ period: string | null; value: number | null }> = [];
    el.addEventListener('kz-hover', (e) => hovers.push((e as CustomEvent).detail));
    await userEvent.tab();
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(chart(el));
    // The value, without the credit line that an inline sparkline's tooltip ends with.
    const tip = () =>
      $(el, '.tooltip')
        ?.textContent?.replace($(el, '.tooltip .credit')?.textContent ?? '', '')
        .trim();
    expect($(el, '.tooltip .credit')?.textContent).toBe('Source: Hand-made test fixture');
    const live = () => $(el, '[aria-live]')?.textContent?.trim();
    expect(tip()).toBe('2004: 10.0');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(tip()).toBe('2003: 20.0');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(tip()).toBe('2002: no data');
    expect(live()).toBe('2002: no data');
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(tip()).toBe('2000: 40.0');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(tip()).toBe('2000: 40.0');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(tip()).toBe('2004: 10.0');
    expect(hovers.map((h) => h.period)).toEqual(['2004', '2003', '2002', '2000', '2004']);
    expect(hovers[2].value).toBeNull();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($(el, '.tooltip')).toBeNull();
    expect(hovers.at(-1)?.period).toBeNull();
  });

  it('shows the nearest point under the pointer, with bounds when known', async () => {
    const [el] = await mount(`<kz-sparkline eager area="KZ-75"></kz-sparkline>`);
    await userEvent.hover(chart(el), { position: { x: 2, y: 8 } });
    await el.updateComplete;
    const credit = $(el, '.tooltip .credit')?.textContent ?? '';
    expect($(el, '.tooltip')?.textContent?.replace(credit, '').trim()).toBe(
      '2000: 35.0 (30.0–40.0)',
    );
    await userEvent.unhover(chart(el));
    await el.updateComplete;
    expect($(el, '.tooltip')).toBeNull();
  });

  it('highlights the period it is given', async () => {
    const [el] = await mount(`<kz-sparkline eager area="KZ-11" period="2001"></kz-sparkline>`);
    const dot = $(el, '[data-kinds="period"]');
    expect(dot?.getAttribute('d')).toBe('M10.75,3.83h0');
  });
});

describe('<kz-sparkline> card', () => {
  it('labels first and last values, the ends of the period, the latest value and the change', async () => {
    const [el] = await mount(
      `<kz-sparkline eager variant="card" area="KZ-11" color-by-better></kz-sparkline>`,
    );
    expect($(el, '[part="title"]')?.textContent).toBe('Fixture rate');
    expect($(el, '[part="subtitle"]')?.textContent).toBe('Akmola Region');
    expect($(el, '.latest .value')?.textContent).toBe('10.0');
    expect($(el, '.latest .when')?.textContent).toBe('2004');
    expect($(el, '[part="change"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '▼ Down 75% since 2000 (improvement)',
    );
    expect($(el, '[part="change"]')?.classList.contains('better')).toBe(true);
    expect($$(el, '.axis span').map((s) => s.textContent)).toEqual(['2000', '2004']);
    expect($(el, '.gutter.start .label')?.textContent).toBe('40.0');
    // Value first, then a short name: a narrow card cuts the name, never the number.
    const end = $$(el, '.gutter.end .label').map((s) => s.textContent?.replace(/\s+/g, ' ').trim());
    expect(end).toEqual(['10.0', '12.0 Kazakhstan', '35.0 World', '25 Target']);
    expect($(el, '[part="source"]')?.textContent).toBe('Source: Hand-made test fixture');
  });

  it('draws every reference by default: the national line, comparators and the target rule', async () => {
    const [el] = await mount(`<kz-sparkline eager variant="card" area="KZ-11"></kz-sparkline>`);
    const refs = $$(el, 'path.reference').map((r) => [
      r.getAttribute('data-id'),
      r.getAttribute('class'),
    ]);
    expect(refs).toEqual([
      ['KAZ', 'reference national'],
      ['WLD', 'reference comparator'],
      ['target', 'reference target'],
    ]);
    const domain = el.domain!;
    expect(domain.y).toEqual([10, 45]);
    const target = $(el, '.reference.target')?.getAttribute('d');
    // y = 64 - (25 - 10) / 35 * 58 = 39.14
    expect(target).toBe('M0,39.14H100');
    expect(valueAt(39.14, domain.y, CARD)).toBeCloseTo(25, 1);
  });

  it('does not draw the national series against itself', async () => {
    const [el] = await mount(`<kz-sparkline eager variant="card" area="national"></kz-sparkline>`);
    expect($$(el, 'path.reference').map((r) => r.getAttribute('data-id'))).toEqual([
      'WLD',
      'target',
    ]);
    expect($(el, '[part="subtitle"]')?.textContent).toBe('Kazakhstan');
  });

  it('hides the latest value with no-latest', async () => {
    const [el] = await mount(
      `<kz-sparkline eager variant="card" no-latest area="KZ-11"></kz-sparkline>`,
    );
    expect($(el, '.latest')).toBeNull();
  });
});

describe('<kz-sparkline> inputs', () => {
  it('reads an inline JSON child', async () => {
    host.innerHTML = `<kz-sparkline eager area="KZ-11"><script type="application/json">${JSON.stringify(FIXTURE)}</script></kz-sparkline>`;
    const [el] = await updated([host.querySelector('kz-sparkline') as KzSparkline]);
    expect(lineD(el)).toBe('M1.5,1.5L10.75,3.83M29.25,6.17L38.5,8.5');
  });

  it('accepts other ways of writing an area, and fires kz-load once', async () => {
    host.innerHTML = `<kz-sparkline eager area="Akmola"></kz-sparkline>`;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    const loads: unknown[] = [];
    el.addEventListener('kz-load', (e) => loads.push((e as CustomEvent).detail));
    el.data = FIXTURE;
    await updated([el]);
    el.markers = 'first';
    await updated([el]);
    expect(loads).toEqual([{ indicator: null, area: 'KZ-11' }]);
  });
});

describe('<kz-sparkline> following a map', () => {
  // A stand-in for <kz-choropleth>: an element with the map's id that fires the map's events.
  /** Drawn, once the code that follows the map has arrived (fetched on first use). */
  async function linked(el: KzSparkline) {
    await vi.waitFor(() => expect(chart(el)).not.toBeNull());
    await updated([el]);
  }

  function fire(map: Element, type: string, detail: object) {
    map.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  it('shows the area selected on the map, the hovered one while hovering, and the map period', async () => {
    host.innerHTML = `<div id="map-a"></div><kz-sparkline eager for="map-a" area="KZ-11"></kz-sparkline>`;
    const map = host.querySelector('#map-a') as HTMLElement;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    el.data = FIXTURE;
    await linked(el);
    const label = () => chart(el).getAttribute('aria-label') ?? '';
    expect(label()).toContain('Akmola Region');
    fire(map, 'kz-select', { area: 'KZ-75', value: 15, period: '2001' });
    await updated([el]);
    expect(label()).toContain('Almaty');
    expect($(el, '[data-kinds="period"]')).not.toBeNull();
    fire(map, 'kz-hover', { area: 'KZ-71', value: 1600, period: '2003' });
    await updated([el]);
    expect(label()).toContain('Astana');
    fire(map, 'kz-hover', { area: null, value: null, period: '2001' });
    await updated([el]);
    expect(label()).toContain('Almaty');
    fire(map, 'kz-change', { period: '2003' });
    await updated([el]);
    // Almaty's 2003 value 22 on its own domain 15..40: 8.5 - 7/25 * 7 = 6.54.
    expect($(el, '[data-kinds="period"]')?.getAttribute('d')).toBe('M29.25,6.54h0');
  });

  it('follows a real <kz-choropleth>: its data, the area clicked and the area hovered', async () => {
    // The real pointer waits on a corner of its own while the map draws: left where an earlier
    // test put it, it would hover whatever area the drawing (or any later layout change) moves
    // under it, and the sparkline would follow that area.
    const unpark = await parkPointer();
    try {
      host.style.width = '800px';
      host.innerHTML = `<kz-choropleth id="real-map" map-base="/maps/" selected="KZ-75"></kz-choropleth>
      <kz-sparkline eager for="real-map" variant="card"></kz-sparkline>`;
      const map = host.querySelector('kz-choropleth') as HTMLElement & { data: unknown };
      const el = host.querySelector('kz-sparkline') as KzSparkline;
      map.data = FIXTURE;
      await drawn(map as never);
      await vi.waitFor(() => expect($(el, '.line')).not.toBeNull());
      const subtitle = () => $(el, '[part="subtitle"]')?.textContent;
      expect(subtitle()).toBe('Almaty');
      const area = (id: string) =>
        map.shadowRoot!.querySelector(`path[data-id="${id}"]`) as Element;
      await userEvent.click(area('KZ-11'));
      await updated([el]);
      expect(subtitle()).toBe('Akmola Region');
      // The map shows its latest period, 2004, and the sparkline rings it.
      expect($(el, '[data-kinds="period"]')).not.toBeNull();
      // Aktobe Region has no values in the fixture.
      await userEvent.hover(area('KZ-15'));
      await updated([el]);
      expect($(el, '[part="problem"]')?.textContent?.trim()).toBe('No data for this area.');
      // Off the map, back onto the corner: not to the middle of the page (userEvent.unhover),
      // where an area of the map may be, or be moved by the card's redraw.
      await userEvent.hover(document.querySelector('.pointer-park')!);
      await updated([el]);
      expect(subtitle()).toBe('Akmola Region');
    } finally {
      unpark();
    }
  });

  it('ignores the same events from other elements', async () => {
    host.innerHTML = `<div id="map-b"></div><div id="other"></div><kz-sparkline eager for="map-b" area="KZ-11"></kz-sparkline>`;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    el.data = FIXTURE;
    await linked(el);
    fire(host.querySelector('#other')!, 'kz-select', { area: 'KZ-75', value: 1, period: '2001' });
    await updated([el]);
    expect(chart(el).getAttribute('aria-label')).toContain('Akmola Region');
  });

  it("reads the map's selection and data at connect when it has none of its own", async () => {
    const map = Object.assign(document.createElement('div'), {
      id: 'map-c',
      selected: 'KZ-75',
      period: '2000',
      data: FIXTURE,
      indicator: 'fixture-rate',
    });
    host.append(map);
    const el = document.createElement('kz-sparkline') as KzSparkline;
    el.htmlFor = 'map-c';
    el.eager = true;
    host.append(el);
    await linked(el);
    expect(chart(el).getAttribute('aria-label')).toContain('Almaty');
    // The map's period, 2000, is ringed.
    expect($(el, '[data-kinds="period"]')?.getAttribute('d')).toBe('M1.5,2.9h0');
    expect($(el, '.line')).not.toBeNull();
  });

  it('says "no data" without a warning for a map area missing from the data', async () => {
    host.innerHTML = `<div id="map-d"></div><kz-sparkline eager for="map-d"></kz-sparkline>`;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    el.data = FIXTURE;
    await linked(el);
    fire(host.querySelector('#map-d')!, 'kz-select', {
      area: 'KZ-43',
      value: null,
      period: '2004',
    });
    await updated([el]);
    expect($(el, '[part="problem"]')?.getAttribute('aria-label')).toBe('No data for this area.');
  });
});

describe('<kz-sparkline> errors', () => {
  async function failing(markup: string, data: unknown = FIXTURE) {
    host.innerHTML = markup;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    const errors: Array<{ code: string; message: string; fix: string }> = [];
    el.addEventListener('kz-error', (e) => errors.push((e as CustomEvent).detail));
    if (!el.hasAttribute('values')) el.data = data;
    await updated([el]);
    return { el, errors };
  }

  it('shows a reader-friendly state for values that are not numbers, with one event and one warning', async () => {
    const { el, errors } = await failing(
      `<kz-sparkline eager label="F" values="1,two,3"></kz-sparkline>`,
    );
    expect($(el, '[part="problem"]')?.getAttribute('aria-label')).toBe(
      'The values could not be read.',
    );
    expect(errors).toEqual([
      {
        code: 'bad-values',
        message:
          'values[1]: "two" is not a number; use a dot for decimals (51.1) or separate with semicolons (51,1;45,3)',
        fix: 'write values="51.1,45.3,9.4" with periods="1990,2000,2024" of the same length',
        url: undefined,
        status: undefined,
      },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^<kz-sparkline> \[kz-bad-values\] values\[1\]/);
    el.requestUpdate();
    await updated([el]);
    expect(errors).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
  });

  it('names the indicators there are when the indicator is unknown', async () => {
    const { el, errors } = await failing(
      `<kz-sparkline eager indicator="nope" area="KZ-11"></kz-sparkline>`,
    );
    expect(errors[0].code).toBe('unknown-indicator');
    expect(errors[0].fix).toBe('set indicator to one of: fixture-rate');
    expect($(el, '[part="problem"]')?.getAttribute('aria-label')).toBe(
      'This indicator is not in the data.',
    );
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
  });

  it('names the series there are when the area is not an area', async () => {
    const { errors } = await failing(`<kz-sparkline eager area="Atlantis"></kz-sparkline>`);
    expect(errors[0].code).toBe('unknown-area');
    expect(errors[0].fix).toBe('set area to one of: national, WLD, target, KZ-11, KZ-71, KZ-75');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
  });

  it('reports a document that is not in the format', async () => {
    const { el, errors } = await failing(`<kz-sparkline eager variant="card"></kz-sparkline>`, {
      indicators: 'none',
    });
    expect(errors[0].code).toBe('format');
    expect($(el, '[part="problem"]')?.textContent?.trim()).toBe('The data could not be read.');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
  });

  it('offers a retry when the file cannot be loaded, and the page goes on', async () => {
    host.innerHTML = `<kz-sparkline eager variant="card" src="/no/such/file-${Date.now()}.json"></kz-sparkline><p>after</p>`;
    const el = host.querySelector('kz-sparkline') as KzSparkline;
    const errors: Array<{ code: string; status?: number }> = [];
    el.addEventListener('kz-error', (e) => errors.push((e as CustomEvent).detail));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    await el.updateComplete;
    expect(errors[0].code).toBe('http');
    expect(errors[0].status).toBe(404);
    expect($(el, 'button')?.textContent?.trim()).toBe('Try again');
    expect(host.querySelector('p')?.textContent).toBe('after');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
  });

  it('loads again when the reader presses Try again', async () => {
    const url = `/unreachable-${Date.now()}.json`;
    const realFetch = window.fetch;
    let calls = 0;
    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      if (!String(input).endsWith(url)) return realFetch(input, init);
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(FIXTURE), { status: 200 });
    });
    try {
      host.innerHTML = `<kz-sparkline eager variant="card" area="KZ-11" src="${url}"></kz-sparkline>`;
      const el = host.querySelector('kz-sparkline') as KzSparkline;
      await vi.waitFor(() => expect($(el, 'button')).not.toBeNull());
      expect($(el, '[part="problem"]')?.textContent).toContain(
        'Data could not be loaded. Check the connection and try again.',
      );
      await userEvent.click($(el, 'button') as HTMLElement);
      await vi.waitFor(() => expect($(el, '.line')).not.toBeNull());
      expect(calls).toBe(2);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/^<kz-sparkline> \[kz-network\]/);
      warn.mockClear();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
