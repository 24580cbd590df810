/**
 * Every evidence item a record states, wherever it sits (the record's own evidence, its date,
 * places, participations, relations, quantities, positions…).
 * @module
 */
import type { Evidence } from "../../model/input.js";
import type { AnyRecord } from "../../model/records.js";

/**
 * The evidence of `record`, in field order. `incoming` is skipped: its evidence belongs to the
 * records that authored those relations.
 */
export function evidenceOf(record: AnyRecord): Evidence[] {
  const found: Evidence[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (key === "evidence") found.push(item as Evidence);
        else walk(item, key);
      }
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) if (k !== "incoming") walk(v, k);
    }
  };
  walk(record, "");
  return found;
}
