// What waits once a task has run long (src/internal/long-task.ts): a download's start goes to a
// later task (a map's early download of its map file, to its next update), so that a slow phone
// can paint and answer input between the bundle's evaluation (with the elements' upgrades and
// first drawings) and the first request's own cost. Order, not times: a task is made long by
// spinning past the library's limit, and the checks say in which task each thing happened.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { longTask } from '../../src/internal/long-task.js';
import { loadDataset } from '../../src/controllers/indicator-source.js';
import { mount, unmountAll, until } from './kz-choropleth-helpers.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const freshTask = () => new Promise((resolve) => setTimeout(resolve));

/** Makes the task running a long one: past the library's limit since it first ran in it. */
function runLong(): void {
  longTask();
  const until = performance.now() + 40;
  while (performance.now() < until) {
    // spinning
  }
}

const notFound = () => Promise.resolve(new Response('{}', { status: 404 }));

describe('a task that has run long', () => {
  it("leaves a data file's download to a later task", async () => {
    await freshTask();
    runLong();
    const waited = vi.fn(notFound);
    loadDataset('/long-task-test-b.json', waited).catch(() => undefined);
    await Promise.resolve();
    expect(waited).not.toHaveBeenCalled();
    await freshTask();
    expect(waited).toHaveBeenCalledTimes(1);
  });

  it("leaves a map's first downloads, data and map file, to a later task", async () => {
    const fetched = vi.spyOn(window, 'fetch').mockImplementation(notFound);
    const urls = () => fetched.mock.calls.map(([url]) => String(url));
    await freshTask();
    runLong();
    // A stated layout: the map file may download beside the data, before either is needed.
    const el = mount({ layout: '2022', src: '/long-task-test-c.json', 'map-base': '/lt-maps/' });
    await el.updateComplete;
    expect(fetched).not.toHaveBeenCalled();
    await until(
      () => urls().some((url) => url.endsWith('/lt-maps/regions-2022.json')),
      'the map file asked for',
    );
    expect(urls().filter((url) => url.endsWith('/long-task-test-c.json'))).toHaveLength(1);
  });

  it('starts a download at once in a task that has not', async () => {
    await freshTask();
    const atOnce = vi.fn(notFound);
    loadDataset('/long-task-test-a.json', atOnce).catch(() => undefined);
    expect(atOnce).toHaveBeenCalledTimes(1);
  });
});
