/**
 * `npm run docs`: builds the package when dist/ is missing or stale, generates a page per
 * record (and the kind indexes and timeline page), then builds one static site into `site/`
 * with typedoc: the README as landing page, the guides of docs/, the API reference, the
 * generated pages, the timeline picture; typedoc warnings are errors. The site is assembled in
 * a staging folder and swapped in only when complete.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeSitePages } from "./generate.js";
import { guideFiles } from "./guides.js";
import { injector, landingBanner, siteInjections, unreleasedBanner } from "./inject.js";
import { recordPagePath, relativeUrl, siteUrl, TIMELINE_SVG_FILE } from "./links.js";
import { indexDataset, readDataFile } from "./model.js";
import { ruleDocs, rulesTable } from "./rules-table.js";
import { packageIsStale, SITE_STAMP } from "./stale.js";
import { timelineMarks, timelineSvg } from "./timeline-svg.js";
import { buildTypedocSite } from "./typedoc-site.js";

const root = resolve(import.meta.dirname, "../..");

/**
 * Replaces `site/` with the finished `staging` folder in two renames, parking the old site in
 * the (git-ignored) work folder. Retried briefly: another docs build may be swapping at the
 * same moment.
 */
async function swapIntoPlace(staging: string, work: string): Promise<void> {
  const target = join(root, "site");
  for (let attempt = 1; ; attempt++) {
    try {
      if (existsSync(target)) renameSync(target, join(work, `old-site-${attempt}`));
      renameSync(staging, target);
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((done) => setTimeout(done, 200 * attempt));
    }
  }
}

function ensurePackageBuilt(): void {
  if (!packageIsStale(root)) return;
  console.log("dist/ is missing or older than its sources: building the package first");
  const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/build.ts")], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("the package build failed, so the docs were not built");
}

async function main(): Promise<void> {
  const started = Date.now();
  ensurePackageBuilt();
  const data = indexDataset(readDataFile(join(root, "dist/data.json")));
  const work = join(root, ".tmp", `docs-${process.pid}`);
  const pagesDir = join(work, "pages");
  const staging = join(work, "site");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const generated = writeSitePages({ data, pagesDir, repoRoot: root });
    const { inject, found } = injector(siteInjections(data, rulesTable(ruleDocs(root))));
    const { pages, withoutExample } = await buildTypedocSite({
      repoRoot: root,
      out: staging,
      documents: [...guideFiles(join(root, "docs")), ...guideFiles(join(root, "docs/releases")), ...generated.files],
      inject,
      title: `central-asia-security ${data.file.version}`,
      banner: (url) => [unreleasedBanner(data), landingBanner(data, url)].filter(Boolean).join(""),
    });

    const missing = [...found].filter(([, urls]) => urls.length === 0).map(([marker]) => marker);
    if (missing.length)
      throw new Error(
        `marker${missing.length > 1 ? "s" : ""} ${missing.join(", ")} not found in any page (the README holds the dataset marker, docs/contributing.md the rules marker, docs/data-model.md the vocabularies marker)`,
      );
    const expected = data.all.map((r) => siteUrl(recordPagePath(r.kind, r.id)));
    const absent = expected.filter((url) => !existsSync(join(staging, url)));
    if (absent.length) throw new Error(`record pages missing from the site: ${absent.join(", ")}`);

    const marks = timelineMarks(data.primary);
    writeFileSync(
      join(staging, TIMELINE_SVG_FILE),
      `<?xml version="1.0" encoding="UTF-8"?>\n${timelineSvg(marks, { href: (m) => relativeUrl(TIMELINE_SVG_FILE, siteUrl(recordPagePath(m.kind, m.id))) })}\n`,
    );
    const info = {
      version: data.file.version,
      hash: data.file.hash,
      pages: pages.length,
      recordPages: expected.length,
      timelineMarks: marks.length,
      builtIn: `${((Date.now() - started) / 1000).toFixed(1)} s`,
    };
    writeFileSync(join(staging, SITE_STAMP), `${JSON.stringify(info, null, 1)}\n`);
    await swapIntoPlace(staging, work);
    if (withoutExample.length) console.log(`note: ${withoutExample.length} exports have no @example in their doc comment: ${withoutExample.join(", ")}`);
    console.log(`docs site built in site/: ${pages.length} pages (${expected.length} record pages, ${generated.count} generated pages, ${marks.length} timeline marks) in ${info.builtIn}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`Docs build failed: ${(error as Error).message}`);
  process.exit(1);
});
