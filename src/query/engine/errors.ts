/**
 * Error construction for bad query input. The rule: a value of the wrong type, an unknown key or
 * an unknown vocabulary term (kind, role, status, …) is a `TypeError` listing the valid ones; a
 * value of the right type that is not in the dataset's range (an id, a country code, a date) is a
 * `RangeError` naming the value and suggesting the nearest valid ones.
 * @module
 */
import { argumentTypeError, describeValue } from "../../argument-checks.js";
import { closestMatches } from "../../text/closest.js";
import { quote } from "../../text/clip.js";

/** A short, safe rendering of any input value for an error message: a string quoted (and clipped), else what it is. */
export function show(value: unknown): string {
  return typeof value === "string" ? quote(value) : describeValue(value);
}

function suggestion(value: unknown, candidates: Iterable<string>): string {
  if (typeof value !== "string" || value.length === 0) return "";
  const near = closestMatches(value, candidates);
  return near.length ? ` Did you mean ${near.map((n) => JSON.stringify(n)).join(" or ")}?` : "";
}

/** `where` has a key that is not part of its shape. */
export function unknownKeyError(where: string, key: string, valid: readonly string[]): TypeError {
  return new TypeError(`Unknown ${where} key ${quote(key)}.${suggestion(key, valid)} Valid keys: ${valid.join(", ")}.`);
}

/** A value of the wrong type. */
export function typeError(where: string, value: unknown, expected: string): TypeError {
  return argumentTypeError(where, value, expected);
}

/** A term outside a closed vocabulary. */
export function vocabularyError(where: string, value: unknown, valid: readonly string[]): TypeError {
  return new TypeError(`${where}: ${show(value)} is not valid.${suggestion(value, valid)} Valid values: ${valid.join(", ")}.`);
}

/** "a meeting", "an actor". */
export const article = (noun: string): string => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

/** An id that no record of the expected kind has. */
export function unknownIdError(where: string, value: string, expected: string, candidates: Iterable<string>, actualKind?: string): RangeError {
  if (actualKind) {
    return new RangeError(`${where}: ${quote(value)} is the id of ${article(actualKind)}, not of ${article(expected)}.`);
  }
  const hint = suggestion(value, candidates);
  return new RangeError(`${where}: no ${expected} has the id ${quote(value)}.${hint || ` No ${expected} id is close to it.`}`);
}
