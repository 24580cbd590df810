import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/data-tree.js";
import { consumerProject } from "./helpers/packed.js";
import { run } from "./helpers/run.js";

const tsc = join(REPO, "node_modules/typescript/bin/tsc");

describe("the packed tarball in a project without zod", () => {
  let project: string;
  beforeAll(() => {
    project = consumerProject();
  });

  it("installs without zod or any other dependency", () => {
    expect(existsSync(join(project, "node_modules/central-asia-security/package.json"))).toBe(true);
    expect(existsSync(join(project, "node_modules/zod"))).toBe(false);
  });

  it("loads with ESM import", () => {
    writeFileSync(join(project, "esm.mjs"), `import { dataset, meetings } from "central-asia-security";\nconsole.log(JSON.stringify({ n: meetings.length, counts: dataset.counts }));\n`);
    const result = run("node", ["esm.mjs"], { cwd: project });
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as { n: number; counts: { meeting: number } };
    expect(out.n).toBe(out.counts.meeting);
    expect(out.n).toBeGreaterThan(0);
  });

  it("loads with CJS require", () => {
    writeFileSync(join(project, "cjs.cjs"), `const cas = require("central-asia-security");\nconsole.log(cas.declarations.length === cas.dataset.counts.declaration, typeof cas.parseEdtf);\n`);
    const result = run("node", ["cjs.cjs"], { cwd: project });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("true function");
  });

  it("type-checks a file that uses its types under tsc --strict (NodeNext)", () => {
    writeFileSync(
      join(project, "use.ts"),
      [
        'import { meetings, parseEdtf, type Meeting, type DateBounds } from "central-asia-security";',
        "const first: Meeting | undefined = meetings[0];",
        "const bounds: DateBounds = parseEdtf(first?.date?.edtf ?? \"2018\");",
        "export const label: string = `${first?.title}: ${bounds.earliest}`;",
        "",
      ].join("\n"),
    );
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, types: [] }, files: ["use.ts"] }));
    const result = run("node", [tsc, "-p", "."], { cwd: project });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("rejects a misuse of its types under tsc --strict", () => {
    writeFileSync(join(project, "misuse.ts"), 'import { meetings } from "central-asia-security";\nexport const n: number = meetings[0]!.title;\n');
    writeFileSync(join(project, "tsconfig.misuse.json"), JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, types: [] }, files: ["misuse.ts"] }));
    const result = run("node", [tsc, "-p", "tsconfig.misuse.json"], { cwd: project });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("TS2322");
  });
});
