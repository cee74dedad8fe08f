/// <reference types="vite/client" />
// Every story of every stories/*.stories.ts is rendered in Chromium, checked with axe, and its
// drawing compared with a committed snapshot: the markup of each kz-* element's shadow root,
// normalised (lit markers removed, numbers rounded, generated ids renumbered), in test/output/.
// A mismatch writes a `-changed` copy next to the snapshot to review. Missing snapshots are
// written only when KZ_UPDATE_SNAPSHOTS=1 (exposed to the browser as VITE_KZ_UPDATE_SNAPSHOTS or
// KZ_UPDATE_SNAPSHOTS by the test configuration); otherwise the test fails.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { commands, page } from 'vitest/browser';
import { render, type TemplateResult } from 'lit';
import axe from 'axe-core';

interface StoryContext {
  args: Record<string, unknown>;
  parameters: Record<string, unknown>;
}
type Renderer = (args: Record<string, unknown>, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown> & { kz?: { warnings?: string[]; skip?: boolean } };
  render?: Renderer;
  decorators?: Decorator[];
}
interface StoryModule {
  default: StoryLike & { component?: string; title?: string };
  [name: string]: unknown;
}

const modules = import.meta.glob<StoryModule>('../../stories/*.stories.ts', { eager: true });
// The parts the elements fetch on first use (their Kazakh and Russian texts, the map credit's,
// the tooltip, the table, the map-following and permalink code), loaded before the first story:
// on a loaded machine the dev server may take longer to serve a part than `settle` waits for a
// still drawing, and a Russian story would be taken down in English. The elements' own
// `import()` of a part then finds the module already here.
import.meta.glob(
  [
    '../../src/components/*/messages-{kk,ru}.ts',
    '../../src/geo/attribution-{kk,ru}.ts',
    '../../src/components/kz-choropleth/{tooltip,table}.ts',
    '../../src/controllers/map-follow.ts',
    '../../src/components/kz-explorer/permalink-controller.ts',
  ],
  { eager: true },
);
const env = import.meta.env as Record<string, string | undefined>;
const UPDATE = env.KZ_UPDATE_SNAPSHOTS === '1' || env.VITE_KZ_UPDATE_SNAPSHOTS === '1';
// Screenshots of every story at 320 and 1280 px for review by eye (not committed).
const SCREENSHOTS = env.KZ_SCREENSHOTS === '1' || env.VITE_KZ_SCREENSHOTS === '1';

/** Renders a story the way Storybook's web-components renderer does (args, decorators). */
function renderStory(meta: StoryModule['default'], story: StoryLike, container: HTMLElement): void {
  const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  const context: StoryContext = {
    args,
    parameters: { ...(meta.parameters ?? {}), ...(story.parameters ?? {}) },
  };
  const base = story.render ?? meta.render;
  let run: () => unknown = () =>
    base ? base(args, context) : document.createElement(meta.component ?? 'div');
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = run;
    run = () => decorator(inner, context);
  }
  const output = run();
  if (output instanceof Node) container.replaceChildren(output);
  else render(output as TemplateResult, container);
}

/** All kz-* elements in a tree, including inside their shadow roots. */
function kzElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('kz-')) out.push(el);
    if (el.shadowRoot) out.push(...kzElements(el.shadowRoot));
  }
  return out;
}

/** FNV-1a hash of a string, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Rounds decimals to one place, renumbers ids that contain digits, and replaces long path data
 * (map shapes) by its length and hash, so that a change of geometry still shows.
 */
export function normalise(markup: string): string {
  let text = markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ style=""/g, '')
    // A style written as a whole attribute and one set property by property serialise with
    // different spacing (`left:1px;` and `left: 1px;`): the same style, written one way.
    .replace(
      / style="([^"]*)"/g,
      (_, css: string) => ` style="${css.replace(/\s*([:;])\s*/g, '$1')}"`,
    )
    .replace(/ d="([^"]{200,})"/g, (_, d: string) => ` d="[${d.length} chars ${hash(d)}]"`)
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/\s+(?=[^<>]*>)/g, ' ')
    .replace(/ >/g, '>')
    .replace(/>\s+</g, '><')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<')
    .replace(/\s{2,}/g, ' ');
  const ids = [...new Set([...text.matchAll(/\sid="([^"]*\d[^"]*)"/g)].map((m) => m[1]))];
  ids.forEach((id, i) => {
    text = text.split(id).join(`id-${i + 1}`);
  });
  return text.replace(/></g, '>\n<').trim();
}

function snapshotOf(container: HTMLElement): string {
  return kzElements(container)
    .map(
      (el) => `<${el.localName}>\n${normalise(el.shadowRoot?.innerHTML ?? '')}\n</${el.localName}>`,
    )
    .join('\n');
}

/** Waits for the elements to settle: updates done and the markup unchanged for a few frames. */
async function settle(container: HTMLElement): Promise<void> {
  let previous = '';
  let stable = 0;
  for (let i = 0; i < 300 && stable < 4; i++) {
    await Promise.all(
      kzElements(container).map(
        (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    const now = snapshotOf(container);
    const loading = kzElements(container).some((el) =>
      el.shadowRoot?.querySelector('.placeholder:not(.error), [aria-busy="true"]'),
    );
    stable = now === previous && !loading ? stable + 1 : 0;
    previous = now;
  }
}

async function read(path: string): Promise<string | null> {
  try {
    return await commands.readFile(path);
  } catch {
    return null;
  }
}

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;
let container: HTMLElement;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
  container = document.createElement('div');
  // A story is drawn as it first shows: wherever an earlier test left the mouse, it hovers nothing.
  container.style.pointerEvents = 'none';
  document.body.append(container);
});

afterEach(() => {
  container.remove();
  warn.mockRestore();
  error.mockRestore();
});

for (const [path, module] of Object.entries(modules) as [string, StoryModule][]) {
  const file = path
    .split('/')
    .pop()!
    .replace(/\.stories\.ts$/, '');
  const meta = module.default;
  const names = Object.keys(module).filter(
    (name) => name !== 'default' && name !== '__namedExportsOrder' && /^[A-Z]/.test(name),
  );
  describe(`stories/${file}`, () => {
    it.each(names)('%s', async (name) => {
      const story = module[name] as StoryLike;
      renderStory(meta, story, container);
      await settle(container);

      // Warnings: only those the story declares (each warns once per page, so may be absent).
      const expected = story.parameters?.kz?.warnings ?? [];
      for (const [message] of warn.mock.calls) {
        const text = String(message);
        if (/^Lit is in dev mode/.test(text)) continue;
        expect(
          expected.some((code) => text.includes(`[${code}]`)),
          `unexpected warning: ${text}`,
        ).toBe(true);
      }
      expect(error.mock.calls.map((c) => String(c[0]))).toEqual([]);

      // Accessibility: no axe violations.
      const result = await axe.run(container, { resultTypes: ['violations'] });
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);

      if (SCREENSHOTS) {
        for (const width of [320, 1280]) {
          await page.viewport(width, 900);
          await settle(container);
          await page.screenshot({
            path: `__screenshots__/${file}/${name}-${width}.png`,
            element: container,
          });
        }
        await page.viewport(1280, 900);
        await settle(container);
      }

      // Snapshot.
      const actual = `${snapshotOf(container)}\n`;
      const target = `test/output/${file}/${name}.html`;
      const changed = `test/output/${file}/${name}-changed.html`;
      const committed = await read(target);
      if (committed === null) {
        if (UPDATE) {
          await commands.writeFile(target, actual);
          return;
        }
        throw new Error(`no snapshot ${target}; run with KZ_UPDATE_SNAPSHOTS=1 to create it`);
      }
      if (committed !== actual) {
        await commands.writeFile(changed, actual);
        throw new Error(`${target} differs from the drawing; see ${changed}`);
      }
      if ((await read(changed)) !== null) await commands.removeFile(changed);
    });
  });
}
