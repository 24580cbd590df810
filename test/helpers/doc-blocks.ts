/** The fenced code blocks of the Markdown guides, with where each one is, for the docs-as-tests suite. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./data-tree.js";

/** The languages the suite runs; other fences (json, csv, python, r, js, plain) are prose. */
export type BlockLanguage = "ts" | "sql" | "sh" | "console";

/** One fenced code block: its guide, the 1-based line of its opening fence, its language and code. */
export interface DocBlock {
  readonly file: string;
  readonly line: number;
  readonly language: BlockLanguage;
  readonly code: string;
  /** Why the block is not run, from its first line `<comment> not run by the tests: <reason>`. */
  readonly skip?: string;
}

const LANGUAGES: Readonly<Record<string, BlockLanguage>> = { ts: "ts", typescript: "ts", sql: "sql", sh: "sh", bash: "sh", shell: "sh", console: "console" };

/**
 * The visible marker that keeps a block from running: its first line is a comment in the
 * block's language saying `not run by the tests:` and why (`# …`, `-- …`, `// …`).
 */
export const SKIP_MARKER = /^\s*(?:#|--|\/\/)\s*not run by the tests:\s*(.*)$/;

/** README.md and every docs/*.md, relative to the repository. */
export function guides(): string[] {
  return [
    "README.md",
    ...readdirSync(join(REPO, "docs"))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `docs/${f}`),
  ];
}

/** The runnable blocks of `file` (relative to the repository). Fences may be indented (inside a list item). */
export function docBlocks(file: string): DocBlock[] {
  const lines = readFileSync(join(REPO, file), "utf8").split("\n");
  const out: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const end = lines.findIndex((l, j) => j > i && l.trimStart().startsWith(fence!) && l.trim() === l.trim().replace(/[^`]/g, ""));
    const close = end === -1 ? lines.length : end;
    const language = LANGUAGES[info!.toLowerCase()];
    if (language) {
      const code = lines
        .slice(i + 1, close)
        .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
        .join("\n");
      const skip = SKIP_MARKER.exec(code.split("\n")[0] ?? "")?.[1];
      out.push({ file, line: i + 1, language, code, ...(skip !== undefined && { skip }) });
    }
    i = close;
  }
  return out;
}

/** Where a block is, for failure messages: `docs/exports.md:212 (sql block)`. */
export const where = (block: DocBlock): string => `${block.file}:${block.line} (${block.language} block)`;

/**
 * The commands of a `console` block and the output it shows after each: lines starting `$ `
 * are commands, the lines up to the next command its output.
 */
export function consoleSteps(code: string): { command: string; output: string[] }[] {
  const steps: { command: string; output: string[] }[] = [];
  for (const line of code.split("\n")) {
    if (line.startsWith("$ ")) steps.push({ command: line.slice(2), output: [] });
    else if (steps.length > 0 && line.trim() !== "") steps.at(-1)!.output.push(line.trimEnd());
  }
  return steps;
}
