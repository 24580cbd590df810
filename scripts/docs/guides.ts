/** The hand-written guides of docs/, in reading order. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Guides in reading order; any other guide in docs/ follows these, by file name. */
export const GUIDE_ORDER = ["getting-started", "data-model", "querying", "versioning", "methodology", "contributing", "cli", "exports", "performance"] as const;

/**
 * The markdown files of `docsDir`, in reading order: every `*.md` there is part of the site.
 * @example
 * ```ts
 * guideFiles("docs"); // ["docs/getting-started.md", "docs/data-model.md", …]
 * ```
 */
export function guideFiles(docsDir: string): string[] {
  if (!existsSync(docsDir)) return [];
  const order: readonly string[] = GUIDE_ORDER;
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  return readdirSync(docsDir)
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.slice(0, -3))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => join(docsDir, `${name}.md`));
}
