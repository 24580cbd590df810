/**
 * A set that callers can read but not change. `Object.freeze` does not stop `Set.prototype.add`
 * (a set's members are not properties), so exported sets are views over a private `Set`.
 * @module
 */

/**
 * A frozen, read-only view of `values`: `has`, `size`, `forEach` and the iterators, but no
 * `add`, `delete` or `clear`, and not an `instanceof Set` (so `Set.prototype.add.call` fails too).
 */
export function readonlySet<T>(values: Iterable<T>): ReadonlySet<T> {
  const set = new Set(values);
  const view: ReadonlySet<T> = {
    has: (value) => set.has(value),
    get size() {
      return set.size;
    },
    forEach(callback, thisArg) {
      set.forEach((value) => callback.call(thisArg, value, value, view));
    },
    entries: () => set.entries(),
    keys: () => set.keys(),
    values: () => set.values(),
    [Symbol.iterator]: () => set.values(),
  };
  return Object.freeze(view);
}
