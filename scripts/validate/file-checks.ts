/**
 * Checks on a data file's bytes and JSON text that `JSON.parse` cannot make: the encoding
 * (UTF-8 without a byte-order mark) and keys written twice in one object, which `JSON.parse`
 * silently resolves to the last value.
 */
import { isUtf8 } from "node:buffer";
import { parse, type AnyNode } from "@humanwhocodes/momoa";
import { formatPath } from "../lib/json-path.js";

/** One problem found in a file, before its JSON is read as a record. */
export interface FileFault {
  readonly rule: "byte-order-mark" | "utf8-encoding" | "json-depth" | "json-duplicate-key";
  readonly path: string;
  readonly message: string;
  readonly hint: string;
}

const BOM = [0xef, 0xbb, 0xbf];
const REPLACEMENT = "\uFFFD";

/**
 * The byte offset of the first byte sequence that is not UTF-8, or -1. Decoding replaces each
 * bad sequence with U+FFFD; everything before the first replacement decoded faithfully, so its
 * UTF-8 length is the offset (a U+FFFD written in the file as EF BF BD is skipped).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) {
    offset += encoder.encode(text.slice(from, i)).length;
    from = i;
    const written = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!written) return offset;
  }
  return offset;
}

/** Problems with the bytes of a file: a byte-order mark, or bytes that are not UTF-8. */
export function encodingFaults(bytes: Uint8Array): FileFault[] {
  if (BOM.every((byte, i) => bytes[i] === byte)) {
    return [
      {
        rule: "byte-order-mark",
        path: "",
        message: "the file starts with a UTF-8 byte-order mark (the bytes EF BB BF), which JSON does not allow",
        hint: "save the file as UTF-8 without BOM (in most editors: the encoding menu), or remove the first three bytes: sed -i '1s/^\\xEF\\xBB\\xBF//' <file>",
      },
    ];
  }
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return [];
  const shown = [...bytes.subarray(offset, offset + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
  return [
    {
      rule: "utf8-encoding",
      path: "",
      message: `the file is not valid UTF-8: byte offset ${offset} starts the bad sequence ${shown}`,
      hint: "re-save the file as UTF-8 (a Latin-1 or Windows-1252 editor setting is the usual cause; iconv -f latin1 -t utf-8 converts it)",
    },
  ];
}

/** Keys written more than once in one object, anywhere in `text` (which must be valid JSON). */
export function duplicateKeyFaults(text: string): FileFault[] {
  const faults: FileFault[] = [];
  const visit = (node: AnyNode, path: (string | number)[]): void => {
    if (node.type === "Array") node.elements.forEach((element, i) => visit(element.value, [...path, i]));
    if (node.type !== "Object") return;
    const lines = new Map<string, number[]>();
    for (const member of node.members) {
      const key = member.name.type === "String" ? member.name.value : member.name.name;
      lines.set(key, [...(lines.get(key) ?? []), member.name.loc.start.line]);
      visit(member.value, [...path, key]);
    }
    for (const [key, at] of lines) {
      if (at.length < 2) continue;
      faults.push({
        rule: "json-duplicate-key",
        path: formatPath([...path, key]),
        message: `the key ${JSON.stringify(key)} is written ${at.length} times in one object (lines ${at.join(", ")}); only the last would count`,
        hint: "keep one of them: decide which value is right and delete the other",
      });
    }
  };
  visit(parse(text).body, []);
  return faults;
}

/** The deepest nesting of arrays and objects a data file may have; records need fewer than ten levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * A problem when the JSON text nests arrays and objects more than {@link MAX_JSON_DEPTH} levels
 * deep. Checked on the text in one pass, before anything recursive (the duplicate-key parser,
 * the schema check) would overflow the stack on it. Brackets inside strings do not count.
 */
export function depthFaults(text: string): FileFault[] {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) {
        return [
          {
            rule: "json-depth",
            path: "",
            message: `arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep (at character ${i})`,
            hint: "a record needs only a few levels: look for a value pasted into itself or a generator gone wrong",
          },
        ];
      }
    } else if (char === "}" || char === "]") depth -= 1;
  }
  return [];
}
