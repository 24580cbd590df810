/**
 * Which Chromium the tests drive, resolved once per run by the global setup: `$CHROMIUM_PATH`
 * when set, else the one shipped inside the `@sparticuz/chromium` devDependency, unpacked into
 * node_modules/.cache on first use (about 200 MB) and reused by later runs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO } from "./data-tree.js";

/** An executable and the environment it needs; plain data, so the global setup can hand it to test workers. */
export interface ChromiumInstall {
  /** Absolute path of the executable. */
  readonly executablePath: string;
  /** Variables to add to the browser's environment. */
  readonly env: Readonly<Record<string, string>>;
  /** Where it came from, for messages: `CHROMIUM_PATH` or the package name and version. */
  readonly origin: string;
}

/** Flags that keep Chromium quiet and fast on a closed network (not the package's serverless defaults). */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const PACKAGE = join(REPO, "node_modules/@sparticuz/chromium");

/**
 * Resolves the Chromium to test with. `$CHROMIUM_PATH` wins (a system Chromium, say); otherwise
 * the packaged one is unpacked once into `node_modules/.cache/cas-chromium/<version>/`. Call it
 * from one process only (the global setup): the package's unpacker writes its files in place, and
 * two processes writing the same executable fail with ETXTBSY.
 * @throws Error when `$CHROMIUM_PATH` names no file, or the package is not installed (run `npm ci`).
 */
export async function resolveChromium(): Promise<ChromiumInstall> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH is ${override}, but there is no file there: point it at a Chromium executable, or unset it to use the one from @sparticuz/chromium`);
    return { executablePath: override, env: {}, origin: "CHROMIUM_PATH" };
  }
  if (!existsSync(join(PACKAGE, "package.json"))) throw new Error("@sparticuz/chromium is not installed: run npm ci (or set CHROMIUM_PATH to a Chromium executable)");
  const { version } = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")) as { version: string };
  const dir = join(REPO, "node_modules/.cache/cas-chromium", version);
  if (!existsSync(join(dir, "chromium"))) await unpack(dir);
  return {
    executablePath: join(dir, "chromium"),
    env: {
      // The package ships the few shared libraries the binary needs (NSS, NSPR, expat), for machines without them.
      LD_LIBRARY_PATH: [join(dir, "al2023/lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_FILE: join(dir, "fonts.conf"),
    },
    origin: `@sparticuz/chromium ${version}`,
  };
}

/**
 * Unpacks the package's browser, libraries and fonts into a staging folder, then renames it to
 * `dir`: an interrupted unpack never leaves a half-written browser behind, and a concurrent run
 * that finished first wins.
 */
async function unpack(dir: string): Promise<void> {
  mkdirSync(join(dir, ".."), { recursive: true });
  const staging = mkdtempSync(`${dir}.staging-`);
  try {
    // The package's own unpacker, by path: its public executablePath() skips the libraries outside AWS Lambda.
    const { inflate } = (await import(pathToFileURL(join(PACKAGE, "build/esm/lambdafs.js")).href)) as { inflate(file: string): Promise<string> };
    // It writes into os.tmpdir(), which follows TMPDIR.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      for (const file of ["chromium.br", "al2023.tar.br", "fonts.tar.br", "swiftshader.tar.br"]) await inflate(join(PACKAGE, "bin", file));
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    // The bundled fonts, and the system's fonts where it has any.
    writeFileSync(
      join(staging, "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, "fonts")}</dir>\n  <cachedir>${join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(join(dir, "chromium"))) return;
    throw error;
  }
}
