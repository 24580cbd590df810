/**
 * CITATION.cff (Citation File Format 1.2.0, https://citation-file-format.github.io) of a release,
 * from the same parts as `dataset.citation` (src/citation.ts), so the two cannot disagree. The
 * YAML is written with JSON-quoted strings, which YAML reads as double-quoted scalars; the tests
 * read it back with Citation.js and its CFF plugin.
 */
import { CITATION_AUTHORS, CITATION_TITLE, releaseUrl } from "../../src/citation.js";

/** What CITATION.cff states about a release. */
export interface CffInput {
  readonly version: string;
  /** Release day, YYYY-MM-DD. */
  readonly released: string;
  readonly hash: string;
  readonly license: string;
  readonly abstract: string;
  readonly keywords: readonly string[];
}

/** The data's licence (SPDX id), as LICENSE states it for the records; the code is MIT. CITATION.cff cites the dataset. */
export const DATA_LICENSE = "CC-BY-4.0";

const q = (value: string): string => JSON.stringify(value);

/** The text of CITATION.cff for one release. */
export function citationCff({ version, released, hash, license, abstract, keywords }: CffInput): string {
  const authors = (indent: string): string[] => CITATION_AUTHORS.map((name) => `${indent}- name: ${q(name)}`);
  return [
    "# Written by `npm run release:version` (scripts/release/write-citation.ts) for each release; do not edit.",
    'cff-version: "1.2.0"',
    'message: "If you use this dataset, please cite it as below, with the version and the dataset hash you used (npx central-asia-security cite)."',
    "type: dataset",
    `title: ${q(CITATION_TITLE)}`,
    `version: ${q(version)}`,
    `date-released: ${q(released)}`,
    `license: ${q(license)}`,
    `url: ${q(releaseUrl(version))}`,
    `abstract: ${q(`${abstract} Dataset hash (sha256 of the canonical data): ${hash}.`)}`,
    "keywords:",
    ...keywords.map((k) => `  - ${q(k)}`),
    "authors:",
    ...authors("  "),
    "preferred-citation:",
    "  type: data",
    `  title: ${q(CITATION_TITLE)}`,
    `  version: ${q(version)}`,
    `  date-released: ${q(released)}`,
    `  year: ${Number(released.slice(0, 4))}`,
    `  month: ${Number(released.slice(5, 7))}`,
    `  url: ${q(releaseUrl(version))}`,
    `  notes: ${q(`Dataset version ${version}, sha256 ${hash}`)}`,
    "  authors:",
    ...authors("    "),
    "",
  ].join("\n");
}
