/** Rewrites the composition tables of docs/dataset-card.md from dist/data.json (see dataset-card.ts). Run after a build. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../lib/files.js";
import { compositionMarkdown, withComposition, type CardData } from "./dataset-card.js";

const root = resolve(import.meta.dirname, "../..");
const data = JSON.parse(readFileSync(join(root, "dist/data.json"), "utf8")) as CardData;
const file = join(root, "docs/dataset-card.md");
// A checkout without the card (a test's scratch repository) has nothing to update.
if (!existsSync(file)) {
  console.log("no docs/dataset-card.md: no composition tables to update");
  process.exit(0);
}
writeFileAtomic(file, withComposition(readFileSync(file, "utf8"), compositionMarkdown(data)));
console.log(`docs/dataset-card.md: composition of dataset ${data.version}`);
