/**
 * Rules against the same entry listed twice in one list: it adds nothing, and it double-counts
 * in queries and exports (an actor counted twice as host, a topic shown twice).
 */
import type { CheckedRecord, Problem, Rule } from "../types.js";
import { claims } from "../walk.js";

type Obj = Readonly<Record<string, any>>;

/** Each entry of `items` whose key was already seen, with the index of its first occurrence. */
function repeats<T>(items: readonly T[], key: (item: T) => string): { index: number; first: number; item: T }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number; item: T }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else out.push({ index, first, item });
  });
  return out;
}

const list = (value: unknown): readonly any[] => (Array.isArray(value) ? value : []);
/** Quotes match their source up to runs of whitespace, so two quotes differing only there are the same quote. */
const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

export const duplicateParticipant: Rule = {
  name: "duplicate-participant",
  description: "A record lists an actor with the same role at most once among its participants or members (give one entry several evidence quotes instead).",
  check: ({ records }) =>
    records.flatMap(({ file, record }) =>
      ["participants", "members"].flatMap((key) =>
        repeats(list(record[key]) as Obj[], (p) => `${p.actor}\u0000${p.role}`).map(
          ({ index, first, item }): Problem => ({
            file,
            path: `${key}[${index}]`,
            rule: "duplicate-participant",
            message: `${JSON.stringify(item.actor)} is already listed as ${item.role} at ${key}[${first}]`,
            hint: `merge the two entries: keep ${key}[${first}] and move this entry's evidence into it`,
          }),
        ),
      ),
    ),
};

export const duplicateTopic: Rule = {
  name: "duplicate-topic",
  description: "A record lists each topic at most once.",
  check: ({ records }) =>
    records.flatMap(({ file, record }) =>
      repeats(list(record.topics) as string[], (t) => t).map(
        ({ index, first, item }): Problem => ({
          file,
          path: `topics[${index}]`,
          rule: "duplicate-topic",
          message: `topic ${JSON.stringify(item)} is already listed at topics[${first}]`,
          hint: "delete this entry",
        }),
      ),
    ),
};

export const duplicateEvidence: Rule = {
  name: "duplicate-evidence",
  description: "A claim cites each quote of a source at most once (quotes compared up to runs of whitespace).",
  check: ({ records }) =>
    records.flatMap((checked: CheckedRecord) =>
      claims(checked).flatMap((claim) =>
        repeats(list(claim.evidence) as Obj[], (e) => `${e.source}\u0000${squash(String(e.quote))}`).map(({ index, first }): Problem => {
          const at = claim.path ? `${claim.path}.evidence` : "evidence";
          return {
            file: checked.file,
            path: `${at}[${index}]`,
            rule: "duplicate-evidence",
            message: `the same quote of the same source is already cited at ${at}[${first}]`,
            hint: "delete this entry, or quote another sentence that also states the claim",
          };
        }),
      ),
    ),
};

export const duplicateEntry: Rule = {
  name: "duplicate-entry",
  description: "A record lists each place, relation (type and target), alternative name and cited outlet at most once.",
  check: ({ records }) =>
    records.flatMap(({ file, record }) => {
      const lists: [string, (item: any) => string][] = [
        ["places", (p: Obj) => p.place],
        ["relations", (r: Obj) => `${r.type} ${r.target}`],
        ["altNames", (name: string) => name],
        ["citedOutlets", (id: string) => id],
      ];
      return lists.flatMap(([key, keyOf]) =>
        repeats(list(record[key]), keyOf).map(
          ({ index, first, item }): Problem => ({
            file,
            path: `${key}[${index}]`,
            rule: "duplicate-entry",
            message: `${JSON.stringify(keyOf(item))} is already listed at ${key}[${first}]`,
            hint: key === "places" || key === "relations" ? `merge the two entries: keep ${key}[${first}] and move this entry's evidence into it` : "delete this entry",
          }),
        ),
      );
    }),
};

export const duplicateSplitTarget: Rule = {
  name: "duplicate-split-target",
  description: "A split tombstone names each of its targets once.",
  check: ({ tombstones }) =>
    tombstones
      .filter(({ record }) => record.status === "split")
      .flatMap(({ file, record }) =>
        repeats(list(record.targets) as string[], (id) => id).map(
          ({ index, first, item }): Problem => ({
            file,
            path: `targets[${index}]`,
            rule: "duplicate-split-target",
            message: `target ${JSON.stringify(item)} is already listed at targets[${first}]`,
            hint: 'a split names the different records the old one became; delete this entry (a single target is a "moved" tombstone)',
          }),
        ),
      ),
};
