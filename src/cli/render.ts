/**
 * One record as readable text for `show`: a heading, one labelled line (or block) per field in
 * the record's own field order, the summary, and the record's evidence quotes with their
 * sources. Ids are shown with the names they stand for.
 * @module
 */
import { getRecord, isRecordId, parseEdtf, type AnyRecord, type DateClaim, type Evidence, type IncomingRelation, type Participation, type PlaceClaim, type Quantity, type Relation } from "../index.js";
import { label } from "./records.js";

const LABEL_WIDTH = 19;
/** Fields shown in the heading, the footer or not at all (bounds are shown with the date). */
const SKIP = new Set(["id", "kind", "title", "name", "summary", "evidence", "bounds", "addedIn", "modifiedIn"]);
/** String fields and string lists that hold record ids. */
const ID_FIELDS = new Set(["topics", "citedOutlets", "publisher"]);

/** `Name (id)`, or the bare id when it names no record. */
function named(id: string): string {
  const record: AnyRecord | undefined = isRecordId(id) ? getRecord(id) : undefined;
  return record ? `${label(record)} (${id})` : id;
}

/** Breaks `text` into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function dateLines(claim: DateClaim): string[] {
  const b = parseEdtf(claim.edtf);
  const span = b.earliest === b.latest ? b.earliest : `${b.earliest} … ${b.latest}`;
  const flags = [b.precision, b.uncertain && "uncertain", b.approximate && "approximate"].filter(Boolean).join(", ");
  return [`${claim.edtf} (${span}; ${flags})`, ...(claim.inferred ? [`inferred: ${claim.inferred}`] : [])];
}

function participation(p: Participation): string {
  const extra = [p.capacity, p.nameAsReported && `reported as “${p.nameAsReported}”`].filter(Boolean).join("; ");
  return `${p.role}: ${named(p.actor)}${extra ? ` — ${extra}` : ""}`;
}

function quantity(q: Quantity): string {
  const qualifier = q.qualifier && q.qualifier !== "exactly" ? `${q.qualifier} ` : "";
  return `${q.measure}: ${qualifier}${q.value.toLocaleString("en-US")} ${q.unit}`;
}

/** The lines of one field's value, chosen by field name first and by shape second. */
function valueLines(key: string, value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown): string[] => {
      if (typeof item === "string") return [ID_FIELDS.has(key) ? named(item) : item];
      const o = item as Record<string, unknown>;
      if ("actor" in o) return [participation(o as unknown as Participation)];
      if ("place" in o) return [named((o as unknown as PlaceClaim).place)];
      if ("target" in o) return [`${(o as unknown as Relation).type} → ${named((o as unknown as Relation).target)}`];
      if ("source" in o && "type" in o) return [`${(o as unknown as IncomingRelation).type} ← ${named((o as unknown as IncomingRelation).source)}`];
      if ("measure" in o) return [quantity(o as unknown as Quantity)];
      if ("title" in o) return [String(o.title)];
      return [JSON.stringify(item)];
    });
  }
  if (value && typeof value === "object") {
    if ("edtf" in value) return dateLines(value as DateClaim);
    if ("place" in value) return [named((value as PlaceClaim).place)];
    return [JSON.stringify(value)];
  }
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  return [typeof value === "string" && ID_FIELDS.has(key) ? named(value) : String(value)];
}

const humanize = (key: string): string => key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

function evidenceLines(evidence: readonly Evidence[], width: number): string[] {
  return evidence.flatMap((e) => [...wrap(`“${e.quote}”`, width - 2).map((l) => `  ${l}`), `    — ${e.source}`]);
}

/** The text `show` prints for `record`, wrapped to `width` columns. */
export function renderRecord(record: AnyRecord, width = 100): string {
  const lines = [`${record.kind} ${record.id}`, label(record), ""];
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const [first = "", ...rest] = valueLines(key, value).flatMap((l) => wrap(l, width - LABEL_WIDTH));
    lines.push(`${humanize(key).padEnd(LABEL_WIDTH - 1)} ${first}`, ...rest.map((l) => `${" ".repeat(LABEL_WIDTH)}${l}`));
  }
  lines.push("", "summary", ...wrap(record.summary, width - 2).map((l) => `  ${l}`));
  if ("evidence" in record && record.evidence.length > 0) lines.push("", "evidence", ...evidenceLines(record.evidence, width));
  lines.push("", `added in ${record.addedIn}, modified in ${record.modifiedIn}`);
  return `${lines.join("\n")}\n`;
}
