/**
 * What the package's types cost a consumer's compile: `tsc --extendedDiagnostics` on a small
 * consumer file (id lookups, narrowing guards, `IdOfKind`, a filter), against the package's
 * declarations as shipped and against the same declarations with 10,000 more ids, a consumer
 * of the same size that does not use the package, and the floor: the same consumer against
 * nothing but the id unions (10,000 more ids) and plain signatures. Runs interleaved; `skipLibCheck`
 * on, as in most projects, so the figures are the consumer's own checking.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KINDS } from "../../src/model/vocabulary.js";
import { pairedRatio, spread, type Spread } from "./measure.js";

/** Uses only API that every 1.x version has, so a baseline build compiles it too. */
const CONSUMER = [
  'import { findMeetings, getMeeting, getRecord, isRecordId, type IdOfKind } from "central-asia-security";',
  "export function lookUp(input: string): string | undefined {",
  '  if (isRecordId(input, "meeting")) return getMeeting(input).title;',
  '  if (isRecordId(input, "topic")) return getRecord(input).name;',
  "  if (isRecordId(input)) return getRecord(input).id;",
  "  return undefined;",
  "}",
  'export const topic: IdOfKind<"topic"> = "regional-security";',
  'export const stage: string = getRecord("2018-tashkent-declaration").stage;',
  'export const found: number = findMeetings({ topic: "regional-security", from: "2018" }).length;',
  "",
].join("\n");

const WITHOUT = [
  "type Kind = 'meeting' | 'topic';",
  "const ids = new Map<string, Kind>([['x', 'meeting']]);",
  "export function lookUp(input: string): string | undefined {",
  "  const kind = ids.get(input);",
  "  if (kind === 'meeting') return input.toUpperCase();",
  "  if (kind === 'topic') return input.toLowerCase();",
  "  return kind;",
  "}",
  "export const topic: string = 'regional-security';",
  "export const found: number = [1, 2, 3].filter((n) => n > 1).length;",
  "",
].join("\n");

/** The name of a kind's id union in the declarations (`meeting` → `MeetingId`). */
const idType = (kind: string): string => `${kind[0]!.toUpperCase()}${kind.slice(1)}Id`;

/**
 * `count` more ids, spread over the three primary kinds as the data is (50/30/20). The ids go
 * into the per-kind unions; declarations from before 1.1, which also list every id in
 * `KindById`'s body, get them there too.
 */
function addIds(declarations: string, count: number): string {
  const extra = { meeting: [] as string[], declaration: [] as string[], initiative: [] as string[] };
  for (let i = 0; i < count; i++) {
    const kind = i % 10 < 5 ? "meeting" : i % 10 < 8 ? "declaration" : "initiative";
    extra[kind].push(`synthetic-${kind}-${String(i).padStart(6, "0")}`);
  }
  let text = declarations;
  for (const [kind, ids] of Object.entries(extra)) {
    const typeName = idType(kind);
    text = text.replace(new RegExp(`type ${typeName} = `), `type ${typeName} = ${ids.map((id) => JSON.stringify(id)).join(" | ")} | `);
    text = text.replace("interface KindById {", `interface KindById {\n${ids.map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(kind)};`).join("\n")}`);
  }
  if (text === declarations) throw new Error("The declarations have no id unions to extend.");
  return text;
}

/**
 * The floor for a consumer of literal id unions: the package's id unions (with the extra ids)
 * and nothing else but the plainest signatures `CONSUMER` needs (no generics, no record
 * types). What TypeScript itself spends on reading the ids and narrowing a `string` to them.
 */
function floorDeclarations(declarations: string): string {
  const unions = KINDS.map(idType).map((name) => {
    const union = new RegExp(`type ${name} = [^;]*;`).exec(declarations)?.[0];
    if (!union) throw new Error(`The declarations have no ${name} union.`);
    return `export ${union}`;
  });
  return [
    ...unions,
    `export interface IdsByKind { ${KINDS.map((kind) => `${kind}: ${idType(kind)};`).join(" ")} }`,
    "export type RecordId = IdsByKind[keyof IdsByKind];",
    "export type IdOfKind<K extends keyof IdsByKind> = IdsByKind[K];",
    "export declare function isRecordId(value: unknown): value is RecordId;",
    'export declare function isRecordId(value: unknown, kind: "meeting"): value is MeetingId;',
    'export declare function isRecordId(value: unknown, kind: "topic"): value is TopicId;',
    "export declare function getMeeting(id: MeetingId): { readonly title: string };",
    "export declare function getRecord(id: TopicId): { readonly name: string };",
    "export declare function getRecord(id: DeclarationId): { readonly stage: string };",
    "export declare function getRecord(id: RecordId): { readonly id: string };",
    "export declare function findMeetings(filter: { topic?: TopicId; from?: string }): readonly unknown[];",
    "",
  ].join("\n");
}

/**
 * A consumer project using the declarations of the package at `root` (with `extraIds` more
 * ids; with `floor`, only their id unions, see {@link floorDeclarations}).
 */
function project(root: string, extraIds: number, file: string, floor = false): string {
  const dir = mkdtempSync(join(tmpdir(), "cas-tsc-"));
  const pkg = join(dir, "node_modules/central-asia-security");
  mkdirSync(join(pkg, "dist"), { recursive: true });
  copyFileSync(join(root, "package.json"), join(pkg, "package.json"));
  for (const name of ["index.d.ts", "index.d.cts"]) {
    const text = readFileSync(join(root, "dist", name), "utf8");
    const withIds = extraIds ? addIds(text, extraIds) : text;
    writeFileSync(join(pkg, "dist", name), floor ? floorDeclarations(withIds) : withIds);
  }
  writeFileSync(join(dir, "use.ts"), file);
  const compilerOptions = { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, skipLibCheck: true, types: [] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["use.ts"] }));
  return dir;
}

/** Reports the process's CPU time on stderr at exit (loaded into every tsc run with --import). */
const CPU_REPORT = 'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\\ncas-cpu-ms ${(u.user + u.system) / 1000}\\n`); });\n';

/**
 * CPU time of the whole tsc process (ms), tsc's own check time (ms) and instantiations of each
 * consumer, over `rounds` interleaved rounds; and the per-round ratio of each consumer's CPU time
 * to the consumer without the package's in the same round.
 */
export function typeCost(root: string, tsc: string, { baseline, rounds = 3 }: { baseline?: string; rounds?: number } = {}) {
  const preloadDir = mkdtempSync(join(tmpdir(), "cas-tsc-cpu-"));
  const preload = join(preloadDir, "cpu-report.mjs");
  writeFileSync(preload, CPU_REPORT);
  const projects: Record<string, string> = {
    "consumer without the package": project(root, 0, WITHOUT),
    "consumer, shipped ids": project(root, 0, CONSUMER),
    "consumer, 10k more ids": project(root, 10_000, CONSUMER),
    "floor: consumer of the bare id unions, 10k more ids": project(root, 10_000, CONSUMER, true),
    ...(baseline && { "baseline: consumer, shipped ids": project(baseline, 0, CONSUMER), "baseline: consumer, 10k more ids": project(baseline, 10_000, CONSUMER) }),
  };
  const names = Object.keys(projects);
  const samples = new Map(names.map((n) => [n, { check: [] as number[], total: [] as number[], instantiations: 0 }]));
  try {
    for (let r = 0; r < rounds; r++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(r + j) % names.length]!;
        const result = spawnSync(process.execPath, ["--import", preload, tsc, "-p", projects[name]!, "--extendedDiagnostics"], { encoding: "utf8" });
        if (result.status !== 0) throw new Error(`tsc failed on ${name}:\n${result.stdout}${result.stderr}`);
        const value = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(result.stdout)?.[1]);
        const s = samples.get(name)!;
        s.check.push(value("Check time") * 1000);
        const cpu = Number(/cas-cpu-ms ([\d.]+)/.exec(result.stderr)?.[1]);
        if (!Number.isFinite(cpu)) throw new Error(`tsc on ${name} reported no CPU time:\n${result.stderr}`);
        s.total.push(cpu);
        s.instantiations = value("Instantiations");
      }
    }
  } finally {
    // The consumer projects are scratch: remove them, pass or fail.
    for (const dir of [...Object.values(projects), preloadDir]) rmSync(dir, { recursive: true, force: true });
  }
  const without = samples.get("consumer without the package")!.total;
  return Object.fromEntries(
    names.map((n) => {
      const s = samples.get(n)!;
      return [n, { check: spread(s.check), total: spread(s.total), ratio: pairedRatio(s.total, without), instantiations: s.instantiations }];
    }),
  ) as Record<string, { check: Spread; total: Spread; ratio: Spread; instantiations: number }>;
}
