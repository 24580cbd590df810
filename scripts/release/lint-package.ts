/**
 * `npm run lint:package`: publint (strict) and attw on the tarball users would get. Between
 * releases that is the honestly stamped copy (pack-check.ts `packableFolder`), since `npm pack`
 * of the repository itself is refused then; after a release, the repository.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { packableFolder } from "./pack-check.js";

const root = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "cas-lint-package-"));
const bin = (name: string): string => join(root, "node_modules/.bin", name);
try {
  const folder = packableFolder(root, scratch);
  const [info] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], { cwd: folder, encoding: "utf8" })) as { filename: string }[];
  const tarball = join(scratch, info!.filename);
  console.log(`linting ${info!.filename}`);
  execFileSync(bin("publint"), ["run", tarball, "--strict"], { stdio: "inherit" });
  execFileSync(bin("attw"), [tarball, "--exclude-entrypoints", "./data.json", "./datapackage.json", "./schemas/*"], { stdio: "inherit" });
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
