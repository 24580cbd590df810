/**
 * `instanceof` for error classes that works across copies of the library. The ESM and the
 * CommonJS build each define their own classes, so a plain `instanceof` is false for an error
 * thrown by the other copy (a dependency that `require`s the package while the app `import`s
 * it). Each branded class answers `instanceof` by a marker keyed by `Symbol.for`, which every
 * copy in the realm shares.
 * @module
 */

/**
 * Makes `value instanceof cls` true for any object carrying the brand `name`, from whichever copy
 * of the library it came; subclasses keep the ordinary prototype check. Marks `cls.prototype`.
 */
export function brandErrorClass(cls: abstract new (...args: never[]) => Error, name: string): void {
  const brand = Symbol.for(`central-asia-security/${name}`);
  Object.defineProperty(cls.prototype, brand, { value: true });
  Object.defineProperty(cls, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (this !== cls) return Function.prototype[Symbol.hasInstance].call(this, value);
      return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
    },
  });
}
