/**
 * The finder filters as command-line flags (`--country UZ --from 2018 --actor kazakhstan`),
 * checked here so that a mistake names the flag that holds it; repeating a flag means "any of".
 * @module
 */
import { actors, isCountryCode, ROLES, type ActorFilterValue, type ActorId, type DateBounds, type RecordFilter, type Role } from "../index.js";
import { parseFilterDate } from "../query/engine/dates.js";
import { listFlag, stringFlag } from "./args.js";
import type { Flag, FlagValues } from "./command.js";
import { UsageError, unknownValue } from "./errors.js";
import { RECORDS } from "./records.js";
import { quote } from "../text/clip.js";
import { closestMatches } from "../text/closest.js";

/** The filter flags of `list` and `timeline`. */
export const FILTER_FLAGS: Readonly<Record<string, Flag>> = {
  country: { type: "string", multiple: true, value: "<code>", help: "ISO 3166-1 alpha-2 code of a place or a participating state (UZ, KZ, …)" },
  actor: { type: "string", multiple: true, value: "<id>", help: "actor id, in any role (or in a --role)" },
  role: { type: "string", multiple: true, value: "<role>", help: "with --actor: only in this role (host, participant, signatory, …)" },
  "on-behalf-of": { type: "boolean", help: "with --actor: also people acting for it (its president, its ministers)" },
  topic: { type: "string", multiple: true, value: "<id>", help: "topic id" },
  place: { type: "string", multiple: true, value: "<id>", help: "place id" },
  process: { type: "string", multiple: true, value: "<id>", help: "process id (through part-of relations)" },
  status: { type: "string", multiple: true, value: "<status>", help: "meeting status, declaration stage or initiative status" },
  from: { type: "string", value: "<date>", help: "EDTF or ISO date: records that may fall on or after its first day" },
  to: { type: "string", value: "<date>", help: "EDTF or ISO date: records that may fall on or before its last day" },
  within: { type: "boolean", help: "with --from/--to: only records whose whole date span lies in the range" },
};

const one = <T>(list: readonly T[]): T | readonly T[] | undefined => (list.length === 0 ? undefined : list.length === 1 ? list[0] : list);

/** The country codes of the dataset's states and places, for hints. */
function datasetCountries(): string[] {
  const codes = [...RECORDS.actor, ...RECORDS.place].map((r) => ("country" in r ? r.country : undefined));
  return [...new Set(codes.filter((c): c is string => c !== undefined))].sort();
}

/**
 * What to say about a `--country` value that is not a code: the code of the state it names when
 * it is (or nearly is, or starts) a state's id or name (`uzbekistan`, `Uzbekistn`, `uzb` → UZ),
 * else the codes in the dataset (also for one or two letters, which name no state).
 */
function countryHint(typed: string): string {
  const states = actors.filter((a) => a.type === "state" && a.country !== undefined);
  const needle = typed.toLowerCase();
  if (needle.length < 3) return `Codes in the dataset: ${datasetCountries().join(", ")}.`;
  const exact = states.find((a) => a.id === needle || a.name.toLowerCase() === needle);
  const near = exact
    ? [exact.id]
    : closestMatches(
        needle,
        states.map((a) => a.id),
      );
  if (near.length === 0) return `Codes in the dataset: ${datasetCountries().join(", ")}.`;
  const named = near.map((id) => states.find((a) => a.id === id)!).map((a) => `${a.country} (${a.name})`);
  return `Did you mean ${named.join(", ")}? Country codes are ISO 3166-1 alpha-2.`;
}

/** Checks the ids of a flag against the records of its kind. */
function ids(values: FlagValues, flag: string, candidates: readonly string[]): readonly string[] {
  const list = listFlag(values, flag);
  for (const id of list) if (!candidates.includes(id)) throw unknownValue(`${flag} id`, id, candidates);
  return list;
}

/**
 * A date flag, read by the library's own rule for filter dates (EDTF, or an ISO date-time meaning
 * its day): its text and bounds. A bad date is a usage error naming the flag and the value.
 */
function date(values: FlagValues, flag: "from" | "to"): { text: string; bounds: DateBounds } | undefined {
  const text = stringFlag(values, flag);
  if (text === undefined) return undefined;
  try {
    return { text, bounds: parseFilterDate(`--${flag}`, text) };
  } catch (error) {
    throw new UsageError((error as Error).message, "Dates are EDTF: 2018, 2018-03, 2018-03-26, 2018-23 (autumn), optionally with ? or ~.");
  }
}

/**
 * Builds a `RecordFilter` from the filter flags. `statuses` are the status values valid for the
 * kinds listed. Throws a `UsageError` naming the flag for an unknown id, code, term or a bad date.
 */
export function filterFromFlags(values: FlagValues, statuses: readonly string[]): RecordFilter {
  const typed = listFlag(values, "country");
  const country = typed.map((c) => c.toUpperCase());
  typed.forEach((value, i) => {
    if (!isCountryCode(country[i])) throw new UsageError(`--country: ${quote(value)} is not an ISO 3166-1 alpha-2 code`, countryHint(value));
  });
  const actor = ids(
    values,
    "actor",
    RECORDS.actor.map((r) => r.id),
  ) as ActorId[]; // ids() checked each against the actors
  const roles = listFlag(values, "role");
  for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) throw unknownValue("--role value", role, ROLES);
  if (roles.length > 0 && actor.length === 0) throw new UsageError("--role needs --actor", "Give the actor whose role you mean: --actor kazakhstan --role chair.");
  const onBehalfOf = values["on-behalf-of"] === true;
  if (onBehalfOf && actor.length === 0) throw new UsageError("--on-behalf-of needs --actor", "Give the state or organisation people acted for: --actor kazakhstan --on-behalf-of.");
  const status = listFlag(values, "status");
  for (const s of status) if (!statuses.includes(s)) throw unknownValue("--status value", s, statuses);
  const actors: ActorFilterValue[] = actor.map((a) => (roles.length > 0 || onBehalfOf ? { actor: a, ...(roles.length > 0 && { role: roles as Role[] }), ...(onBehalfOf && { onBehalfOf: true }) } : a));
  const from = date(values, "from");
  const to = date(values, "to");
  if (from && to && from.bounds.earliest > to.bounds.latest) {
    throw new UsageError(`--from ${quote(from.text)} is after --to ${quote(to.text)}: no date lies between them`, `Swap them: --from ${to.text} --to ${from.text}.`);
  }
  const filter: Record<string, unknown> = {
    country: one(country),
    actor: one(actors),
    topic: one(
      ids(
        values,
        "topic",
        RECORDS.topic.map((r) => r.id),
      ),
    ),
    place: one(
      ids(
        values,
        "place",
        RECORDS.place.map((r) => r.id),
      ),
    ),
    process: one(
      ids(
        values,
        "process",
        RECORDS.process.map((r) => r.id),
      ),
    ),
    status: one(status),
    from: from?.text,
    to: to?.text,
    dateMatch: values.within ? "within" : undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as RecordFilter;
}

/** True when any filter flag was given (used to refuse filters where they do not apply). */
export function hasFilterFlags(values: FlagValues): boolean {
  return Object.keys(FILTER_FLAGS).some((name) => values[name] !== undefined);
}
