/**
 * Checks a `RecordFilter` and compiles it into posting-list keys and day-number bounds. Every
 * check happens here, before any record is looked at, so bad input fails the same way whatever
 * the data holds.
 * @module
 */
import { isPlainObject } from "../../argument-checks.js";
import { isCountryCode } from "../../model/countries.js";
import { DECLARATION_STAGES, INITIATIVE_STATUSES, MEETING_STATUSES, PRIMARY_KINDS, ROLES, type PrimaryKind } from "../../model/vocabulary.js";
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
  /** True for `dates: "sources-only"`: dates inferred from outside knowledge count as undated. */
  readonly sourcesOnly: boolean;
  readonly kinds: readonly PrimaryKind[];
}

/** The status vocabulary of each primary kind (the field is `stage` for declarations). */
export const STATUS_VALUES: Readonly<Record<PrimaryKind, readonly string[]>> = {
  meeting: MEETING_STATUSES,
  declaration: DECLARATION_STAGES,
  initiative: INITIATIVE_STATUSES,
};

const FILTER_KEYS = ["country", "actor", "topic", "place", "process", "status", "from", "to", "dateMatch", "dates"] as const;
const DATE_MATCHES = ["overlaps", "within"] as const;
const DATE_SOURCES = ["all", "sources-only"] as const;
const ACTOR_KEYS = ["actor", "role", "onBehalfOf"];

/** Posting key of an actor in a given role (actor ids never contain a NUL). */
export const actorRoleKey = (actor: string, role: string): string => `${actor}\u0000${role}`;
/** Posting key of a state or organization someone acted for (SOH prefix: no id starts with it). */
export const onBehalfKey = (actor: string): string => `\u0001${actor}`;

/** One checked value of the `actor` filter. */
export interface ActorCriterion {
  readonly actor: string;
  /** Any of these roles; any role when absent. */
  readonly roles?: readonly string[];
  /** Also match where someone acted on the actor's behalf. */
  readonly onBehalfOf: boolean;
}

/** A single value or a non-empty array of values, each checked by `item`. */
export function listOf<T>(where: string, value: unknown, item: (where: string, v: unknown) => T): T[] {
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

/** Checks one value of the `actor` filter: an actor id or `{ actor, role?, onBehalfOf? }`. */
export function actorCriterion(context: QueryContext, where: string, value: unknown): ActorCriterion {
  if (typeof value === "string") return { actor: requireId(context, where, value, "actor").id, onBehalfOf: false };
  if (!isPlainObject(value)) throw typeError(where, value, "an actor id or { actor, role?, onBehalfOf? }");
  for (const key of Object.keys(value)) if (!ACTOR_KEYS.includes(key)) throw unknownKeyError(where, key, ACTOR_KEYS);
  const actor = requireId(context, `${where}.actor`, value.actor, "actor").id;
  if (value.onBehalfOf !== undefined && typeof value.onBehalfOf !== "boolean") throw typeError(`${where}.onBehalfOf`, value.onBehalfOf, "a boolean");
  const onBehalfOf = value.onBehalfOf === true;
  return value.role === undefined ? { actor, onBehalfOf } : { actor, roles: roleList(`${where}.role`, value.role), onBehalfOf };
}

/** The posting keys of one criterion: the actor's own (by role), plus those acted for it. */
function actorKeys(criterion: ActorCriterion): string[] {
  const own = criterion.roles ? criterion.roles.map((role) => actorRoleKey(criterion.actor, role)) : [criterion.actor];
  if (!criterion.onBehalfOf) return own;
  const forIt = onBehalfKey(criterion.actor);
  return [...own, ...(criterion.roles ? criterion.roles.map((role) => actorRoleKey(forIt, role)) : [forIt])];
}

/** Checks the `dateMatch` and `dates` keys shared by every filter. */
export function dateOptions(input: Record<string, unknown>): { within: boolean; sourcesOnly: boolean } {
  if (input.dateMatch !== undefined && !(DATE_MATCHES as readonly unknown[]).includes(input.dateMatch)) throw vocabularyError("filter.dateMatch", input.dateMatch, DATE_MATCHES);
  if (input.dates !== undefined && !(DATE_SOURCES as readonly unknown[]).includes(input.dates)) throw vocabularyError("filter.dates", input.dates, DATE_SOURCES);
  return { within: input.dateMatch === "within", sourcesOnly: input.dates === "sources-only" };
}

/** Checks `from` and `to`: their day numbers, the range not empty. */
export function dateRange(input: Record<string, unknown>): { from?: number; to?: number } {
  const from = input.from === undefined ? undefined : parseFilterDate("filter.from", input.from);
  const to = input.to === undefined ? undefined : parseFilterDate("filter.to", input.to);
  if (from && to && from.earliest > to.latest) {
    throw new RangeError(`filter.from (${show(input.from)}) is after filter.to (${show(input.to)}): the range is empty.`);
  }
  return { ...(from && { from: dayNumber(from.earliest) }), ...(to && { to: dayNumber(to.latest) }) };
}

/**
 * Whether a record spanning days `earliest`–`latest` (day numbers) matches the checked range:
 * overlapping it, or lying wholly inside it when `within`. An open end matches everything.
 */
export function spanMatches(earliest: number, latest: number, range: { readonly from?: number; readonly to?: number; readonly within: boolean }): boolean {
  if (range.within) return (range.from === undefined || earliest >= range.from) && (range.to === undefined || latest <= range.to);
  return (range.from === undefined || latest >= range.from) && (range.to === undefined || earliest <= range.to);
}

/** A plain object filter, its keys among `validKeys`; `undefined` stays `undefined`. */
export function filterObject(input: unknown, validKeys: readonly string[], example: string): Record<string, unknown> | undefined {
  if (input === undefined) return undefined;
  if (!isPlainObject(input)) throw typeError("filter", input, `a plain object such as ${example}`);
  for (const key of Object.keys(input)) if (!validKeys.includes(key)) throw unknownKeyError("filter", key, validKeys);
  return input;
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
export function compileFilter(context: QueryContext, raw: unknown, scope: { kinds: readonly PrimaryKind[]; timeline?: boolean }): CompiledFilter {
  const validKeys: readonly string[] = scope.timeline ? [...FILTER_KEYS, "kinds"] : FILTER_KEYS;
  const input = filterObject(raw, validKeys, '{ country: "UZ" }');
  if (input === undefined) return { dimensions: [], within: false, sourcesOnly: false, kinds: scope.kinds };

  const kinds = scope.timeline && input.kinds !== undefined ? kindList(input.kinds) : scope.kinds;
  const dimensions: { dimension: Dimension; keys: string[] }[] = [];
  const add = (dimension: Dimension, keys: string[]) => dimensions.push({ dimension, keys: [...new Set(keys)] });
  const ids = (dimension: "topic" | "place" | "process", kind: "topic" | "place" | "process") => {
    const value = input[dimension];
    if (value !== undefined)
      add(
        dimension,
        listOf(`filter.${dimension}`, value, (w, v) => requireId(context, w, v, kind).id),
      );
  };

  if (input.country !== undefined) add("country", listOf("filter.country", input.country, countryKey));
  if (input.actor !== undefined) {
    add("actor", listOf("filter.actor", input.actor, (w, v) => actorKeys(actorCriterion(context, w, v))).flat());
  }
  ids("topic", "topic");
  ids("place", "place");
  ids("process", "process");
  if (input.status !== undefined) {
    const valid = [...new Set(kinds.flatMap((kind) => STATUS_VALUES[kind]))];
    add(
      "status",
      listOf("filter.status", input.status, (w, v) => {
        if (typeof v !== "string" || !valid.includes(v)) throw vocabularyError(w, v, valid);
        return v;
      }),
    );
  }

  return { dimensions, kinds, ...dateOptions(input), ...dateRange(input) };
}
