/**
 * True when two lists hold the same items (by identity) in the same order: the elements keep the
 * inputs of each costly step and redo the step only when this says they changed.
 */
export function sameItems(
  a: readonly unknown[],
  b: readonly unknown[] | null | undefined,
): boolean {
  return !!b && a.length === b.length && a.every((v, i) => v === b[i]);
}
