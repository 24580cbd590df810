/**
 * Value-by-value release notes: what a release changed, record by record, computed from the
 * snapshots of the release before it and of the release itself (snapshot.ts). Each modified
 * record lists the fields that changed with their old and new values (quotes shortened to
 * {@link QUOTE_CHARS} characters); added records and tombstones are listed with their titles.
 */
import { clip } from "../../src/text/clip.js";
import type { Snapshot, SnapshotRecord } from "./snapshot.js";

/** Quotes longer than this are shortened in the notes, with "…" (the full text is in the data). */
export const QUOTE_CHARS = 80;

/** One changed value: its path in the record (`participants[2].role`), before and after (undefined: absent). */
export interface ValueChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** What one release changed. */
export interface ReleaseNotes {
  readonly version: string;
  readonly previous: string | undefined;
  readonly added: readonly SnapshotRecord[];
  readonly modified: readonly { readonly id: string; readonly kind: string; readonly changes: readonly ValueChange[] }[];
  readonly tombstoned: readonly ({ readonly id: string } & Readonly<Record<string, unknown>>)[];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The leaf values of `value` by path; arrays of plain values (topics, altNames) stay one leaf. */
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (isObject(value)) for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  else if (Array.isArray(value) && value.some((item) => isObject(item) || Array.isArray(item))) value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  else out.set(path, value);
  return out;
}

/** The values that differ between two versions of a record, in field order of the newer one. */
export function valueChanges(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): ValueChange[] {
  const [old, now] = [leaves(before, "", new Map()), leaves(after, "", new Map())];
  const paths = [...new Set([...now.keys(), ...old.keys()])];
  return paths.filter((path) => JSON.stringify(old.get(path)) !== JSON.stringify(now.get(path))).map((path) => ({ path, before: old.get(path), after: now.get(path) }));
}

/** What `current` changed since `previous` (undefined for the first release: everything is added). */
export function releaseNotes(previous: Snapshot | undefined, current: Snapshot): ReleaseNotes {
  const before = new Map((previous?.records ?? []).map((r) => [r.id, r]));
  const oldTombstones = new Set((previous?.tombstones ?? []).map((t) => t.id));
  const modified = current.records
    .filter((r) => before.has(r.id))
    .map((r) => ({ id: r.id, kind: r.kind, changes: valueChanges(before.get(r.id)!, r) }))
    .filter((r) => r.changes.length > 0);
  return {
    version: current.version,
    previous: previous?.version,
    added: current.records.filter((r) => !before.has(r.id)),
    modified,
    tombstoned: current.tombstones.filter((t) => !oldTombstones.has(t.id)),
  };
}

/**
 * A quote shortened to about {@link QUOTE_CHARS} characters. `from` is where it differs from the
 * value it replaces: the shortened text starts a little before it ("…" in front), so two quotes
 * alike in their first 80 characters still show how they differ.
 */
export function shortenQuote(quote: string, from = 0): string {
  const start = from > QUOTE_CHARS / 2 ? from - 20 : 0;
  const head = start > 0 ? `…${quote.slice(start)}` : quote;
  return clip(head, QUOTE_CHARS);
}

/** Index of the first character where `a` and `b` differ (the shorter one's length when one starts the other). */
const firstDifference = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** A value as inline markdown: strings quoted (quotes shortened, from near where they differ from `other`), lists joined, absent as "(none)". */
export function showValue(value: unknown, path: string, other?: unknown): string {
  if (value === undefined) return "(none)";
  const isQuote = /(^|\.)quote$/.test(path) && typeof value === "string";
  const shown = isQuote ? shortenQuote(value, typeof other === "string" ? firstDifference(value, other) : 0) : value;
  return `\`${JSON.stringify(shown).replace(/`/g, "'")}\``;
}

const label = (record: Readonly<Record<string, unknown>>): string => String(record["title"] ?? record["name"] ?? record["label"] ?? record["id"]);

/** The notes as markdown, with headings starting at `level` (`###` in CHANGELOG.md, `##` on the release's page). */
export function notesMarkdown(notes: ReleaseNotes, level = 2): string {
  const h = "#".repeat(level);
  const since = notes.previous ? `since ${notes.previous}` : "in the first release";
  const lines = [`${notes.added.length} records added, ${notes.modified.length} modified and ${notes.tombstoned.length} retired ${since}.`, ""];
  if (notes.modified.length) {
    lines.push(`${h} Modified records`, "", `Each changed field with its old → new value (quotes shortened to ${QUOTE_CHARS} characters; \`(none)\`: the field was absent).`, "");
    for (const record of notes.modified) {
      lines.push(`- **\`${record.id}\`** (${record.kind})`);
      for (const change of record.changes) lines.push(`  - \`${change.path}\`: ${showValue(change.before, change.path, change.after)} → ${showValue(change.after, change.path, change.before)}`);
    }
    lines.push("");
  }
  if (notes.added.length) {
    lines.push(`${h} Added records`, "");
    for (const record of notes.added) lines.push(`- \`${record.id}\` (${record.kind}): ${label(record).replace(/[\r\n]+/g, " ")}`);
    lines.push("");
  }
  if (notes.tombstoned.length) {
    lines.push(`${h} Retired ids (tombstones)`, "");
    for (const t of notes.tombstoned) {
      const to = t["target"] ? ` → \`${String(t["target"])}\`` : Array.isArray(t["targets"]) ? ` → ${(t["targets"] as string[]).map((x) => `\`${x}\``).join(", ")}` : "";
      lines.push(`- \`${t.id}\`: ${String(t["status"])}${to}: ${String(t["reason"] ?? "")}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** The docs-site page of a release (docs/releases/<version>.md). */
export function releasePage(notes: ReleaseNotes, hash: string, summary?: string): string {
  return [
    "---",
    `title: Release ${notes.version}`,
    `sitePath: releases/${notes.version}`,
    "group: Releases",
    "---",
    "",
    `# Release ${notes.version}`,
    "",
    `Dataset hash \`${hash}\`. Generated by \`npm run release:version\` from the released data (releases/snapshots/); do not edit.`,
    "",
    // What changed and why (the changesets' text) comes before the long record-by-record list.
    ...(summary ? ["## What changed", "", summary, "", "## Record by record", "", notesMarkdown(notes, 3)] : [notesMarkdown(notes, 2)]),
  ].join("\n");
}

/**
 * The text of the `## <version>` section of `changelog` (the changesets' release notes), without
 * its heading and without the "Record by record" part; undefined when there is no such section.
 */
export function changelogSection(changelog: string, version: string): string | undefined {
  const heading = `\n## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at < 0) return undefined;
  const start = at + heading.length;
  const next = changelog.indexOf("\n## ", start);
  const section = changelog.slice(start, next < 0 ? changelog.length : next);
  const notesAt = section.indexOf("\n### Record by record\n");
  return (notesAt < 0 ? section : section.slice(0, notesAt)).trim() || undefined;
}

/**
 * `changelog` with the notes of `version` added to its `## <version>` section (written by
 * changesets), under "### Record by record". Unchanged when that section already has them.
 * @throws Error when CHANGELOG.md has no `## <version>` heading.
 */
export function withChangelogNotes(changelog: string, notes: ReleaseNotes): string {
  const heading = `\n## ${notes.version}\n`;
  const at = changelog.indexOf(heading);
  if (at < 0) throw new Error(`CHANGELOG.md has no "## ${notes.version}" section: run changeset version first (npm run release:version does)`);
  const next = changelog.indexOf("\n## ", at + heading.length);
  const end = next < 0 ? changelog.length : next;
  const section = changelog.slice(at, end);
  if (section.includes("\n### Record by record\n")) return changelog;
  const body = `\n### Record by record\n\n${notesMarkdown(notes, 4)}`;
  return `${changelog.slice(0, end).replace(/\n*$/, "\n")}${body}${changelog.slice(end).replace(/^\n*/, "\n")}`;
}
