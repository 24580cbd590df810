/** Pending changesets: the bump each `.changeset/*.md` file declares for this package. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUMPS, maxBump, type Bump } from "./bump.js";

/** A pending changeset file and the bump it declares for `packageName`. */
export interface PendingChangeset {
  readonly file: string;
  readonly bump: Bump;
}

/** Reads the front matter of every pending changeset in `dir`. */
export function pendingChangesets(dir: string, packageName: string): PendingChangeset[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
      let bump: Bump = "none";
      for (const line of front.split(/\r?\n/)) {
        const match = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line);
        if (match && match[1] === packageName) bump = maxBump(bump, match[2] as Bump);
      }
      return { file: `.changeset/${name}`, bump };
    });
}

/** The largest bump the pending changesets declare. */
export function declaredBump(changesets: readonly PendingChangeset[]): Bump {
  return changesets.reduce<Bump>((bump, c) => maxBump(bump, c.bump), "none");
}

export { BUMPS };
