/**
 * How to cite one record of the dataset at this version.
 * @module
 */
import { expectString } from "./argument-checks.js";
import { formatCitation, type Citation } from "./citation.js";
import * as generated from "./generated/dataset.js";
import { resolveId } from "./versioning/resolve-id.js";

/**
 * How to cite one record at the version you use: plain text and BibTeX naming the record's id,
 * kind and title, the dataset version and hash. A retired id is followed to its replacement
 * when there is exactly one; otherwise undefined.
 * @throws {TypeError} when `id` is not a string.
 * @example
 * ```ts
 * import { citeRecord } from "central-asia-security";
 * console.log(citeRecord("2018-tashkent-declaration")?.text);
 * ```
 */
export function citeRecord(id: string): Citation | undefined {
  expectString("citeRecord: id", id, 'a record id such as "2018-tashkent-declaration"');
  const records = resolveId(id)?.records ?? [];
  if (records.length !== 1) return undefined;
  const record = records[0] as unknown as { id: string; kind: string; title?: string; name?: string; label?: string };
  const title = record.title ?? record.name ?? record.label ?? record.id;
  return formatCitation({ version: generated.VERSION, hash: generated.HASH, released: generated.RELEASED, record: { id: record.id, kind: record.kind, title } });
}
