/**
 * The built docs site, in a real browser: the run's Chromium driven by playwright-core. The site
 * is built first when it is missing or older than its inputs, then served from a throwaway
 * static server on 127.0.0.1. One crawl follows every internal link from the landing page and
 * records, per page, console errors, failed requests, links and element ids; the tests read it.
 */
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordPagePath, siteUrl, TIMELINE_PATH } from "../scripts/docs/links.js";
import { citedSources, indexDataset, readDataFile, recordTitle, type SiteData } from "../scripts/docs/model.js";
import { siteIsStale } from "../scripts/docs/stale.js";
import { launchChromium, serveFolder } from "./helpers/browser.js";

const REPO = resolve(import.meta.dirname, "..");
const SITE = join(REPO, "site");
const ARTIFACTS = join(REPO, "test-results");
/** Pages crawled at once; the crawl is CPU-bound, so a few tabs suffice. */
const TABS = 4;
/** A safety net for in-page waits, far above their idle time (well under a second). */
const WAIT = 60_000;

/** A link found on a page. */
interface Link {
  /** Absolute URL, fragment included. */
  readonly url: string;
  /** True for links in the page's main content (not the navigation sidebar or toolbar). */
  readonly inContent: boolean;
}

/** What the crawl saw on one page. */
interface Crawled {
  readonly status: number;
  readonly errors: string[];
  readonly links: Link[];
  readonly ids: Set<string>;
}

/** The few DOM members the in-page functions use (the project's tsconfig has no DOM library). */
interface El {
  readonly id: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): El | null;
  querySelector(selector: string): El | null;
  getBoundingClientRect(): { readonly width: number };
}
/** The page's globals, inside `page.evaluate` callbacks. */
interface Dom {
  readonly document: { querySelector(selector: string): El | null; querySelectorAll(selector: string): Iterable<El> };
  readonly location: { readonly href: string };
}

/** True once typedoc's script has built the navigation tree (from assets/navigation.js). */
const NAV_RENDERED = (): boolean => (globalThis as never as Dom).document.querySelector("#tsd-nav-container a") !== null;

const withoutFragment = (url: string): string => url.replace(/#.*$/, "");
const isPage = (url: string): boolean => /\.html$|\/$/.test(new URL(url).pathname);

/** Opens `url` in `page` and collects its console errors, failed requests, links and ids. */
async function visit(page: Page, url: string): Promise<Crawled> {
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => errors.push(`uncaught exception: ${error.message}`);
  const onResponse = (response: { status(): number; url(): string }) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  };
  const onFailed = (request: { url(): string; failure(): { errorText: string } | null }) => {
    // ERR_ABORTED is a request cut short by leaving the page (the favicon, say); a missing file shows as an HTTP status.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("response", onResponse);
  page.on("requestfailed", onFailed);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    const status = response?.status() ?? 0;
    if (status !== 200) return { status, errors, links: [], ids: new Set() };
    // The navigation tree is built by script from assets/navigation.js; wait for it so its links are crawled too.
    await page.waitForFunction(NAV_RENDERED, undefined, { timeout: WAIT }).catch(() => errors.push("the navigation tree did not render"));
    const found = await page.evaluate(() => {
      const { document, location } = (globalThis as never as Dom);
      return {
        links: [...document.querySelectorAll("a[href]")].map((a) => ({ url: new URL(a.getAttribute("href")!, location.href).href, inContent: a.closest(".col-content") !== null })),
        ids: [...document.querySelectorAll("[id], a[name]")].map((e) => e.id || e.getAttribute("name") || ""),
      };
    });
    return { status, errors, links: found.links, ids: new Set(found.ids) };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
    page.off("requestfailed", onFailed);
  }
}

/** Crawls every internal page reachable from `start` with a few tabs; non-page files are fetched, not opened. */
async function crawl(browser: Browser, base: string, start: string): Promise<Map<string, Crawled>> {
  const seen = new Map<string, Crawled>();
  const queued = new Set([start]);
  const queue = [start];
  const context = await browser.newContext();
  context.setDefaultTimeout(WAIT);
  let busy = 0;
  const worker = async (): Promise<void> => {
    const page = await context.newPage();
    while (queue.length > 0 || busy > 0) {
      const url = queue.shift();
      if (!url) {
        await new Promise((done) => setTimeout(done, 20));
        continue;
      }
      busy++;
      try {
        let result: Crawled;
        if (isPage(url)) {
          result = await visit(page, url);
        } else {
          const response = await fetch(url);
          result = { status: response.status, errors: [], links: [], ids: new Set() };
        }
        seen.set(url, result);
        for (const link of result.links) {
          const target = withoutFragment(link.url);
          if (target.startsWith(base) && !queued.has(target)) {
            queued.add(target);
            queue.push(target);
          }
        }
      } finally {
        busy--;
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  await context.close();
  return seen;
}

/** Shortest number of clicks on main-content links from `start` to every page. */
function clickDistances(pages: ReadonlyMap<string, Crawled>, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const url = queue.shift()!;
    for (const link of pages.get(url)?.links ?? []) {
      const target = withoutFragment(link.url);
      if (link.inContent && !distance.has(target) && pages.has(target)) {
        distance.set(target, distance.get(url)! + 1);
        queue.push(target);
      }
    }
  }
  return distance;
}

/** Builds the site when it is missing or older than its inputs. */
async function ensureSite(): Promise<void> {
  if (!siteIsStale(REPO)) return;
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", join(REPO, "scripts/docs/build.ts")], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run docs failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

let browser: Browser;
let server: Server;
let base: string;
let landing: string;
let pages: Map<string, Crawled>;
let data: SiteData;
const pageOf = (path: string): string => new URL(siteUrl(path), base).href;

/** A page in a context of its own, whose waits time out only after {@link WAIT}. */
async function openPage(options?: Parameters<Browser["newPage"]>[0]): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(WAIT);
  return page;
}

beforeAll(async () => {
  await ensureSite();
  data = indexDataset(readDataFile(join(REPO, "dist/data.json")));
  ({ server, url: base } = await serveFolder(SITE));
  landing = new URL("index.html", base).href;
  browser = await launchChromium();
  pages = await crawl(browser, base, landing);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000); // builds the site when stale, then opens every page: under a minute idle, many minutes on a machine shared by several runs

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe("docs site", () => {
  it("crawls every page of the site from the landing page, and every record has a page", () => {
    const missing = data.all.map((r) => pageOf(recordPagePath(r.kind, r.id))).filter((url) => pages.get(url)?.status !== 200);
    expect(missing, "record pages not reachable by links from the landing page").toEqual([]);
    expect([...pages.keys()].filter(isPage).length).toBeGreaterThan(data.all.length);
  });

  it("loads every page without console errors, uncaught exceptions or failed requests", () => {
    const problems = [...pages].flatMap(([url, page]) => page.errors.map((error) => `${url.slice(base.length)}: ${error}`));
    expect(problems).toEqual([]);
  });

  it("has no broken internal link (target missing, or its #fragment not on the target page)", () => {
    const broken: string[] = [];
    for (const [url, page] of pages) {
      for (const link of page.links) {
        if (!link.url.startsWith(base)) continue;
        const target = pages.get(withoutFragment(link.url));
        const fragment = decodeURIComponent(new URL(link.url).hash.slice(1));
        if (!target || target.status !== 200) broken.push(`${link.url.slice(base.length)} (HTTP ${target?.status ?? "not crawled"}), linked from ${url.slice(base.length)}`);
        else if (fragment && isPage(link.url) && !target.ids.has(fragment)) broken.push(`${link.url.slice(base.length)} (no element #${fragment}), linked from ${url.slice(base.length)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("takes a newcomer from the landing page to any record in at most three clicks", () => {
    const distances = clickDistances(pages, landing);
    const far = data.all
      .map((r) => ({ id: r.id, clicks: distances.get(pageOf(recordPagePath(r.kind, r.id))) }))
      .filter(({ clicks }) => clicks === undefined || clicks > 3)
      .map(({ id, clicks }) => `${id}: ${clicks ?? "unreachable"} clicks`);
    expect(far).toEqual([]);
  });

  it("links every record page to each source it cites (one click from a record to its sources)", () => {
    const unlinked = data.all.flatMap((record) => {
      const page = pages.get(pageOf(recordPagePath(record.kind, record.id)));
      const links = new Set(page?.links.filter((l) => l.inContent).map((l) => withoutFragment(l.url)));
      return citedSources(record)
        .filter((source) => !links.has(pageOf(recordPagePath("source", source))))
        .map((source) => `${record.id} does not link to ${source}`);
    });
    expect(unlinked).toEqual([]);
  });

  it.each(["Doha", "Tashkent"])("finds %s with the search box, and the result opens a record page", async (term) => {
    const page = await openPage();
    try {
      await page.goto(landing, { waitUntil: "load" });
      await page.click("#tsd-search-trigger");
      await page.fill("#tsd-search-input", term);
      const results = page.locator("#tsd-search-results li a");
      await expect.poll(async () => (await results.allTextContents()).join(" | "), { timeout: WAIT }).toContain(term);
      const hrefs = await results.evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
      const recordResult = hrefs.find((href) => href.includes("/records/"));
      expect(recordResult, `a search result for ${term} that is a record page`).toBeDefined();
      await page.goto(recordResult!, { waitUntil: "load" });
      expect(await page.locator(".col-content h1").first().textContent()).toBeTruthy();
    } finally {
      await page.close();
    }
  });

  it("shows on the Tashkent Declaration's page the meeting that adopted it and a verbatim quote", async () => {
    const declaration = data.file.records.declaration.find((d) => d.title === "Tashkent Declaration");
    expect(declaration, "the Tashkent Declaration in dist/data.json").toBeDefined();
    const adoptedAt = (declaration!.relations ?? []).find((r) => r.type === "adopted-at");
    expect(adoptedAt, "its adopted-at relation").toBeDefined();
    const meeting = data.byId.get(adoptedAt!.target)!;
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pageOf(recordPagePath("declaration", declaration!.id)), { waitUntil: "load" });
      const link = page.locator(`.col-content section.cas-relation:has(h3:text-is("Adopted at")) a[href$="${recordPagePath("meeting", meeting.id).split("/").pop()}.html"]`);
      await expect.poll(() => link.count(), { timeout: WAIT }).toBeGreaterThan(0);
      expect((await link.first().textContent())?.trim()).toBe(recordTitle(meeting));
      const quote = declaration!.evidence[0]!.quote;
      const shown = await page.locator("blockquote.cas-quote p.cas-said").allTextContents();
      expect(shown).toContain(quote);
      expect(await page.locator("blockquote.cas-quote").first().isVisible()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, "docs-record-page.png"), fullPage: true });
      await link.first().click();
      await page.waitForURL(pageOf(recordPagePath("meeting", meeting.id)));
    } finally {
      await page.close();
    }
  });

  it("draws the timeline with one mark per dated record, on the timeline page and on the landing page", async () => {
    const dated = data.primary.filter((r) => r.bounds).map((r) => r.id).sort();
    expect(dated.length).toBeGreaterThan(0);
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    try {
      for (const url of [pageOf(TIMELINE_PATH), landing]) {
        await page.goto(url, { waitUntil: "load" });
        const marks = page.locator("svg.cas-timeline a.cas-mark");
        expect((await marks.evaluateAll((as) => (as as unknown as El[]).map((a) => a.getAttribute("data-id")!))).sort(), url).toEqual(dated);
        const titled = await marks.evaluateAll((as) => (as as unknown as El[]).filter((a) => a.querySelector("title")?.textContent).length);
        expect(titled, "every mark has a <title> tooltip").toBe(dated.length);
        const visible = await marks.evaluateAll((as) => (as as unknown as El[]).filter((a) => a.querySelector("rect")!.getBoundingClientRect().width > 0).length);
        expect(visible, "every mark is drawn").toBe(dated.length);
      }
      await page.goto(landing, { waitUntil: "load" });
      await page.waitForFunction(NAV_RENDERED);
      await page.screenshot({ path: join(ARTIFACTS, "docs-landing.png") });
      await page.locator("svg.cas-timeline").first().screenshot({ path: join(ARTIFACTS, "docs-timeline.png") });
    } finally {
      await page.close();
    }
  });
});
