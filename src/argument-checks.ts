/**
 * Argument checks shared by every public function: each checks its arguments' types first and
 * throws a `TypeError` that names the argument, the type expected and the type it got. Values
 * are described without calling anything on them (no `String()`, no `toString`), so a
 * caller's object never runs code inside the library.
 * @module
 */
import { quote } from "./text/clip.js";

/** What `value` is, for a message: `a string ("x")`, `a number (1)`, `null`, `an array`, `an object`, … */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `a string (${quote(value)})`;
    case "number":
    case "boolean":
    case "bigint":
      // Template literals of primitives call no user code.
      return `a ${typeof value} (${value}${typeof value === "bigint" ? "n" : ""})`;
    case "undefined":
      return "undefined";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/** A `TypeError`: `<name> must be <expected>; got <what value is>.` */
export function argumentTypeError(name: string, value: unknown, expected: string): TypeError {
  return new TypeError(`${name} must be ${expected}; got ${describeValue(value)}.`);
}

/** Throws an `argumentTypeError` unless `value` is a string. */
export function expectString(name: string, value: unknown, expected = "a string"): asserts value is string {
  if (typeof value !== "string") throw argumentTypeError(name, value, expected);
}

/** True for `{…}` object literals and `Object.create(null)`; false for arrays, class instances, null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Throws an `argumentTypeError` unless `value` is undefined or a plain object. */
export function expectOptionalObject(name: string, value: unknown, expected = "an object"): asserts value is Record<string, unknown> | undefined {
  if (value !== undefined && !isPlainObject(value)) throw argumentTypeError(name, value, `${expected} or undefined`);
}
