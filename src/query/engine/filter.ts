/**
 * Checks a `RecordFilter` and compiles it into posting-list keys and day-number bounds. Every
 * check happens here, before any record is looked at, so bad input fails the same way whatever
 * the data holds.
 * @module
 */
import { isPlainObject } from "../../argument-checks.js";
import { isCountryCode } from "../../model/countries.js";
import {
  DECLARATION_STAGES,
  INITIATIVE_STATUSES,
  MEETING_STATUSES,
  PRIMARY_KINDS,
  ROLES,
  type PrimaryKind,
} from "../../model/vocabulary.js";
import { requireId, type QueryContext } from "./context.js";
import { dayNumber, parseFilterDate } from "./dates.js";
import { quote } from "../../text/clip.js";
import { show, typeError, unknownKeyError, vocabularyError } from "./errors.js";

/** The filter dimensions backed by posting lists. */
export type Dimension = "country" | "actor" | "topic" | "place" | "process" | "status";

/** A checked filter: for each constrained dimension the posting keys (any of), and the date range. */
export interface CompiledFilter {
  readonly dimensions: readonly { readonly dimension: Dimension; readonly keys: readonly string[] }[];
  /** Day number of the earliest day of `from`. */
  readonly from?: number;
  /** Day number of the latest day of `to`. */
  readonly to?: number;
  readonly within: boolean;
  readonly kinds: readonly PrimaryKind[];
}

/** The status vocabulary of each primary kind (the field is `stage` for declarations). */
export const STATUS_VALUES: Readonly<Record<PrimaryKind, readonly string[]>> = {
  meeting: MEETING_STATUSES,
  declaration: DECLARATION_STAGES,
  initiative: INITIATIVE_STATUSES,
};

const FILTER_KEYS = ["country", "actor", "topic", "place", "process", "status", "from", "to", "dateMatch"] as const;
const DATE_MATCHES = ["overlaps", "within"] as const;

/** Posting key of an actor in a given role (actor ids never contain a NUL). */
export const actorRoleKey = (actor: string, role: string): string => `${actor}\u0000${role}`;

/** A single value or a non-empty array of values, each checked by `item`. */
function listOf<T>(where: string, value: unknown, item: (where: string, v: unknown) => T): T[] {
  if (!Array.isArray(value)) return [item(where, value)];
  if (value.length === 0) throw new TypeError(`${where} is an empty array, which would match nothing; leave the key out to match any.`);
  return value.map((v, i) => item(`${where}[${i}]`, v));
}

function countryKey(where: string, value: unknown): string {
  if (typeof value !== "string") throw typeError(where, value, "an ISO 3166-1 alpha-2 country code (a string)");
  const upper = value.toUpperCase();
  if (isCountryCode(value)) return value;
  const hint = isCountryCode(upper) ? ` Codes are upper case: did you mean ${JSON.stringify(upper)}?` : "";
  throw new RangeError(`${where}: ${quote(value)} is not an ISO 3166-1 alpha-2 country code.${hint}`);
}

function roleList(where: string, value: unknown): string[] {
  return listOf(where, value, (w, v) => {
    if (typeof v !== "string" || !(ROLES as readonly string[]).includes(v)) throw vocabularyError(w, v, ROLES);
    return v;
  });
}

function actorKeys(context: QueryContext, where: string, value: unknown): string[] {
  if (typeof value === "string") return [requireId(context, where, value, "actor").id];
  if (!isPlainObject(value)) throw typeError(where, value, 'an actor id or { actor, role }');
  for (const key of Object.keys(value)) {
    if (key !== "actor" && key !== "role") throw unknownKeyError(where, key, ["actor", "role"]);
  }
  const actor = requireId(context, `${where}.actor`, value.actor, "actor").id;
  if (value.role === undefined) return [actor];
  return roleList(`${where}.role`, value.role).map((role) => actorRoleKey(actor, role));
}

function kindList(value: unknown): PrimaryKind[] {
  if (!Array.isArray(value) || value.length === 0) throw typeError("filter.kinds", value, `a non-empty array of kinds (${PRIMARY_KINDS.join(", ")})`);
  return value.map((v, i) => {
    if (!(PRIMARY_KINDS as readonly unknown[]).includes(v)) throw vocabularyError(`filter.kinds[${i}]`, v, PRIMARY_KINDS);
    return v as PrimaryKind;
  });
}

/**
 * Checks `input` and compiles it for the records of `kinds`; with `timeline`, the filter's own
 * `kinds` key chooses them instead (default: every primary kind).
 */
export function compileFilter(context: QueryContext, input: unknown, scope: { kinds: readonly PrimaryKind[]; timeline?: boolean }): CompiledFilter {
  if (input === undefined) return { dimensions: [], within: false, kinds: scope.kinds };
  if (!isPlainObject(input)) throw typeError("filter", input, "a plain object such as { country: \"UZ\" }");
  const validKeys: readonly string[] = scope.timeline ? [...FILTER_KEYS, "kinds"] : FILTER_KEYS;
  for (const key of Object.keys(input)) if (!validKeys.includes(key)) throw unknownKeyError("filter", key, validKeys);

  const kinds = scope.timeline && input.kinds !== undefined ? kindList(input.kinds) : scope.kinds;
  const dimensions: { dimension: Dimension; keys: string[] }[] = [];
  const add = (dimension: Dimension, keys: string[]) => dimensions.push({ dimension, keys: [...new Set(keys)] });
  const ids = (dimension: "topic" | "place" | "process", kind: "topic" | "place" | "process") => {
    const value = input[dimension];
    if (value !== undefined) add(dimension, listOf(`filter.${dimension}`, value, (w, v) => requireId(context, w, v, kind).id));
  };

  if (input.country !== undefined) add("country", listOf("filter.country", input.country, countryKey));
  if (input.actor !== undefined) {
    add("actor", listOf("filter.actor", input.actor, (w, v) => actorKeys(context, w, v)).flat());
  }
  ids("topic", "topic");
  ids("place", "place");
  ids("process", "process");
  if (input.status !== undefined) {
    const valid = [...new Set(kinds.flatMap((kind) => STATUS_VALUES[kind]))];
    add("status", listOf("filter.status", input.status, (w, v) => {
      if (typeof v !== "string" || !valid.includes(v)) throw vocabularyError(w, v, valid);
      return v;
    }));
  }

  let within = false;
  if (input.dateMatch !== undefined) {
    if (!(DATE_MATCHES as readonly unknown[]).includes(input.dateMatch)) throw vocabularyError("filter.dateMatch", input.dateMatch, DATE_MATCHES);
    within = input.dateMatch === "within";
  }
  const from = input.from === undefined ? undefined : parseFilterDate("filter.from", input.from);
  const to = input.to === undefined ? undefined : parseFilterDate("filter.to", input.to);
  if (from && to && from.earliest > to.latest) {
    throw new RangeError(`filter.from (${show(input.from)}) is after filter.to (${show(input.to)}): the range is empty.`);
  }
  return {
    dimensions,
    within,
    kinds,
    ...(from && { from: dayNumber(from.earliest) }),
    ...(to && { to: dayNumber(to.latest) }),
  };
}
