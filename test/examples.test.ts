/**
 * Every ```ts block in an `@example` of an exported symbol (or of a file's `@module` comment)
 * under src/ is type-checked and run against the repository's own source, with
 * `from "central-asia-security"` rewritten to src/index.ts (and `…/schema` to src/schema.ts).
 * Every value exported from src/index.ts must have an `@example`; new exports are picked up
 * automatically.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
import { REPO } from "./helpers/data-tree.js";
import { scratchDir } from "./helpers/scratch.js";

const SRC = join(REPO, "src");

interface Example {
  readonly file: string;
  readonly symbol: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const isExported = (node: ts.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function nameOf(node: ts.Statement): string {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.name.getText()).join(", ");
  const name = (node as { name?: ts.Node }).name;
  return name ? name.getText() : "(module)";
}

/** The ```ts blocks of the `@example` tags of exported statements and `@module` comments. */
function examplesIn(file: string): Example[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Example[] = [];
  for (const statement of source.statements) {
    const tags = ts.getJSDocTags(statement);
    const isModuleDoc = tags.some((t) => t.tagName.text === "module");
    if (!isExported(statement) && !isModuleDoc) continue;
    for (const tag of tags) {
      if (tag.tagName.text !== "example") continue;
      const text = ts.getTextOfJSDocComment(tag.comment) ?? "";
      for (const match of text.matchAll(/```(?:ts|typescript)\s*\n([\s\S]*?)```/g)) {
        out.push({ file: relative(REPO, file), symbol: isExported(statement) ? nameOf(statement) : "(module)", code: match[1]! });
      }
    }
  }
  return out;
}

/** The example as a module importing the repository's source instead of the package. */
function rewrite(code: string): string {
  return code.replace(/(from\s*|import\s*\(\s*)(["'])central-asia-security(\/[\w-]+)?\2/g, (_, lead: string, quote: string, sub?: string) => {
    const target = join(SRC, `${sub ? sub.slice(1) : "index"}.js`);
    return `${lead}${quote}${target}${quote}`;
  });
}

const examples = sourceFiles(SRC).flatMap(examplesIn);
// Inside the repository, so that an example's own imports resolve its node_modules.
const dir = scratchDir("examples", true);
const files = examples.map((example, i) => {
  const path = join(dir, `example-${i}.ts`);
  writeFileSync(path, `${rewrite(example.code)}\nexport {};\n`);
  return path;
});

describe("@example blocks", () => {
  it("are found", () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it("type-check against the source", () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(REPO, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram(files, { ...config.options, noEmit: true, noUnusedLocals: false } /* an example may name a value just to show it */);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.includes(d.file.fileName))
      .map((d) => {
        const example = examples[files.indexOf(d.file!.fileName)]!;
        return `${example.file} (${example.symbol}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}\n${example.code}`;
      });
    expect(problems).toEqual([]);
  }, 120_000);

  examples.forEach((example, i) => {
    it(`run: ${example.file} › ${example.symbol}`, async () => {
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      try {
        await import(pathToFileURL(files[i]!).href);
      } finally {
        log.mockRestore();
      }
    });
  });
});

describe("every value exported from src/index.ts", () => {
  const program = ts.createProgram([join(SRC, "index.ts")], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(join(SRC, "index.ts"))!)!;
  const values = checker
    .getExportsOfModule(entry)
    .map((symbol) => ({ name: symbol.getName(), target: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol }))
    .filter(({ target }) => target.flags & ts.SymbolFlags.Value);
  const hasExample = (target: ts.Symbol) => target.getJsDocTags(checker).some((tag) => tag.name === "example" && /```/.test(ts.displayPartsToString(tag.text)));

  it("has a doc comment with an @example", () => {
    expect(values.length).toBeGreaterThan(0);
    const missing = values.filter(({ target }) => !hasExample(target)).map(({ name }) => name);
    expect(missing, "exported values without an @example").toEqual([]);
  });
});
