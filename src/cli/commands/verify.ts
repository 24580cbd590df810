/** `verify <source-id> <file>`: checks a source text you hold against the dataset, as `verifySource` does. */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { recordsByKind, sources, type QuoteVerification, type SourceVerification } from "../../index.js";
import { createContext } from "../../query/engine/context.js";
import { checkSourceText, MAX_SOURCE_TEXT_LENGTH } from "../../query/engine/verify.js";
import type { Command } from "../command.js";
import { EXIT, UsageError, unknownValue } from "../errors.js";
import { jsonText, query } from "../output.js";
import { quote } from "../../text/clip.js";
import { escapeControls } from "../../text/escape.js";

/** One line per quote: its status, where it was found (code points) and which evidence item it is. */
function quoteLine(q: QuoteVerification): string {
  const status = !q.found ? "NOT FOUND" : q.moved ? "moved" : "ok";
  const where = q.found ? `${q.start}–${q.end}` : "";
  const shown = q.found && !q.moved ? "" : `  ${quote(q.evidence.quote, Infinity)}`;
  return `  ${status.padEnd(9)}  ${where.padEnd(9)}  ${q.record} › ${q.path}${shown}`;
}

/** When `sha256` is another source's: a line naming it and the command that checks the file against it. */
function otherSourceLine(result: SourceVerification, file: string): string[] {
  const other = sources.find((s) => s.sha256 === result.actualSha256 && s.id !== result.source);
  return other ? [`  this file is the text of source ${other.id} (its sha256): run verify ${other.id} ${escapeControls(file)}`] : [];
}

function report(result: SourceVerification, file: string): string {
  const found = result.quotes.filter((q) => q.found && !q.moved).length;
  return [
    `${result.source}: ${escapeControls(file)}`,
    result.hashMatches ? `sha256 ok  ${result.actualSha256}` : `sha256 MISMATCH  expected ${result.expectedSha256}, the file hashes to ${result.actualSha256}`,
    ...(result.hashMatches ? [] : otherSourceLine(result, file)),
    `quotes ${found} of ${result.quotes.length} found where the dataset places them`,
    ...result.quotes.map(quoteLine),
    result.verified ? "verified: this is the text the dataset cites" : "NOT verified: see the lines above",
    "",
  ].join("\n");
}

/** `verify` */
export const verify: Command = {
  name: "verify",
  usage: "verify <source-id> <file>",
  summary: "check a source text you hold: its sha256, and every quote citing it (found, and where)",
  description:
    "Reads the file as UTF-8 and reports, for the Source record with that id, whether the file's sha256 matches and, for every evidence item citing the source (record id › JSON path), whether its quote is in the text (up to runs of whitespace) and where, in code points. Exits 1 unless everything matches. The same check runs in a browser through the library's verifySource().",
  flags: {},
  arity: [2, 2],
  examples: [
    "verify report-2018-regional-security-afghanistan-tashkent-conference ../shared/seeds/000_11878fe85ac71e74.txt",
    "verify tass-2021-07-16-central-asia-russia-statement ../shared/seeds/003_988fb0e90b57e848.txt --json",
  ],
  run({ positionals, io, json }) {
    const [id, file] = positionals as [string, string];
    if (!sources.some((s) => s.id === id))
      throw unknownValue(
        "source id",
        id,
        sources.map((s) => s.id),
      );
    let bytes: Buffer;
    try {
      // UTF-8 takes at most 3 bytes per UTF-16 unit: a larger file is over the limit without reading it.
      const size = statSync(file).size;
      if (size > 3 * MAX_SOURCE_TEXT_LENGTH)
        throw new RangeError(
          `${quote(file, 1000)} is ${size.toLocaleString("en-US")} bytes, more than any text within the limit of ${MAX_SOURCE_TEXT_LENGTH.toLocaleString("en-US")} UTF-16 code units (MAX_SOURCE_TEXT_LENGTH): no source article is near that size`,
        );
      bytes = readFileSync(file);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message, "Give the path of the source text file.");
      throw new UsageError(`cannot read ${quote(file, 1000)}: ${escapeControls((error as Error).message)}`, "Give the path of the source text file.");
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    // The library's own check over the records it exports; only the hash is computed here (node:crypto, synchronous).
    // A text over the size limit is a usage error (exit 2) naming the limit.
    const result = query(() => checkSourceText(createContext(recordsByKind), id, bytes.toString("utf8"), sha256));
    io.out(json ? jsonText(result) : report(result, file));
    return result.verified ? EXIT.ok : EXIT.notFound;
  },
};
