/** Deep freezing, so one consumer of the shared records cannot change them for another. */

/**
 * Freezes `value` and everything reachable from it; returns it. Iterative (an explicit stack,
 * no key arrays): it runs once over the whole dataset at import, where a recursive walk that
 * allocates `Object.keys` per object cost more than parsing the data. Objects already frozen
 * are skipped with what they reach, so freezing a wrapper around frozen records is cheap.
 */
export function deepFreeze<T>(value: T): T {
  const stack: object[] = [];
  const visit = (item: unknown) => {
    if (typeof item === "object" && item !== null && !Object.isFrozen(item)) stack.push(item);
  };
  visit(value);
  while (stack.length > 0) {
    const item = stack.pop()!;
    Object.freeze(item);
    if (Array.isArray(item)) for (let i = 0; i < item.length; i++) visit(item[i]);
    else for (const key in item) visit((item as Record<string, unknown>)[key]);
  }
  return value;
}
