import { describe, expect, it } from 'vitest';
import { ScaleGroup, scaleGroup, type ScaleGroupMember } from '../../src/shapes/scale-group.js';

const tick = (): Promise<void> => new Promise((resolve) => queueMicrotask(resolve));

function member(log: string[], name: string): ScaleGroupMember {
  return { scaleChanged: () => log.push(name) };
}

describe('ScaleGroup', () => {
  it('group.extent is the union of the members, recomputed when one shrinks or leaves', () => {
    const group = new ScaleGroup('g');
    const log: string[] = [];
    const a = member(log, 'a');
    const b = member(log, 'b');
    group.set(a, { x: [2000, 2010], y: [5, 20] });
    group.set(b, { x: [2005, 2020], y: [1, 9] });
    expect(group.extent).toEqual({ x: [2000, 2020], y: [1, 20] });
    group.set(a, { x: [2005, 2010], y: [5, 8] });
    expect(group.extent).toEqual({ x: [2005, 2020], y: [1, 9] });
    group.delete(b);
    expect(group.extent).toEqual({ x: [2005, 2010], y: [5, 8] });
    expect(group.size).toBe(1);
  });

  it('group.set(member, extent) tells every member once per batch when the extent changes', async () => {
    const group = new ScaleGroup('g');
    const log: string[] = [];
    const a = member(log, 'a');
    const b = member(log, 'b');
    group.set(a, { x: [0, 1], y: [0, 1] });
    group.set(b, { x: [0, 1], y: [0, 2] });
    expect(group.settling).toBe(true);
    expect(log).toEqual([]);
    await tick();
    expect(group.settling).toBe(false);
    expect(log).toEqual(['a', 'b']);
    group.set(b, { x: [0, 1], y: [0, 2] });
    await tick();
    expect(log).toEqual(['a', 'b']);
  });

  it('group.wait(member) calls only the waiting member when the extent did not change', async () => {
    const group = new ScaleGroup('g');
    const log: string[] = [];
    const a = member(log, 'a');
    const b = member(log, 'b');
    group.set(a, { x: [0, 1], y: [0, 1] });
    group.set(b, { x: [0, 1], y: [0, 1] });
    await tick();
    log.length = 0;
    group.wait(b);
    await tick();
    expect(log).toEqual(['b']);
  });

  it('scaleGroup(name) is one group per name until its last member leaves', () => {
    const m = member([], 'm');
    const g = scaleGroup('regions');
    expect(scaleGroup('regions')).toBe(g);
    g.set(m, null);
    g.delete(m);
    expect(scaleGroup('regions')).not.toBe(g);
  });
});
