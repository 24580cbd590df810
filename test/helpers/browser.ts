/**
 * The run's one headless Chromium (launched by the global setup, driven by playwright-core) and a
 * static file server for it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { inject } from "vitest";

/** The path of the Chromium executable the run uses (`$CHROMIUM_PATH`, else the one from `@sparticuz/chromium`). */
export function chromiumPath(): string {
  return inject("chromium").executablePath;
}

/**
 * Connects to the run's Chromium. Open pages in contexts of your own (`browser.newPage()` or
 * `browser.newContext()`); `close()` closes them and disconnects, leaving the browser to the
 * other suites.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.connect(inject("chromium").endpoint);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Files served in place of the real ones to requests that carry a header (`header: "1"`). */
export interface Substitutes {
  /** The request header, lower case, that asks for the substitutes. */
  readonly header: string;
  /** Body by URL path (`/assets/search.js`). */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * Serves the files of `root` on 127.0.0.1 (a free port), `index.html` for a folder's URL;
 * resolves to the server and its base URL (ending in `/`). Files may be cached by the browser
 * for the life of the server (an hour at most): write them before serving. Requests with
 * `substitutes.header` set get `substitutes.files` instead of the real files at those paths
 * (never cached, so the other requests still get the real ones).
 */
export function serveFolder(root: string, substitutes?: Substitutes): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const substitute = substitutes && request.headers[substitutes.header] === "1" ? substitutes.files[path] : undefined;
    if (substitute !== undefined) {
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" }).end(substitute);
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    // Cacheable, so that pages sharing scripts and styles load them once per browser context.
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }));
  });
}
