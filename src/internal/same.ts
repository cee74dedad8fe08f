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

/**
 * What `make()` gives, kept on `owner` (one per element, e.g. its view state) under `name` while
 * the inputs `key` stay the same items: made again only when one of them changed.
 */
export function kept<T>(owner: object, name: string, key: unknown[], make: () => T): T {
  // Kept under the name with a space in front, which no field of the owner can have.
  const slots = owner as Record<string, [unknown[], T] | undefined>;
  const slot = slots[' ' + name];
  return slot && sameItems(key, slot[0]) ? slot[1] : (slots[' ' + name] = [key, make()])[1];
}
