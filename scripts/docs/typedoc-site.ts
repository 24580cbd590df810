/**
 * Runs typedoc on the package entry point, the README, the guides and the generated pages, with
 * the site router (stable URLs from each page's `sitePath`) and the post-render injections
 * (markers replaced by HTML whose links depend on the page URL). Warnings fail the build.
 */
import { basename, resolve, sep } from "node:path";
import {
  Application,
  Converter,
  IndexEvent,
  JSX,
  KindRouter,
  PageEvent,
  PackageJsonReader,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
  type DocumentReflection,
  type ProjectReflection,
  type Reflection,
} from "typedoc";
import { guidePagePath } from "./links.js";

/** Replaces markers in a rendered page; returns the new HTML. `url` is the page's URL relative to the site root. */
export type Injector = (html: string, url: string) => string;

/** What to build. */
export interface TypedocSiteOptions {
  readonly repoRoot: string;
  /** Output folder (emptied first). */
  readonly out: string;
  /** Markdown files of the top-level documents, in navigation order. */
  readonly documents: readonly string[];
  /** Post-render rewriting of each page. */
  readonly inject: Injector;
  /** The site's title: the package name and the dataset version it documents (typedoc's own would read package.json's version, which an unreleased build is not). */
  readonly title: string;
  /** HTML shown at the top of the content of the page at `url`, before its title, if any. */
  readonly banner?: (url: string) => string | undefined;
}

/** The result of a typedoc run. */
export interface TypedocSiteResult {
  /** URLs of every HTML page written, relative to the site root. */
  readonly pages: readonly string[];
  /** Exported functions, variables and classes whose doc comment has no `@example`. */
  readonly withoutExample: readonly string[];
}

/** The exported values (functions, variables, classes) of the entry point without an `@example` in their doc comment. */
function exportsWithoutExample(project: ProjectReflection): string[] {
  return (project.children ?? [])
    .filter((r) => r.kindOf(ReflectionKind.Function | ReflectionKind.Variable | ReflectionKind.Class))
    .filter((r) => ![r.comment, ...(r.signatures ?? []).map((s) => s.comment)].some((c) => c?.blockTags.some((t) => t.tag === "@example")))
    .map((r) => r.name);
}

/**
 * One search entry per record: a record's own page is its entry, so the property named after its
 * id in the id-keyed type maps of the API reference (`KindById`) leaves the search index.
 */
function onePerRecord(event: IndexEvent): void {
  const pageIds = new Set(event.searchResults.flatMap((r) => (r.isDocument() && typeof r.frontmatter["sitePath"] === "string" ? [basename(r.frontmatter["sitePath"])] : [])));
  for (let i = event.searchResults.length - 1; i >= 0; i--) {
    const r = event.searchResults[i]!;
    if (r.kindOf(ReflectionKind.Property) && pageIds.has(r.name)) event.removeResult(i);
  }
}

/** The kind router, except that a document with a `sitePath` in its front matter lives at `<sitePath>.html`. */
class SiteRouter extends KindRouter {
  protected override getIdealBaseName(reflection: Reflection): string {
    if (reflection.isDocument() && typeof reflection.frontmatter["sitePath"] === "string") return reflection.frontmatter["sitePath"];
    return super.getIdealBaseName(reflection);
  }
}

/**
 * Gives a guide from `docs/` its site path (`guides/<file name>`), the "Guides" group and, when
 * its front matter has no `title`, the text of its first `#` heading as its name.
 */
function placeGuide(docsDir: string, doc: DocumentReflection): void {
  if (typeof doc.frontmatter["sitePath"] === "string") return;
  const file = doc.project.files.getReflectionPath(doc);
  if (!file || !resolve(file).startsWith(docsDir + sep)) return;
  const name = basename(file).replace(/\.md$/, "");
  doc.frontmatter["sitePath"] = guidePagePath(name);
  doc.frontmatter["group"] ??= "Guides";
  if (doc.name.includes("/") || doc.name === name) {
    const heading = /^#\s+(.+?)\s*#*$/m.exec(doc.content.map((part) => part.text).join(""));
    if (heading) doc.name = heading[1]!;
  }
}

/**
 * Builds the typedoc site into `options.out`. Throws when typedoc reports an error or a
 * warning, after each step, as the typedoc CLI does with `treatWarningsAsErrors`.
 */
export async function buildTypedocSite(options: TypedocSiteOptions): Promise<TypedocSiteResult> {
  const app = await Application.bootstrapWithPlugins(
    {
      options: resolve(options.repoRoot, "typedoc.json"),
      projectDocuments: [...options.documents],
      out: options.out,
      router: "cas-site",
      name: options.title,
      includeVersion: false,
      // Links only what has a scheme (https://…): file names such as CHANGELOG.md or Akorda.kz
      // would otherwise become links to made-up web domains.
      markdownItLoader: (parser: { linkify: { set(options: { fuzzyLink: boolean }): unknown } }) => parser.linkify.set({ fuzzyLink: false }),
    },
    [new TypeDocReader(), new PackageJsonReader(), new TSConfigReader()],
  );
  app.renderer.defineRouter("cas-site", SiteRouter);
  const docsDir = resolve(options.repoRoot, "docs");
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, doc) => placeGuide(docsDir, doc as DocumentReflection));
  app.renderer.hooks.on("content.begin", (context) => {
    const html = options.banner?.(context.page.url);
    return html ? JSX.createElement(JSX.Raw, { html }) : JSX.createElement(JSX.Fragment, null);
  });
  app.renderer.on(IndexEvent.PREPARE_INDEX, onePerRecord);
  const pages: string[] = [];
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents !== undefined) page.contents = options.inject(page.contents, page.url);
    pages.push(page.url);
  });

  // Always strict, whatever the config says: a warning (a broken link, an undocumented export) fails the site.
  const check = (step: string): void => {
    if (app.logger.hasErrors() || app.logger.hasWarnings()) {
      throw new Error(`typedoc ${step} failed: ${app.logger.errorCount} errors, ${app.logger.warningCount} warnings (warnings are errors: see the messages above)`);
    }
  };
  check("options");
  const project = await app.convert();
  if (!project) throw new Error("typedoc could not convert the project (see the messages above)");
  check("conversion");
  app.validate(project);
  check("validation");
  await app.generateOutputs(project);
  check("rendering");
  return { pages, withoutExample: exportsWithoutExample(project) };
}
