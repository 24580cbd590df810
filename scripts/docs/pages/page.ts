/** A generated page, and how it is written as a typedoc project document. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pageLink } from "../links.js";

/** One page of the site, generated from the data. */
export interface Page {
  /** Page path: the markdown file `<path>.md` and the site URL `<path>.html`. */
  readonly path: string;
  /** Name in the navigation, the search and the breadcrumb. */
  readonly title: string;
  /** Markdown, with HTML blocks; its first line is the `# title` heading. */
  readonly body: string;
  /** Navigation group of a top-level page. */
  readonly group?: string;
  /** Id of the record the page describes. */
  readonly record?: string;
  /** Pages shown under this one in the navigation. */
  readonly children?: readonly Page[];
}

/**
 * The markdown file of a page: YAML front matter with the title, the site path the router gives
 * the page, its group and its children (keyed by path, titled by their own front matter), then
 * the body. Values are JSON strings, which YAML reads as double-quoted scalars; no braces, which
 * typedoc's comment lexer would read as the start of an inline tag.
 */
export function pageFile(page: Page): string {
  const q = (value: string): string => JSON.stringify(value);
  const lines = [`title: ${q(page.title)}`, `sitePath: ${q(page.path)}`];
  if (page.group) lines.push(`group: ${q(page.group)}`);
  if (page.record) lines.push(`record: ${q(page.record)}`);
  if (page.children?.length) lines.push("children:", ...page.children.map((child) => `  ${q(child.path)}: ${q(pageLink(page.path, child.path))}`));
  return `---\n${lines.join("\n")}\n---\n${page.body}\n`;
}

/** Writes a page and all its descendants under `dir`; returns how many files were written. */
export function writePage(dir: string, page: Page): number {
  const file = join(dir, `${page.path}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageFile(page));
  return 1 + (page.children ?? []).reduce((n, child) => n + writePage(dir, child), 0);
}
