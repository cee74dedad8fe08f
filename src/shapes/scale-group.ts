// Shared scales: sparklines that name the same group draw on one extent, so a column of them can
// be compared honestly. Page-wide registry; members are told when the group's extent changes.
import { containsExtent, sameExtent, unionExtent, type Extent } from './extent.js';

export interface ScaleGroupMember {
  /** Called in a microtask after the group's extent changed, or after a member asked to wait. */
  scaleChanged(): void;
}

/**
 * A named set of members, each with its own extent, sharing the union of them. Updates are
 * batched: many members joining in one task cost one recomputation and one round of calls.
 */
export class ScaleGroup {
  private readonly extents = new Map<ScaleGroupMember, Extent | null>();
  private readonly waiting = new Set<ScaleGroupMember>();
  private union: Extent | null = null;
  private stale = false;
  private scheduled = false;
  private announced: Extent | null = null;

  constructor(
    readonly name: string,
    private readonly onEmpty: (group: ScaleGroup) => void = () => {},
  ) {}

  /** Number of members. */
  get size(): number {
    return this.extents.size;
  }

  /** The union of the members' extents; null while no member has one. */
  get extent(): Extent | null {
    if (this.stale) {
      let union: Extent | null = null;
      for (const extent of this.extents.values()) union = unionExtent(union, extent);
      this.union = union;
      this.stale = false;
    }
    return this.union;
  }

  /** True between a change and the microtask that tells the members about it. */
  get settling(): boolean {
    return this.scheduled;
  }

  /** group.set(member, extent) joins the group or updates the member's extent. */
  set(member: ScaleGroupMember, extent: Extent | null): void {
    const had = this.extents.has(member);
    const previous = this.extents.get(member) ?? null;
    if (had && sameExtent(previous, extent)) return;
    this.extents.set(member, extent);
    // Growing never needs a full pass; shrinking (or leaving) might, so recompute lazily then.
    if (!this.stale && containsExtent(extent, previous))
      this.union = unionExtent(this.union, extent);
    else this.stale = true;
    this.schedule();
  }

  /** group.delete(member) leaves the group; the last member to leave removes it from the page. */
  delete(member: ScaleGroupMember): void {
    if (!this.extents.delete(member)) return;
    this.waiting.delete(member);
    this.stale = true;
    if (this.extents.size === 0) {
      this.onEmpty(this);
      return;
    }
    this.schedule();
  }

  /** group.wait(member) asks to be called once the pending change has settled. */
  wait(member: ScaleGroupMember): void {
    this.waiting.add(member);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const extent = this.extent;
    const changed = !sameExtent(extent, this.announced);
    this.announced = extent;
    const told = changed ? [...this.extents.keys()] : [...this.waiting];
    this.waiting.clear();
    for (const member of told) member.scaleChanged();
  }
}

const groups = new Map<string, ScaleGroup>();

/** scaleGroup(name) is the page-wide group with that name, created on first use. */
export function scaleGroup(name: string): ScaleGroup {
  let group = groups.get(name);
  if (!group) {
    group = new ScaleGroup(name, (empty) => {
      if (groups.get(empty.name) === empty) groups.delete(empty.name);
    });
    groups.set(name, group);
  }
  return group;
}
