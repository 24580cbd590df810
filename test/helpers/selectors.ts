/** Checks derived evidence selectors against the source texts, independently of the code that derived them. */
import type { AnyRecord } from "../../src/model/records.js";

interface Selected {
  source: string;
  quote: string;
  start?: number;
  end?: number;
  prefix?: string;
  suffix?: string;
}

/** Every evidence item anywhere in the records (incoming relations included), with its JSON path. */
export function evidenceWithPaths(records: readonly AnyRecord[]): { where: string; evidence: Selected }[] {
  const out: { where: string; evidence: Selected }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === "object") {
      if ("quote" in value) out.push({ where: path, evidence: value as Selected });
      else for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  for (const record of records) walk(record, record.id);
  return out;
}

/**
 * Problems with the selectors of every evidence item: the raw text sliced at `[start, end)` in
 * code points must equal the quote up to runs of whitespace, and `prefix`/`suffix` must be the
 * (up to) 32 code points just before and after. Empty when all is well.
 */
export function selectorProblems(records: readonly AnyRecord[], textBySource: ReadonlyMap<string, string>): string[] {
  const codePoints = new Map([...textBySource].map(([id, text]) => [id, Array.from(text)]));
  const squash = (s: string) => s.replace(/\s+/g, " ");
  return evidenceWithPaths(records).flatMap(({ where, evidence: e }) => {
    const chars = codePoints.get(e.source);
    if (!chars) return [`${where}: no text for ${e.source}`];
    if (e.start === undefined || e.end === undefined) return [`${where}: no start/end`];
    const problems: string[] = [];
    if (squash(chars.slice(e.start, e.end).join("")) !== squash(e.quote)) problems.push(`${where}: [${e.start}, ${e.end}) is not the quote`);
    if (e.prefix !== chars.slice(Math.max(0, e.start - 32), e.start).join("")) problems.push(`${where}: wrong prefix`);
    if (e.suffix !== chars.slice(e.end, e.end + 32).join("")) problems.push(`${where}: wrong suffix`);
    return problems;
  });
}
