// On a phone (320 px) the period control keeps its slider usable in every language: the play
// button shows its symbol and keeps its name for screen readers.
import { afterEach, expect, it } from 'vitest';
import { drawn, mount, root, unmountAll } from './kz-choropleth-helpers.js';
import { fixture2018 } from './kz-choropleth-fixtures.js';

afterEach(unmountAll);

for (const [lang, name] of [
  ['ru', 'Воспроизвести'],
  ['kk', ''],
  ['en', 'Play'],
] as const) {
  it(`${lang} at 320 px: the slider has room, the button keeps its name`, async () => {
    const el = mount({ lang, period: '2019', controls: true }, { width: 320, data: fixture2018() });
    await drawn(el);
    const button = root(el).querySelector<HTMLButtonElement>('.controls .button')!;
    const slider = root(el).querySelector<HTMLInputElement>('.controls input[type=range]')!;
    const label = root(el).querySelector<HTMLElement>('.controls .period-label')!;
    const controls = root(el).querySelector<HTMLElement>('.controls')!.getBoundingClientRect();
    expect(button.getBoundingClientRect().width).toBeLessThan(60);
    expect(slider.getBoundingClientRect().width).toBeGreaterThan(controls.width / 2);
    // The period stays on the slider's line.
    expect(label.getBoundingClientRect().top).toBeLessThan(slider.getBoundingClientRect().bottom);
    // The hidden name takes no room: nothing scrolls sideways.
    const box = el.parentElement!;
    box.style.overflow = 'auto';
    expect(box.scrollWidth).toBeLessThanOrEqual(320);
    if (name) expect(button.textContent).toContain(name);
    expect(button.querySelector('.play-label')!.textContent!.trim()).not.toBe('');
  });
}

it('a wide map still writes the play button out in words', async () => {
  const el = mount(
    { lang: 'ru', period: '2019', controls: true },
    { width: 800, data: fixture2018() },
  );
  await drawn(el);
  const label = root(el).querySelector<HTMLElement>('.controls .play-label')!;
  expect(label.getBoundingClientRect().width).toBeGreaterThan(40);
});
