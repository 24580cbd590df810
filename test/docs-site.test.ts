/**
 * The built docs site, in a real browser: the run's Chromium driven by playwright-core (test/helpers/browser.ts).
 * The site is built first when it is missing or older than its inputs, then served from a
 * throwaway static server on 127.0.0.1. One crawl, in a phone-sized window (390 px), follows
 * every internal link from the landing page and records, per page, console errors, failed
 * requests, links, element ids and anything wider than the window; the tests read it. The
 * pictures are then checked at 1280 and 390 px, and screenshots written to test-results/.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { inflateSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAP_PATH, NETWORK_PATH, recordPagePath, siteUrl, TIMELINE_PATH } from "../scripts/docs/links.js";
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
/** The phone width every page must fit, in CSS px (an iPhone 12 to 15). */
const PHONE = 390;

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
  /** How far the page scrolls sideways at the crawl's width (0: not at all), and the widest culprits. */
  readonly overflow: { readonly by: number; readonly culprits: readonly string[] };
  /** The nodes of the page's network pictures: record id and absolute link. */
  readonly networkNodes: readonly { readonly id: string; readonly url: string }[];
  /** The places of the page's map pictures: place id, meetings label and absolute link. */
  readonly mapPlaces: readonly { readonly id: string; readonly label: string; readonly url: string }[];
}

/** The box of an element on screen, in CSS px. */
interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}
/** The few DOM members the in-page functions use (the project's tsconfig has no DOM library). */
interface El {
  readonly id: string;
  readonly tagName: string;
  readonly className: unknown;
  readonly textContent: string | null;
  readonly parentElement: El | null;
  getAttribute(name: string): string | null;
  closest(selector: string): El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
  getBoundingClientRect(): Box;
}
/** The page's globals, inside `page.evaluate` callbacks. */
interface Dom {
  readonly document: {
    readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
    querySelector(selector: string): El | null;
    querySelectorAll(selector: string): Iterable<El>;
  };
  readonly location: { readonly href: string };
  getComputedStyle(el: El): { readonly display: string; readonly visibility: string; readonly overflowX: string };
}

/** What {@link visit} reads from a page once it is shown. */
interface PageFacts {
  readonly links: Link[];
  readonly ids: string[];
  readonly networkNodes: Crawled["networkNodes"];
  readonly mapPlaces: Crawled["mapPlaces"];
  readonly overflow: Crawled["overflow"];
}

/**
 * The page's links, element ids, network nodes and map places, and how far it scrolls sideways
 * with the widest elements that stick out of the window (outside any box that scrolls on its
 * own), to name in a failure. Returned as one JSON string: the crawl reads a few hundred links
 * from every page, and a string crosses from the browser to the test far more cheaply than the
 * same data as objects (about a tenth of the crawl's CPU time).
 */
const PAGE_FACTS = (): string => {
  const dom = globalThis as never as Dom;
  const { document, location } = dom;
  const overflow = (): PageFacts["overflow"] => {
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth <= clientWidth) return { by: 0, culprits: [] };
    const inScrollBox = (el: El): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) if (["auto", "scroll", "hidden"].includes(dom.getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > clientWidth + 1 && !inScrollBox(el))
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({ el, right }) => `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "")}"> reaches ${Math.round(right)} px: ${(el.textContent ?? "").trim().slice(0, 60)}`);
    return { by: scrollWidth - clientWidth, culprits };
  };
  const facts: PageFacts = {
    links: [...document.querySelectorAll("a[href]")].map((a) => ({ url: new URL(a.getAttribute("href")!, location.href).href, inContent: a.closest(".col-content") !== null })),
    ids: [...document.querySelectorAll("[id], a[name]")].map((e) => e.id || e.getAttribute("name") || ""),
    networkNodes: [...document.querySelectorAll("svg.cas-network a.cas-node")].map((a) => ({ id: a.getAttribute("data-id")!, url: new URL(a.getAttribute("href")!, location.href).href })),
    mapPlaces: [...document.querySelectorAll("svg.cas-map a.cas-place")].map((a) => ({
      id: a.getAttribute("data-id")!,
      label: a.querySelector("text")?.textContent ?? "",
      url: new URL(a.getAttribute("href")!, location.href).href,
    })),
    overflow: overflow(),
  };
  return JSON.stringify(facts);
};

/**
 * True once typedoc has shown the page: each page hides its body until its script has built the
 * navigation (or half a second has passed), so nothing on it has a size before.
 */
const PAGE_SHOWN = (): boolean => (globalThis as never as { document: { body: { style: { display: string } } } }).document.body.style.display !== "none";

/** True once typedoc's script has built the navigation tree (from assets/navigation.js). */
const NAV_RENDERED = (): boolean => (globalThis as never as Dom).document.querySelector("#tsd-nav-container a") !== null;

const withoutFragment = (url: string): string => url.replace(/#.*$/, "");
const isPage = (url: string): boolean => /\.html$|\/$/.test(new URL(url).pathname);

/**
 * Collects `page`'s console errors, uncaught exceptions, HTTP errors and failed requests into
 * `errors` until `stop()` is called.
 */
function watchErrors(page: Page): { errors: string[]; stop(): void } {
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
  const stop = (): void => {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
    page.off("requestfailed", onFailed);
  };
  return { errors, stop };
}

/** Opens `url` in `page` and collects its console errors, failed requests, links and ids. */
async function visit(page: Page, url: string): Promise<Crawled> {
  const { errors, stop } = watchErrors(page);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    const status = response?.status() ?? 0;
    if (status !== 200) return { status, errors, links: [], ids: new Set(), overflow: { by: 0, culprits: [] }, networkNodes: [], mapPlaces: [] };
    // The navigation tree is built by script from assets/navigation.js; wait for it so its links are crawled too.
    await page.waitForFunction(NAV_RENDERED, undefined, { timeout: WAIT }).catch(() => errors.push("the navigation tree did not render"));
    await page.waitForFunction(PAGE_SHOWN, undefined, { timeout: WAIT }).catch(() => errors.push("the page stayed hidden"));
    const found = JSON.parse(await page.evaluate(PAGE_FACTS)) as PageFacts;
    return { status, errors, links: found.links, ids: new Set(found.ids), overflow: found.overflow, networkNodes: found.networkNodes, mapPlaces: found.mapPlaces };
  } finally {
    stop();
  }
}

/**
 * The request header with which the crawl asks for an empty `assets/search.js`. The search index
 * is one file, the same on every page, and loading it is a third of a page's CPU time in the
 * browser; the search tests below load it for real and check it raises no error.
 */
const CRAWL_HEADER = "x-cas-crawl";

/** Crawls every internal page reachable from `start` with a few tabs; non-page files are fetched, not opened. */
async function crawl(browser: Browser, base: string, start: string): Promise<Map<string, Crawled>> {
  const seen = new Map<string, Crawled>();
  const queued = new Set([start]);
  const queue = [start];
  const context = await browser.newContext({ viewport: { width: PHONE, height: 844 }, extraHTTPHeaders: { [CRAWL_HEADER]: "1" } });
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
          result = { status: response.status, errors: [], links: [], ids: new Set(), overflow: { by: 0, culprits: [] }, networkNodes: [], mapPlaces: [] };
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
  ({ server, url: base } = await serveFolder(SITE, { header: CRAWL_HEADER, files: { "/assets/search.js": "// The crawl's stand-in: see CRAWL_HEADER in test/docs-site.test.ts.\n" } }));
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
  it("names the dataset version it documents in its title, with a banner on every page while that version is unreleased", () => {
    const read = (path: string): string => readFileSync(join(SITE, path), "utf8");
    const landingHtml = read("index.html");
    expect(landingHtml).toContain(`<title>central-asia-security ${data.file.version}</title>`);
    const record = data.all[0]!;
    const recordHtml = read(`${recordPagePath(record.kind, record.id)}.html`);
    for (const html of [landingHtml, recordHtml]) expect(html.includes("cas-unreleased"), "unreleased banner").toBe(data.file.version.includes("-"));
    // Each record page shows how to cite it at this version.
    expect(recordHtml).toContain("Cite this record");
    expect(recordHtml).toContain(data.file.hash);
  });

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
        if (target?.status !== 200) broken.push(`${link.url.slice(base.length)} (HTTP ${target?.status ?? "not crawled"}), linked from ${url.slice(base.length)}`);
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

  it.each(["Doha", "Tashkent"])("finds %s with the search box, and the result opens a record page, without console errors", async (term) => {
    const page = await openPage();
    const { errors } = watchErrors(page);
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
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("lists each record once in the search index: its page, not also its id in the API reference's type maps", () => {
    // typedoc writes the index as base64 of deflated JSON: { rows: [{ name, url, … }], index }.
    const encoded = /window\.searchData = "([^"]+)"/.exec(readFileSync(join(SITE, "assets/search.js"), "utf8"))![1]!;
    const { rows } = JSON.parse(inflateSync(Buffer.from(encoded, "base64")).toString("utf8")) as { rows: { name: string; url: string }[] };
    const ids = new Set(Object.values(data.file.records).flatMap((records) => (records as readonly { id: string }[]).map((r) => r.id)));
    const entriesOf = (id: string) => rows.filter((row) => row.name === id || row.url.endsWith(`/${id}.html`));
    expect([...ids].filter((id) => entriesOf(id).length !== 1)).toEqual([]);
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
      await page.waitForFunction(PAGE_SHOWN);
      const link = page.locator(`.col-content section.cas-relation:has(h3:text-is("Adopted at")) a[href$="${recordPagePath("meeting", meeting.id).split("/").pop()}.html"]`);
      await expect.poll(() => link.count(), { timeout: WAIT }).toBeGreaterThan(0);
      expect((await link.first().textContent())?.trim()).toBe(recordTitle(meeting));
      const quote = declaration!.evidence[0]!.quote;
      const shown = await page.locator("blockquote.cas-quote p.cas-said").allTextContents();
      expect(shown).toContain(quote);
      expect(await page.locator("blockquote.cas-quote").first().isVisible()).toBe(true);
      await link.first().click();
      await page.waitForURL(pageOf(recordPagePath("meeting", meeting.id)));
    } finally {
      await page.close();
    }
  });

  it(`scrolls no page sideways in a ${PHONE} px window: wide tables and pictures scroll inside their own box`, () => {
    const crawled = [...pages].filter(([url, page]) => isPage(url) && page.status === 200);
    expect(crawled.length).toBeGreaterThan(data.all.length);
    const wide = crawled.filter(([, page]) => page.overflow.by > 0).map(([url, page]) => `${url.slice(base.length)} scrolls ${page.overflow.by} px sideways: ${page.overflow.culprits.join("; ")}`);
    expect(wide).toEqual([]);
  });

  it.each([1280, PHONE])("labels every timeline mark with visible text, without overlaps, on the timeline page and the landing page at %i px", async (width) => {
    const dated = data.primary
      .filter((r) => r.bounds)
      .map((r) => r.id)
      .sort();
    expect(dated.length).toBeGreaterThan(0);
    const page = await openPage({ viewport: { width, height: 900 } });
    try {
      for (const url of [pageOf(TIMELINE_PATH), landing]) {
        await page.goto(url, { waitUntil: "load" });
        await page.waitForFunction(PAGE_SHOWN);
        const seen = await page.evaluate(() => {
          const dom = globalThis as never as Dom;
          const shown = [...dom.document.querySelectorAll("svg.cas-timeline")].filter((svg) => dom.getComputedStyle(svg).display !== "none" && svg.getBoundingClientRect().width > 0);
          const svg = shown[0]!;
          const frame = svg.getBoundingClientRect();
          const marks = [...svg.querySelectorAll("a.cas-mark")].map((a) => {
            const label = a.querySelector("text.cas-label")!;
            const box = label.getBoundingClientRect();
            return {
              id: a.getAttribute("data-id")!,
              text: [...label.querySelectorAll("tspan")].map((t) => t.textContent ?? "").join(" "),
              box,
              hidden: dom.getComputedStyle(label).visibility === "hidden",
              point: a.querySelector(".cas-point")!.getBoundingClientRect(),
            };
          });
          return { svgs: shown.length, frame, marks, title: svg.querySelector("title")?.textContent ?? "", desc: svg.querySelector("desc")?.textContent ?? "" };
        });
        expect(seen.svgs, `${url}: one timeline shown at ${width} px`).toBe(1);
        expect(seen.title && seen.desc, "the picture has a title and a description").toBeTruthy();
        expect(seen.marks.map((m) => m.id).sort(), url).toEqual(dated);
        for (const m of seen.marks) {
          const record = data.byId.get(m.id)!;
          expect(m.text.replace(/\s+/g, " "), `label of ${m.id}`).toBe(recordTitle(record));
          expect(m.hidden).toBe(false);
          // Readable: at least 10 px tall lines, inside the picture.
          expect(m.box.height, `${m.id}: label height`).toBeGreaterThanOrEqual(10);
          expect(m.box.left, `${m.id}: label inside the picture`).toBeGreaterThanOrEqual(seen.frame.left - 1);
          expect(m.box.right, `${m.id}: label inside the picture`).toBeLessThanOrEqual(seen.frame.right + 1);
        }
        const overlaps: string[] = [];
        const hit = (a: Box, b: Box): boolean => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        for (const [i, a] of seen.marks.entries()) {
          for (const b of seen.marks.slice(i + 1)) {
            if (hit(a.box, b.box)) overlaps.push(`the labels of ${a.id} and ${b.id}`);
            if (hit(a.box, b.point) || hit(b.box, a.point)) overlaps.push(`a label and the mark of ${a.id} / ${b.id}`);
          }
        }
        expect(overlaps, `${url} at ${width} px`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it("links every network node to its page, on the network page and on each actor page that has a network", () => {
    const actorsWithParts = data.file.records.actor.filter((a) => data.primary.some((r) => (r.participants ?? []).some((p) => p.actor === a.id)));
    expect(actorsWithParts.length).toBeGreaterThan(0);
    const participations = data.primary.flatMap((r) => (r.participants ?? []).map((p) => ({ actor: p.actor, record: r.id })));
    for (const path of [NETWORK_PATH, ...actorsWithParts.map((a) => recordPagePath("actor", a.id))]) {
      const url = pageOf(path);
      const crawled = pages.get(url);
      expect(crawled?.status, url).toBe(200);
      const focus = path === NETWORK_PATH ? undefined : path.split("/").pop()!;
      const records = new Set(participations.filter((p) => focus === undefined || p.actor === focus).map((p) => p.record));
      const expected = new Set([...records, ...participations.filter((p) => records.has(p.record)).map((p) => p.actor)]);
      // Each picture is laid out twice (wide screens and phones), with the same nodes.
      const nodes = crawled!.networkNodes;
      expect(nodes.length, url).toBe(2 * expected.size);
      expect(new Set(nodes.map((n) => n.id)), url).toEqual(expected);
      for (const node of nodes) {
        const record = data.byId.get(node.id)!;
        expect(node.url, `${node.id} on ${path}`).toBe(pageOf(recordPagePath(record.kind, record.id)));
        expect(pages.get(node.url)?.status, `${node.url}, linked from the network on ${path}`).toBe(200);
      }
    }
  });

  it("links every place on the map to its page, labelled with the meetings held there, and gives each place page its locator map", () => {
    const places = data.file.records.place;
    const held = data.primary.filter((r) => r.kind === "meeting" && r.status === "held");
    const map = pages.get(pageOf(MAP_PATH));
    expect(map?.status).toBe(200);
    // Laid out twice (wide screens and phones), with the same places.
    expect(map!.mapPlaces.map((p) => p.id).sort()).toEqual([...places, ...places].map((p) => p.id).sort());
    for (const drawn of map!.mapPlaces) {
      const place = places.find((p) => p.id === drawn.id)!;
      expect(drawn.url).toBe(pageOf(recordPagePath("place", place.id)));
      expect(pages.get(drawn.url)?.status).toBe(200);
      expect(drawn.label).toBe(`${place.name} · ${held.filter((m) => m.places?.some((c) => c.place === place.id)).length}`);
    }
    for (const place of places) {
      const page = pages.get(pageOf(recordPagePath("place", place.id)))!;
      expect(
        page.mapPlaces.filter((p) => p.label !== "").map((p) => p.id),
        place.id,
      ).toEqual([place.id]);
    }
  });

  it("shows the error types of @throws tags on the API pages", () => {
    // Every `@throws {Type}` in a doc comment of an exported function of src/, as typedoc renders it.
    const thrown = new Map<string, Set<string>>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith(".ts")) {
          for (const [, comment, name] of readFileSync(file, "utf8").matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)/g)) {
            const types = [...comment!.matchAll(/@throws \{(\w+)\}/g)].map((m) => m[1]!);
            if (types.length) thrown.set(name!, new Set([...(thrown.get(name!) ?? []), ...types]));
          }
        }
      }
    };
    walk(join(REPO, "src"));
    const documented = [...thrown].filter(([name]) => existsSync(join(SITE, "functions", `${name}.html`)));
    expect(documented.map(([name]) => name)).toEqual(expect.arrayContaining(["timeline", "search"]));
    for (const [name, types] of documented) {
      const html = readFileSync(join(SITE, "functions", `${name}.html`), "utf8");
      const shown = [...html.matchAll(/<div class="tsd-tag-throws">[\s\S]*?<span class="tsd-type-annotation">\{?(\w+)\}?<\/span>/g)].map((m) => m[1]);
      expect(new Set(shown), `Throws on functions/${name}.html`).toEqual(types);
    }
  });

  it.each([TIMELINE_PATH, NETWORK_PATH, MAP_PATH])("gives the picture of the %s page the width a 1280 px screen offers, past the text column, without sideways scrolling", async (path) => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pageOf(path), { waitUntil: "load" });
      await page.waitForFunction(PAGE_SHOWN);
      const measured = await page.evaluate(() => {
        const { document } = globalThis as never as Dom;
        return { picture: document.querySelector(".cas-wide-figure .cas-wide-only svg")?.getBoundingClientRect().width ?? 0, page: document.documentElement.scrollWidth };
      });
      // The text column of a page with the page menu is about 660 px at 1280 px.
      expect(measured.picture, "rendered width of the wide picture").toBeGreaterThan(800);
      expect(measured.page, "the page's scroll width").toBeLessThanOrEqual(1280);
    } finally {
      await page.close();
    }
  });

  it("writes screenshots of the landing page, a record page, the timeline, the network, the map and a place page at 1280 and 390 px", { timeout: 180_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const shots: [string, string][] = [
      ["landing", landing],
      ["record", pageOf(recordPagePath("declaration", "2018-tashkent-declaration"))],
      ["timeline", pageOf(TIMELINE_PATH)],
      ["network", pageOf(NETWORK_PATH)],
      ["map", pageOf(MAP_PATH)],
      ["place", pageOf(recordPagePath("place", "tashkent"))],
    ];
    for (const width of [1280, PHONE]) {
      const page = await openPage({ viewport: { width, height: width === PHONE ? 844 : 900 } });
      try {
        for (const [name, url] of shots) {
          await page.goto(url, { waitUntil: "load" });
          await page.waitForFunction(NAV_RENDERED);
          await page.waitForFunction(PAGE_SHOWN);
          const file = join(ARTIFACTS, `docs-${name}-${width}.png`);
          await page.screenshot({ path: file, fullPage: name !== "landing" });
          expect(existsSync(file)).toBe(true);
        }
      } finally {
        await page.close();
      }
    }
  });
});
