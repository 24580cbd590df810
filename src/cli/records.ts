/**
 * The dataset as the CLI sees it: the records of each kind and the names of kinds on the
 * command line (singular or plural: `meeting` or `meetings`). Everything comes from the
 * package's runtime entry, which the CLI bundle imports rather than copies.
 * @module
 */
import { COLLECTIONS, KINDS, recordsByKind, type AnyRecord, type Kind, type PrimaryKind } from "../index.js";
import { UsageError, unknownValue } from "./errors.js";

/** The records of each kind, in dataset order. */
export const RECORDS: Readonly<Record<Kind, readonly AnyRecord[]>> = recordsByKind;

/** Every record id, for suggestions. */
export function allIds(): string[] {
  return KINDS.flatMap((kind) => RECORDS[kind].map((r) => r.id));
}

/** Title of a record, or name for actors, places, sources' titles, processes and topics. */
export function label(record: AnyRecord): string {
  return "title" in record ? record.title : record.name;
}

/**
 * Reads a kind as typed on the command line (`meeting`, `Meetings`), checked against `allowed`.
 * Throws a `UsageError` suggesting the closest kinds.
 */
export function parseKind<K extends Kind>(value: string, allowed: readonly K[]): K {
  const lower = value.toLowerCase();
  const kind = allowed.find((k) => k === lower || COLLECTIONS[k] === lower);
  if (kind) return kind;
  const names = allowed.flatMap((k) => [k, COLLECTIONS[k]]);
  const error = unknownValue("kind", value, names);
  throw new UsageError(error.message, `${error.hint?.startsWith("Did") ? `${error.hint} ` : ""}Kinds: ${allowed.map((k) => COLLECTIONS[k]).join(", ")}.`);
}

/** `parseKind` for each value of a repeatable `--kind` flag; `undefined` when none was given. */
export function parseKinds<K extends Kind>(values: readonly string[], allowed: readonly K[]): K[] | undefined {
  return values.length === 0 ? undefined : [...new Set(values.map((v) => parseKind(v, allowed)))];
}

/** Whether `kind` is a meeting, declaration or initiative. */
export function isPrimaryKind(kind: Kind): kind is PrimaryKind {
  return kind === "meeting" || kind === "declaration" || kind === "initiative";
}
