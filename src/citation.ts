/**
 * How to cite the dataset, or one record of it, at the version you use: plain text and BibTeX,
 * with the version and the dataset hash. The same values are in CITATION.cff (Citation File
 * Format 1.2.0), which the release flow writes from this module. Imports nothing of the data:
 * `dataset` (src/dataset.ts) uses it while it is being created.
 * @module
 */

/** A citation in the two forms people paste: a reference-list line and a BibTeX entry. */
export interface Citation {
  /** One line for a reference list (APA-like): authors (year). title (Version x) [Data set]. sha256 hash. URL */
  readonly text: string;
  /** A BibTeX `@misc` entry with `version`, `note` (the hash) and, for a release, `url` and `year`. */
  readonly bibtex: string;
}

/**
 * The authors a citation names: the project's contributors, as git history names them (a test
 * compares this list with `git log`). One entity, not persons: the commits are signed by the
 * maintainers' group account.
 */
export const CITATION_AUTHORS: readonly string[] = Object.freeze(["Seed 505c461f maintainers"]);

/** The dataset's title in a citation. */
export const CITATION_TITLE = "central-asia-security: diplomatic meetings, declarations and initiatives on Central Asian regional security and Afghanistan";

/** The address of a released version's package page; an unreleased build has none. */
export const releaseUrl = (version: string): string => `https://www.npmjs.com/package/central-asia-security/v/${version}`;

function isRelease(version: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(version);
}
const bibtexEscape = (value: string): string => value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);

/** What a citation is made of. */
interface CitationParts {
  readonly version: string;
  readonly hash: string;
  /** The release date (YYYY-MM-DD); undefined for an unreleased build. */
  readonly released: string | undefined;
  /** For one record: its id, kind and title. */
  readonly record?: { readonly id: string; readonly kind: string; readonly title: string };
}

/**
 * The citation of the dataset at `version` (or of one record in it). Exported for the release
 * flow, which writes CITATION.cff from the same parts; use `dataset.citation` or
 * `citeRecord` instead.
 * @internal
 */
export function formatCitation({ version, hash, released, record }: CitationParts): Citation {
  const released_ = isRelease(version) && released !== undefined;
  const year = released_ ? released!.slice(0, 4) : "unreleased";
  const url = released_ ? releaseUrl(version) : undefined;
  const authors = CITATION_AUTHORS.join(", ");
  const versionText = released_ ? `Version ${version}` : `Version ${version}, an unreleased build: cite a release`;
  const work = `${CITATION_TITLE} (${versionText}) [Data set]. sha256 ${hash}.${url ? ` ${url}` : ""}`;
  const text = record ? `${authors} (${year}). ${record.title} [record ${record.id}, ${record.kind}]. In ${work}` : `${authors} (${year}). ${work}`;
  const key = `central-asia-security-${version}${record ? `-${record.id}` : ""}`;
  const note = `${record ? `Record ${record.id} (${record.kind}) of the dataset ${CITATION_TITLE}. ` : ""}Dataset version ${version}, sha256 ${hash}`;
  const fields: [string, string][] = [
    ["author", CITATION_AUTHORS.map((a) => `{${bibtexEscape(a)}}`).join(" and ")],
    ["title", `{${bibtexEscape(record ? record.title : CITATION_TITLE)}}`],
    ...(released_
      ? ([
          ["year", year],
          ["month", released!.slice(5, 7)],
        ] as [string, string][])
      : []),
    ["version", bibtexEscape(version)],
    ["note", bibtexEscape(note)],
    ...(url
      ? ([
          ["url", url],
          ["howpublished", `\\url{${url}}`],
        ] as [string, string][])
      : []),
  ];
  const bibtex = `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
  return Object.freeze({ text, bibtex });
}
