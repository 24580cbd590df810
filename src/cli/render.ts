/**
 * One record as readable text for `show`: a heading, one labelled line (or block) per field in
 * the record's own field order, the summary, and the record's evidence quotes with their
 * sources. Ids are shown with the names they stand for.
 * @module
 */
import { getRecord, isRecordId, parseEdtf, type AnyRecord, type DateClaim, type Evidence, type IncomingRelation, type Participation, type PlaceClaim, type Quantity, type Relation } from "../index.js";
import { meetingDateLine, meetingDateOf } from "./meeting-date.js";
import { label } from "./records.js";

const LABEL_WIDTH = 19;
const QUOTE_INDENT = 4;
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
export function wrap(text: string, width: number, words: readonly string[] = text.split(/\s+/)): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
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
  const basis = claim.inferredFrom === "outside-knowledge" ? " from outside knowledge" : claim.inferred ? " from the sources" : "";
  return [`${claim.edtf} (${span}; ${flags})`, ...(claim.inferred ? [`inferred${basis}: ${claim.inferred}`] : [])];
}

function participation(p: Participation): string {
  const extra = [p.capacity, p.onBehalfOf && `for ${named(p.onBehalfOf)}`, p.nameAsReported && `reported as “${p.nameAsReported}”`].filter(Boolean).join("; ");
  return `${p.role}: ${named(p.actor)}${extra ? ` — ${extra}` : ""}`;
}

function quantity(q: Quantity): string {
  const qualifier = q.qualifier && q.qualifier !== "exactly" ? `${q.qualifier} ` : "";
  return `${q.measure}: ${qualifier}${q.value.toLocaleString("en-US")} ${q.unit}`;
}

/** A claim object of a shape the CLI has no special line for (a statement, say): its plain fields, ids named. */
function genericClaim(o: Record<string, unknown>): string {
  return Object.entries(o)
    .filter(([k, v]) => k !== "evidence" && v !== undefined && (typeof v !== "object" || (Array.isArray(v) && v.every((x) => typeof x === "string"))))
    .map(([k, v]) => `${humanize(k)}: ${(Array.isArray(v) ? v : [v]).map((x) => (typeof x === "string" ? named(x) : String(x))).join(", ")}`)
    .join("; ");
}

/** The line of one item of a list field, chosen by field name first and by shape second. */
function itemLine(key: string, item: unknown): string {
  if (typeof item === "string") return ID_FIELDS.has(key) ? named(item) : item;
  const o = item as Record<string, unknown>;
  if ("actor" in o) return participation(o as unknown as Participation);
  if ("place" in o) return named((o as unknown as PlaceClaim).place);
  if ("target" in o) return `${(o as unknown as Relation).type} → ${named((o as unknown as Relation).target)}`;
  if ("source" in o && "type" in o) return `${(o as unknown as IncomingRelation).type} ← ${named((o as unknown as IncomingRelation).source)}`;
  if ("measure" in o) return quantity(o as unknown as Quantity);
  if (typeof o.title === "string") {
    const rest = genericClaim({ ...o, title: undefined });
    return rest ? `${o.title} (${rest})` : o.title;
  }
  return genericClaim(o);
}

/** The evidence of a claim object, when it has any. */
function claimEvidence(value: unknown): readonly Evidence[] {
  const evidence = value && typeof value === "object" && !Array.isArray(value) ? (value as { evidence?: unknown }).evidence : undefined;
  return Array.isArray(evidence) ? (evidence as Evidence[]) : [];
}

/** One field's value as claims: each claim's lines, then the quotes behind it. */
function fieldClaims(key: string, value: unknown): { lines: string[]; evidence: readonly Evidence[] }[] {
  if (Array.isArray(value)) return value.map((item: unknown) => ({ lines: [itemLine(key, item)], evidence: claimEvidence(item) }));
  if (value && typeof value === "object") {
    const lines = "edtf" in value ? dateLines(value as DateClaim) : [itemLine(key, value)];
    return [{ lines, evidence: claimEvidence(value) }];
  }
  if (typeof value === "boolean") return [{ lines: [value ? "yes" : "no"], evidence: [] }];
  return [{ lines: [typeof value === "string" && ID_FIELDS.has(key) ? named(value) : String(value)], evidence: [] }];
}

const humanize = (key: string): string => key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** Quotes wrapped to `width`, each followed by its source, indented by `indent` spaces. */
function evidenceLines(evidence: readonly Evidence[], width: number, indent: number): string[] {
  const pad = " ".repeat(indent);
  return evidence.flatMap((e) => [...wrap(`“${e.quote}”`, width - indent).map((l) => `${pad}${l}`), `${pad}  — ${e.source}`]);
}

/**
 * The text `show` prints for `record`, wrapped to `width` columns: one labelled block per field
 * in the record's own field order, each claim (date, place, participant, relation, quantity,
 * statement, position, …) followed by the quotes behind it, then the summary and the quotes
 * behind the record as a whole.
 */
export function renderRecord(record: AnyRecord, width = 80): string {
  const lines = [`${record.kind} ${record.id}`, label(record), ""];
  const textWidth = Math.max(20, width - LABEL_WIDTH);
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    fieldClaims(key, value).forEach(({ lines: claim, evidence }, i) => {
      const [first = "", ...rest] = claim.flatMap((l) => wrap(l, textWidth));
      lines.push(`${(i === 0 ? humanize(key) : "").padEnd(LABEL_WIDTH - 1)} ${first}`, ...rest.map((l) => `${" ".repeat(LABEL_WIDTH)}${l}`));
      // Quotes hang under their claim at a small indent, so they and their source ids get most of the width.
      lines.push(...evidenceLines(evidence, width, QUOTE_INDENT));
    });
  }
  const stand = meetingDateOf(record);
  if (stand) {
    const [first = "", ...rest] = wrap(meetingDateLine(stand), textWidth);
    lines.push(`${"date".padEnd(LABEL_WIDTH - 1)} ${first}`, ...rest.map((l) => `${" ".repeat(LABEL_WIDTH)}${l}`));
  }
  lines.push("", "summary", ...wrap(record.summary, width - 2).map((l) => `  ${l}`));
  if ("evidence" in record && record.evidence.length > 0) lines.push("", "evidence for the record as a whole", ...evidenceLines(record.evidence, width, QUOTE_INDENT));
  lines.push("", `added in ${record.addedIn}, modified in ${record.modifiedIn}`);
  return `${lines.join("\n")}\n`;
}
