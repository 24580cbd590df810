import { readFileSync } from "node:fs";
import { compareVersions } from "../scripts/lib/manifests.js";
import { pendingChangesets } from "../scripts/release/changesets.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers/data-tree.js";
import { dataset, declarations, meetings } from "../src/index.js";

const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as Record<string, any>;

describe("package contract", () => {
  it("has no runtime dependencies and no install scripts", () => {
    expect(pkg.dependencies).toBeUndefined();
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts[hook]).toBeUndefined();
  });

  it("pins every devDependency to an exact version (an npm alias included, e.g. a second TypeScript)", () => {
    for (const [name, version] of Object.entries(pkg.devDependencies as Record<string, string>)) {
      // Exact: a version, never a range (a pre-release tag such as 1.5.6-r.1 is still one version),
      // optionally behind an npm alias (npm:typescript@5.4.5).
      expect(version, name).toMatch(/^(?:npm:(?:@[\w.-]+\/)?[\w.-]+@)?\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/);
    }
  });

  it("ships a runtime entry that imports no node:* module (ESM and CJS)", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(join(REPO, file), "utf8");
      expect(code, file).not.toMatch(/(?:from\s*|require\(\s*|import\(\s*)["']node:/);
      expect(code, file).not.toMatch(/require\(\s*["'](?:fs|path|crypto|os)["']/);
    }
  });

  it("stamps the package version on the dataset, or between releases the prerelease of the next version (docs/versioning.md)", () => {
    if (dataset.version === pkg.version) return;
    const [, next, pending] = /^(\d+\.\d+\.\d+)-next\.(\d+)$/.exec(dataset.version) ?? [];
    expect(next, `dataset ${dataset.version}, package ${pkg.version}`).toBeDefined();
    expect(compareVersions(next!, pkg.version)).toBeGreaterThan(0);
    expect(Number(pending)).toBe(pendingChangesets(join(REPO, ".changeset"), "central-asia-security").filter((c) => c.bump !== "none").length);
  });
});

describe("records are deep-frozen", () => {
  it("throws in strict mode when a consumer writes to a record, a nested claim or an array", () => {
    const meeting = meetings[0]!;
    expect(() => {
      (meeting as { title: string }).title = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (meeting.evidence[0] as { quote: string }).quote = "changed";
    }).toThrow(TypeError);
    expect(() => (meetings as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (dataset as { hash: string }).hash = "x";
    }).toThrow(TypeError);
  });

  it("counts every record of each kind", () => {
    expect(dataset.counts.meeting).toBe(meetings.length);
    expect(dataset.counts.declaration).toBe(declarations.length);
    expect(dataset.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
