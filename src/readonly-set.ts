/**
 * A set that callers can read but not change. `Object.freeze` does not stop `Set.prototype.add`
 * (a set's members are not properties), so exported sets are views over a private `Set`.
 * @module
 */

/**
 * A frozen, read-only view of `values`: `has`, `size`, `forEach` and the iterators, but no
 * `add`, `delete` or `clear`, and not an `instanceof Set` (so `Set.prototype.add.call` fails too).
 * Given a function, the set is made from what it returns on first use, not when the view is
 * made (for a constant created at import).
 */
export function readonlySet<T>(values: Iterable<T> | (() => Iterable<T>)): ReadonlySet<T> {
  let made: Set<T> | undefined = typeof values === "function" ? undefined : new Set(values);
  const set = (): Set<T> => {
    made ??= new Set((values as () => Iterable<T>)());
    return made;
  };
  const view: ReadonlySet<T> = {
    has: (value) => set().has(value),
    get size() {
      return set().size;
    },
    forEach(callback, thisArg) {
      set().forEach((value) => callback.call(thisArg, value, value, view));
    },
    entries: () => set().entries(),
    keys: () => set().keys(),
    values: () => set().values(),
    [Symbol.iterator]: () => set().values(),
  };
  return Object.freeze(view);
}
