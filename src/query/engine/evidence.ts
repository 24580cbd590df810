/**
 * Every evidence item a record states, wherever it sits (the record's own evidence, its date,
 * places, participations, relations, quantities, positions…).
 * @module
 */
import type { AnyRecord, LocatedEvidence } from "../../model/records.js";

/** One evidence item with its JSON path inside the record (`participants[0].evidence[1]`). */
export interface EvidenceEntry {
  readonly path: string;
  readonly evidence: LocatedEvidence;
}

/**
 * The evidence of `record` with paths, in field order. `incoming` is skipped: its evidence
 * belongs to the records that authored those relations.
 */
export function evidenceEntries(record: AnyRecord): EvidenceEntry[] {
  const found: EvidenceEntry[] = [];
  const walk = (value: unknown, path: string, key: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (key === "evidence") found.push({ path: `${path}[${i}]`, evidence: item as LocatedEvidence });
        else walk(item, `${path}[${i}]`, key);
      });
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) if (k !== "incoming") walk(v, path ? `${path}.${k}` : k, k);
    }
  };
  walk(record, "", "");
  return found;
}

/** The evidence of `record`, in field order, without paths (see {@link evidenceEntries}). */
export function evidenceOf(record: AnyRecord): LocatedEvidence[] {
  return evidenceEntries(record).map((entry) => entry.evidence);
}
