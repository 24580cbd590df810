/**
 * Validates the data folder: file-level checks, the zod shape check per kind, then every
 * integrity rule. Reports all problems at once; never stops at the first.
 */
import type { z } from "zod";
import { schemas, tombstoneSchema } from "../../src/schema.js";
import { COLLECTIONS, TOMBSTONE_COLLECTION, type Kind } from "../../src/model/vocabulary.js";
import type { Manifest } from "../lib/manifests.js";
import type { SourceTexts } from "../lib/source-texts.js";
import { formatPath } from "../lib/json-path.js";
import { loadDataFiles, type DataFile } from "../lib/load-data.js";
import { depthFaults, duplicateKeyFaults, encodingFaults, MAX_JSON_DEPTH, type FileFault } from "./file-checks.js";
import { placeLinks, stateLinksRule } from "./rules/links.js";
import { countryCode, currencyCode, languageTag, sourceHash, textPresent } from "./rules/values.js";
import { duplicateEntry, duplicateEvidence, duplicateParticipant, duplicateSplitTarget, duplicateTopic } from "./rules/repeats.js";
import { edtfCalendar, edtfSyntax, intervalOrder } from "./rules/dates.js";
import { evidenceRequired, evidenceSource, quoteLength } from "./rules/evidence.js";
import { inferredFrom, onBehalfOf, statementSpeaker, statementWords } from "./rules/attribution.js";
import { evidenceInSource, quoteOccurrence } from "./rules/source-texts.js";
import { wholeSentence } from "./rules/sentences.js";
import { duplicateId, fileNameMatchesId, idPattern } from "./rules/identity.js";
import { referenceKind, referenceResolves, relationDirection } from "./rules/references.js";
import { releasedIdKept, tombstoneChain, tombstoneLiveId, tombstoneTarget } from "./rules/tombstones.js";
import type { CheckedRecord, Problem, Rule, RuleContext } from "./types.js";

/** Every integrity rule, in the order their problems are reported. */
export const RULES: readonly Rule[] = [
  idPattern,
  fileNameMatchesId,
  duplicateId,
  referenceResolves,
  referenceKind,
  relationDirection,
  edtfSyntax,
  edtfCalendar,
  intervalOrder,
  inferredFrom,
  evidenceRequired,
  evidenceSource,
  quoteLength,
  onBehalfOf,
  statementSpeaker,
  statementWords,
  evidenceInSource,
  quoteOccurrence,
  wholeSentence,
  countryCode,
  placeLinks,
  stateLinksRule,
  currencyCode,
  sourceHash,
  textPresent,
  languageTag,
  duplicateParticipant,
  duplicateTopic,
  duplicateEvidence,
  duplicateEntry,
  tombstoneTarget,
  tombstoneChain,
  tombstoneLiveId,
  duplicateSplitTarget,
  releasedIdKept,
];

/** Rules applied before the integrity rules, to files rather than records. */
export const FILE_RULES = [
  { name: "unknown-collection", description: `Data files sit in one of the folders ${[...Object.values(COLLECTIONS), TOMBSTONE_COLLECTION].join(", ")} and end in .json.` },
  { name: "byte-order-mark", description: "A data file does not start with a UTF-8 byte-order mark (JSON forbids one)." },
  { name: "utf8-encoding", description: "A data file is valid UTF-8; the problem gives the byte offset of the first bad sequence." },
  { name: "json-depth", description: `A data file nests arrays and objects at most ${MAX_JSON_DEPTH} levels deep (deeper input would overflow the checks that follow).` },
  { name: "json-syntax", description: "A data file is valid JSON." },
  { name: "json-duplicate-key", description: "No JSON object in a data file has the same key twice (JSON.parse would silently keep the last)." },
  { name: "schema-shape", description: "A record has the fields and value types of its kind's schema." },
  { name: "unknown-field", description: "A record has no fields its kind's schema does not define." },
] as const;

/** The outcome of a validation run. */
export interface ValidationResult {
  readonly problems: readonly Problem[];
  /** Records that passed the shape check, in file order. */
  readonly records: readonly CheckedRecord[];
  /** Tombstones that passed the shape check, in file order. */
  readonly tombstones: readonly CheckedRecord[];
}

/** The id a file claims: its `id` field when readable, else its file name. */
function claimedId(file: DataFile): string {
  try {
    const id = (JSON.parse(file.text) as { id?: unknown }).id;
    if (typeof id === "string") return id;
  } catch {
    // Unreadable: the json-syntax rule reports it; the file name stands in for the id.
  }
  return file.name;
}

const isTombstone = (file: DataFile): boolean => file.collection === TOMBSTONE_COLLECTION;

function checkFile(file: DataFile): { record?: CheckedRecord; problems: Problem[] } {
  if (!(file.kind || isTombstone(file)) || !file.file.endsWith(".json")) {
    return {
      problems: [
        {
          file: file.file,
          path: "",
          rule: "unknown-collection",
          message: "this file is not in a known collection folder or is not .json",
          hint: `move it to data/<${[...Object.values(COLLECTIONS), TOMBSTONE_COLLECTION].join("|")}>/<id>.json`,
        },
      ],
    };
  }
  const located = (fault: FileFault): Problem => ({ file: file.file, ...fault });
  const encoding = encodingFaults(file.bytes);
  if (encoding.length > 0) return { problems: encoding.map(located) };
  const depth = depthFaults(file.text);
  if (depth.length > 0) return { problems: depth.map(located) };
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return {
      problems: [
        {
          file: file.file,
          path: "",
          rule: "json-syntax",
          message: `not valid JSON: ${(error as Error).message.replace(/\s+/g, " ")}`,
          hint: "fix the syntax (a trailing comma or a missing quote is the usual cause)",
        },
      ],
    };
  }
  const duplicates = duplicateKeyFaults(file.text);
  if (duplicates.length > 0) return { problems: duplicates.map(located) };
  const schema: z.ZodType = file.kind ? schemas[file.kind] : tombstoneSchema;
  const result = schema.safeParse(json);
  if (result.success) {
    const record = json as Record<string, any>;
    return { record: { file: file.file, kind: file.kind ?? record.kind, name: file.name, record }, problems: [] };
  }
  return { problems: result.error.issues.flatMap((issue) => shapeProblems(file, issue)) };
}

function shapeProblems(file: DataFile, issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file: file.file,
      path: path ? `${path}.${key}` : key,
      rule: "unknown-field",
      message: `unknown field ${JSON.stringify(key)} for a ${file.kind ?? "tombstone"}`,
      hint: `remove it or correct its spelling; the fields are listed in the authoring schema (dist/schemas/authoring/${file.kind ?? "tombstone"}.schema.json) and in docs/data-model.md`,
    }));
  }
  const schemaName = file.kind ?? "tombstone";
  return [
    {
      file: file.file,
      path,
      rule: "schema-shape",
      message: issue.message,
      hint: `see the authoring schema of a ${schemaName} (dist/schemas/authoring/${schemaName}.schema.json) and docs/data-model.md`,
    },
  ];
}

/** The ids of a release, records and tombstones, with their kinds. */
function releasedIds(release: Manifest | undefined): Map<string, Kind> {
  const ids = new Map<string, Kind>();
  for (const [id, entry] of Object.entries(release?.records ?? {})) ids.set(id, entry.kind);
  for (const [id, entry] of Object.entries(release?.tombstones ?? {})) ids.set(id, entry.kind);
  return ids;
}

/**
 * Validates every file under `dataDir`; paths in problems are relative to `root`.
 * `lastRelease` is the newest release manifest, whose ids must all still exist. `sourceTexts`
 * are the source texts by file name; without them quotes and source hashes are not checked.
 */
export function validateData(dataDir: string, root: string, lastRelease?: Manifest, sourceTexts?: SourceTexts): ValidationResult {
  const problems: Problem[] = [];
  const records: CheckedRecord[] = [];
  const tombstones: CheckedRecord[] = [];
  const kindOf = new Map<string, Kind>();
  for (const file of loadDataFiles(dataDir, root)) {
    if (file.kind) kindOf.set(claimedId(file), file.kind);
    const outcome = checkFile(file);
    problems.push(...outcome.problems);
    if (outcome.record) (isTombstone(file) ? tombstones : records).push(outcome.record);
  }
  const byId = new Map<string, CheckedRecord[]>();
  for (const checked of records) {
    const holders = byId.get(checked.record.id) ?? [];
    holders.push(checked);
    byId.set(checked.record.id, holders);
  }
  const context: RuleContext = { records, byId, kindOf, tombstones, released: releasedIds(lastRelease), sourceTexts };
  for (const rule of RULES) problems.push(...rule.check(context));
  return { problems, records, tombstones };
}

/** Formats one problem as `file › path: message (hint) [rule]`. */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file} › ${problem.path}` : problem.file;
  return `${where}: ${problem.message} (${problem.hint}) [${problem.rule}]`;
}
