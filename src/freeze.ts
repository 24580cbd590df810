/** Deep freezing, so one consumer of the shared records cannot change them for another. */

/**
 * Freezes `value` and everything reachable from it; returns it. Iterative (an explicit stack,
 * no key arrays). Objects already frozen are skipped with what they reach, so freezing a wrapper
 * around frozen records is cheap. For a freshly parsed JSON tree, {@link freezeJsonTree} does
 * the same work with less.
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

/**
 * Freezes a tree fresh from `JSON.parse` or a JSON module: every object and array in it; returns
 * it. It runs once over the whole dataset at import. A JSON tree has no cycles, no shared
 * branches and nothing frozen yet, so unlike {@link deepFreeze} it asks no object whether it
 * is frozen: that check, one runtime call per value, cost as much as the walk itself (measured
 * in docs/performance.md). Given anything but such a tree it still freezes all it reaches, but
 * walks shared branches again and never ends on a cycle.
 */
export function freezeJsonTree<T extends object>(root: T): T {
  const stack: object[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    Object.freeze(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const child: unknown = item[i];
        if (typeof child === "object" && child !== null) stack.push(child);
      }
    } else {
      for (const key in item) {
        const child: unknown = (item as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) stack.push(child);
      }
    }
  }
  return root;
}
