/** Keyboard directions, named as `KeyboardEvent.key`. */
export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** An area's position on screen, in pixels (y down): usually its projected label point. */
export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

const AXES: Record<Direction, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** True for the four arrow keys. */
export function isDirection(key: string): key is Direction {
  return Object.prototype.hasOwnProperty.call(AXES, key);
}

/**
 * The area geographically nearest to `fromId` in a direction, or `null` when there is none.
 * Areas ahead within 45° of the direction come first; when there are none, areas within about
 * 72° (sideways at most three times ahead). Among them the lowest `distance + sideways` wins
 * (ties: by id): the nearest area, with a neighbour straight ahead preferred to one as near off
 * to the side. On every shipped map this lets the arrow keys reach every area from any other.
 */
export function nearestInDirection(
  points: readonly NavPoint[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = points.find((point) => point.id === fromId);
  if (!from) return null;
  const [ax, ay] = AXES[direction];
  let best: { id: string; tier: number; score: number } | null = null;
  for (const point of points) {
    if (point.id === fromId) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const ahead = dx * ax + dy * ay;
    const sideways = Math.abs(dx * ay - dy * ax);
    if (ahead <= 0 || sideways > 3 * ahead) continue;
    const tier = sideways <= ahead ? 0 : 1;
    const score = Math.hypot(dx, dy) + sideways;
    if (
      !best ||
      tier < best.tier ||
      (tier === best.tier && (score < best.score || (score === best.score && point.id < best.id)))
    ) {
      best = { id: point.id, tier, score };
    }
  }
  return best ? best.id : null;
}

/**
 * A stable reading order for Home/End and for lists: west to east, then north to south, then
 * by id. The first id is the westernmost area, the last the easternmost.
 */
export function areaOrder(points: readonly NavPoint[]): string[] {
  return [...points]
    .sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((point) => point.id);
}
