/** `export --format …`: the records as JSON, NDJSON, CSV or JSON-LD, to stdout or a file. */
import { COLLECTIONS, dataset, KINDS, type AnyRecord, type Kind } from "../../index.js";
import { listFlag, stringFlag } from "../args.js";
import { PROGRAM, type Command } from "../command.js";
import { EXIT, UsageError, unknownValue } from "../errors.js";
import { EXPORT_FORMATS, formatExport, type ExportFormat } from "../../exports/index.js";
import { writeOutputFile } from "../io.js";
import { parseKinds, RECORDS } from "../records.js";

/** `export` */
export const exportCommand: Command = {
  name: "export",
  usage: "export --format json|ndjson|csv|jsonld [--kind <kind>…] [--out <file>]",
  summary: "write the records as JSON, NDJSON, CSV or JSON-LD (the same bytes as the files in exports/)",
  description:
    "Without --kind every kind is exported; CSV holds one kind, so it needs exactly one --kind. The formats and CSV columns are described in docs/exports.md; the package also ships them as files under central-asia-security/exports/.",
  flags: {
    format: { type: "string", value: "<format>", help: `one of ${EXPORT_FORMATS.join(", ")} (required)` },
    kind: { type: "string", multiple: true, value: "<kind>", help: "only this kind (csv takes exactly one)" },
    out: { type: "string", value: "<file>", help: "write to this file instead of stdout" },
  },
  json: false,
  arity: [0, 0],
  examples: ["export --format csv --kind meetings > meetings.csv", "export --format ndjson --kind declarations --kind initiatives", "export --format jsonld --out dataset.jsonld"],
  run({ values, io, json }) {
    // Accepted for scripts that pass --json to every command; the output is what --format names.
    if (json) io.err(`${PROGRAM}: export ignores --json: it writes the format --format names\n`);
    const format = stringFlag(values, "format");
    if (format === undefined) throw new UsageError("export needs --format", `Use --format ${EXPORT_FORMATS.join("|")}.`);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw unknownValue("--format value", format, EXPORT_FORMATS);
    const kinds: readonly Kind[] = parseKinds(listFlag(values, "kind"), KINDS) ?? KINDS;
    if (format === "csv" && kinds.length !== 1) {
      throw new UsageError("CSV holds one kind per file: give exactly one --kind", `For example: --format csv --kind meetings. Kinds: ${KINDS.map((k) => COLLECTIONS[k]).join(", ")}.`);
    }
    const records: Partial<Record<Kind, readonly AnyRecord[]>> = Object.fromEntries(kinds.map((k) => [k, RECORDS[k]]));
    const text = formatExport(format as ExportFormat, { version: dataset.version, hash: dataset.hash, records });
    const out = stringFlag(values, "out");
    if (out === undefined) io.out(text);
    else {
      writeOutputFile(out, text);
      io.err(`wrote ${out} (${format}, ${kinds.map((k) => `${RECORDS[k].length} ${COLLECTIONS[k]}`).join(", ")})\n`);
    }
    return EXIT.ok;
  },
};
