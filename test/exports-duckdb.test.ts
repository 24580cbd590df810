/**
 * The exports answer questions the way the library does, in a real engine: DuckDB loads the
 * shipped Parquet files and, separately, the CSV files with the types datapackage.json declares,
 * runs each question of docs/exports.md in SQL, and every answer must equal the library's
 * finders / timeline / related on the same question. A deliberate bug in one export (in a scratch
 * copy) must make the comparison fail. Also: the Parquet files have the declared column types,
 * hold the same rows as the CSV files, and are written byte-identically twice.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUCKDB_OFFLINE, DUCKDB_TYPES, writeParquet } from "../scripts/exports/parquet.js";
import { duckdbScriptName, duckdbViews } from "../src/exports/duckdb.js";
import { TABLES } from "../src/exports/tidy.js";
import { dataset, findDeclarations, findInitiatives, findMeetings, findStatements, related, timeline } from "../src/index.js";
import type { AnyRecord } from "../src/model/records.js";
import type { RecordFilter } from "../src/query/types.js";
import type { Kind } from "../src/model/vocabulary.js";
import { REPO } from "./helpers/data-tree.js";
import { scratchDir } from "./helpers/scratch.js";

const exportsDir = join(REPO, "dist/exports");
const scratch = scratchDir("duckdb");
const sql = (path: string): string => `'${path.replaceAll("'", "''")}'`;

/**
 * The shipped DuckDB script of `source` (`dist/exports/views.sql` or `views-csv.sql`, as a reader
 * runs it), its views created in schema `schema` and reading the files under `dir`.
 */
const shippedViews = (source: "parquet" | "csv", schema: string, dir: string): string[] => {
  const script = readFileSync(join(exportsDir, duckdbScriptName(source)), "utf8");
  expect(script, `the shipped ${duckdbScriptName(source)} is not what the build generates`).toBe(duckdbViews(source));
  return [`CREATE SCHEMA ${schema}`, `USE ${schema}`, duckdbViews(source, `${dir}/`), "USE memory.main"];
};
const parquetViews = (schema: string, dir: string): string[] => shippedViews("parquet", schema, dir);
const csvViews = (schema: string, dir: string): string[] => shippedViews("csv", schema, dir);

/** A question asked two ways: in SQL over schema `s`, and through the library. Both answer with ids. */
interface Question {
  readonly name: string;
  readonly sql: (s: string) => string;
  readonly library: () => readonly string[];
  /** True when order matters (the timeline); else both answers are compared as sorted sets. */
  readonly ordered?: boolean;
}

const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);
/** Countries a record is in: those of its places, and of its participating states (the library's rule). */
const countries = (s: string): string => `(
  SELECT rp.record_id, p.country FROM ${s}.record_places rp JOIN ${s}.places p ON p.id = rp.place_id
  UNION SELECT pa.record_id, a.country FROM ${s}.participations pa JOIN ${s}.actors a ON a.id = pa.actor_id WHERE a.type = 'state' AND a.country IS NOT NULL)`;

const QUESTIONS: readonly Question[] = [
  {
    name: "meetings in Uzbekistan that may fall in 2018–2019 (overlap)",
    sql: (s) => `SELECT id FROM ${s}.meetings WHERE id IN (SELECT record_id FROM ${countries(s)} WHERE country = 'UZ') AND date_earliest <= DATE '2019-12-31' AND date_latest >= DATE '2018-01-01'`,
    library: () => ids(findMeetings({ country: "UZ", from: "2018", to: "2019" })),
  },
  {
    name: "meetings in Kazakhstan wholly within 2018",
    sql: (s) => `SELECT id FROM ${s}.meetings WHERE id IN (SELECT record_id FROM ${countries(s)} WHERE country = 'KZ') AND date_earliest >= DATE '2018-01-01' AND date_latest <= DATE '2018-12-31'`,
    library: () => ids(findMeetings({ country: "KZ", from: "2018", to: "2018", dateMatch: "within" })),
  },
  {
    name: "meetings Kazakhstan chaired or hosted",
    sql: (s) => `SELECT DISTINCT record_id FROM ${s}.participations WHERE record_kind = 'meeting' AND actor_id = 'kazakhstan' AND role IN ('chair', 'host')`,
    library: () => ids(findMeetings({ actor: { actor: "kazakhstan", role: ["chair", "host"] } })),
  },
  {
    name: "records Kazakhstan took part in, itself or through someone acting on its behalf",
    sql: (s) => `SELECT DISTINCT record_id FROM ${s}.participations WHERE record_kind IN ('meeting', 'declaration', 'initiative') AND (actor_id = 'kazakhstan' OR on_behalf_of = 'kazakhstan')`,
    library: () => {
      const filter: RecordFilter = { actor: { actor: "kazakhstan", onBehalfOf: true } };
      return ids([...findMeetings(filter), ...findDeclarations(filter), ...findInitiatives(filter)]);
    },
  },
  {
    name: "declarations adopted at a meeting held in Tashkent",
    sql: (s) => `SELECT r.record_id FROM ${s}.relations r WHERE r.direction = 'outgoing' AND r.relation = 'adopted-at' AND r.record_kind = 'declaration'
      AND r.target_id IN (SELECT record_id FROM ${s}.record_places WHERE record_kind = 'meeting' AND place_id = 'tashkent')`,
    library: () => findMeetings({ place: "tashkent" }).flatMap((m) => ids(related(m.id, { relation: "adopted", kinds: ["declaration"] }))),
  },
  {
    name: "everything citing the 2021 TASS report",
    sql: (s) => `SELECT DISTINCT record_id FROM ${s}.evidence WHERE source_id = 'tass-2021-07-16-central-asia-russia-statement' AND record_id <> source_id`,
    library: () => [...new Set(ids(related("tass-2021-07-16-central-asia-russia-statement", { via: "source" })))],
  },
  {
    name: "the timeline: dated records by earliest day, latest day, kind, id",
    sql: (s) => `SELECT id FROM (
        SELECT id, 0 AS k, date_earliest, date_latest FROM ${s}.meetings UNION ALL
        SELECT id, 1, date_earliest, date_latest FROM ${s}.declarations UNION ALL
        SELECT id, 2, date_earliest, date_latest FROM ${s}.initiatives)
      WHERE date_earliest IS NOT NULL ORDER BY date_earliest, date_latest, k, id`,
    library: () => timeline().map((e) => e.id),
    ordered: true,
  },
  {
    name: "dated records whose date is inferred, in timeline order",
    sql: (s) => `SELECT id FROM (
        SELECT id, 0 AS k, date_earliest, date_latest, date_inferred FROM ${s}.meetings UNION ALL
        SELECT id, 1, date_earliest, date_latest, date_inferred FROM ${s}.declarations UNION ALL
        SELECT id, 2, date_earliest, date_latest, date_inferred FROM ${s}.initiatives)
      WHERE date_inferred ORDER BY date_earliest, date_latest, k, id`,
    library: () =>
      timeline()
        .filter((e) => e.inferred)
        .map((e) => e.id),
    ordered: true,
  },
  {
    name: "the timeline without dates inferred from outside knowledge (dates: sources-only)",
    sql: (s) => `SELECT id FROM (
        SELECT id, 0 AS k, date_earliest, date_latest, date_inferred_from FROM ${s}.meetings UNION ALL
        SELECT id, 1, date_earliest, date_latest, date_inferred_from FROM ${s}.declarations UNION ALL
        SELECT id, 2, date_earliest, date_latest, date_inferred_from FROM ${s}.initiatives)
      WHERE date_earliest IS NOT NULL AND date_inferred_from IS DISTINCT FROM 'outside-knowledge' ORDER BY date_earliest, date_latest, k, id`,
    library: () => timeline({ dates: "sources-only" }).map((e) => e.id),
    ordered: true,
  },
  {
    name: "statements Kazakhstan made or that were made on its behalf (record#index)",
    sql: (s) => `SELECT record_id || '#' || list_index FROM ${s}.statements WHERE speaker_id = 'kazakhstan' OR on_behalf_of = 'kazakhstan'`,
    library: () => findStatements({ actor: { actor: "kazakhstan", onBehalfOf: true } }).map((s) => `${s.record.id}#${s.index}`),
  },
  {
    name: "declarations about the Afghan peace process",
    sql: (s) => `SELECT record_id FROM ${s}.record_topics WHERE record_kind = 'declaration' AND topic_id = 'afghan-peace-process'`,
    library: () => ids(findDeclarations({ topic: "afghan-peace-process" })),
  },
  {
    name: "declarations adopted or signed",
    sql: (s) => `SELECT id FROM ${s}.declarations WHERE stage IN ('adopted', 'signed')`,
    library: () => ids(findDeclarations({ status: ["adopted", "signed"] })),
  },
  {
    name: "meetings part of the Heart of Asia–Istanbul Process, following part-of transitively",
    sql: (s) => `WITH RECURSIVE up(record_id, target_id) AS (
        SELECT record_id, target_id FROM ${s}.relations WHERE direction = 'outgoing' AND relation = 'part-of'
        UNION SELECT up.record_id, r.target_id FROM up JOIN ${s}.relations r ON r.record_id = up.target_id AND r.direction = 'outgoing' AND r.relation = 'part-of')
      SELECT DISTINCT up.record_id FROM up JOIN ${s}.meetings m ON m.id = up.record_id WHERE up.target_id = 'heart-of-asia-istanbul-process'`,
    library: () => ids(findMeetings({ process: "heart-of-asia-istanbul-process" })),
  },
  {
    name: "records Shavkat Mirziyoyev takes part in (related, via participation)",
    sql: (s) => `SELECT DISTINCT record_id FROM ${s}.participations WHERE actor_id = 'shavkat-mirziyoyev'`,
    library: () => [...new Set(ids(related("shavkat-mirziyoyev", { via: "participation" })))],
  },
  {
    name: "records of each kind (kind:count)",
    sql: (s) => `SELECT kind || ':' || count(*) FROM ${s}.records GROUP BY kind`,
    library: () => Object.entries(dataset.counts).map(([kind, n]) => `${kind}:${n}`),
  },
];

let instance: DuckDBInstance;
let connection: DuckDBConnection;

async function run(statements: readonly string[]): Promise<void> {
  for (const statement of statements) await connection.run(statement);
}
async function column(query: string): Promise<string[]> {
  const rows = (await connection.runAndReadAll(query)).getRows();
  return rows.map((row) => String(row[0]));
}
/** The questions whose SQL answer over schema `s` differs from the library's. */
async function mismatches(s: string): Promise<string[]> {
  const wrong: string[] = [];
  for (const q of QUESTIONS) {
    const got = await column(q.sql(s));
    const want = [...q.library()];
    if (JSON.stringify(q.ordered ? got : got.sort()) !== JSON.stringify(q.ordered ? want : want.sort())) wrong.push(q.name);
  }
  return wrong;
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:", DUCKDB_OFFLINE);
  connection = await instance.connect();
  await run([...parquetViews("pq", exportsDir), ...csvViews("csv", exportsDir)]);
});
afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe("DuckDB answers like the library", () => {
  it("asks at least ten questions, each with a non-empty answer", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(10);
    for (const q of QUESTIONS) expect(q.library().length, q.name).toBeGreaterThan(0);
  });

  describe.each(["pq", "csv"])("over the %s files", (s) => {
    it.each(QUESTIONS.map((q) => [q.name, q] as const))("%s", async (_, q) => {
      const got = await column(q.sql(s));
      const want = [...q.library()];
      if (q.ordered) expect(got).toEqual(want);
      else expect(got.sort()).toEqual(want.sort());
    });
  });

  it("fails when one export is wrong: a role changed in a scratch copy of participations.parquet", async () => {
    const dir = join(scratch, "bug-parquet");
    cpSync(exportsDir, dir, { recursive: true });
    const file = join(dir, "parquet", "participations.parquet");
    await connection.run(
      `COPY (SELECT * REPLACE (CASE WHEN actor_id = 'kazakhstan' AND role = 'chair' THEN 'participant' ELSE role END AS role) FROM read_parquet(${sql(join(exportsDir, "parquet", "participations.parquet"))})) TO ${sql(file)} (FORMAT parquet)`,
    );
    await run(parquetViews("bug_pq", dir));
    expect(await mismatches("bug_pq")).toEqual(["meetings Kazakhstan chaired or hosted"]);
  });

  it("fails when one export is wrong: a row dropped from a scratch copy of record_places.csv", async () => {
    const dir = join(scratch, "bug-csv");
    cpSync(exportsDir, dir, { recursive: true });
    const file = join(dir, "record_places.csv");
    const lines = readFileSync(file, "utf8").split("\r\n");
    writeFileSync(file, lines.filter((line) => !line.endsWith(",tashkent")).join("\r\n"));
    await run(csvViews("bug_csv", dir));
    expect(await mismatches("bug_csv")).toEqual(expect.arrayContaining(["meetings in Uzbekistan that may fall in 2018–2019 (overlap)", "declarations adopted at a meeting held in Tashkent"]));
  });
});

describe("Parquet files", () => {
  it.each(TABLES.map((t) => [t.name, t] as const))("%s has the declared column types and the same rows as its CSV file", async (name, table) => {
    const described = (await connection.runAndReadAll(`DESCRIBE pq.${name}`)).getRows().map((row) => `${String(row[0])} ${String(row[1])}`);
    expect(described).toEqual(table.columns.map((c) => `${c.name} ${DUCKDB_TYPES[c.type]}`));
    const [onlyParquet, onlyCsv, rows] = (
      await Promise.all(
        [`SELECT count(*) FROM (FROM pq.${name} EXCEPT ALL FROM csv.${name})`, `SELECT count(*) FROM (FROM csv.${name} EXCEPT ALL FROM pq.${name})`, `SELECT count(*) FROM pq.${name}`].map((q) =>
          column(q),
        ),
      )
    ).map((answer) => answer[0]);
    expect([onlyParquet, onlyCsv]).toEqual(["0", "0"]);
    const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as { records: Record<Kind, AnyRecord[]> };
    expect(Number(rows)).toBe(table.rows(data.records as never).length);
  });

  it("are written byte-identically on every run, and equal to the shipped files", async () => {
    const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as { version: string; hash: string; records: Record<Kind, AnyRecord[]> };
    const input = { version: data.version, hash: data.hash, records: data.records };
    const [a, b] = [join(scratch, "a"), join(scratch, "b")];
    await writeParquet(TABLES, input, a);
    await writeParquet(TABLES, input, b);
    const files = readdirSync(join(a, "parquet")).sort();
    expect(files).toEqual(TABLES.map((t) => `${t.name}.parquet`).sort());
    for (const file of files) {
      const bytes = readFileSync(join(a, "parquet", file));
      expect(readFileSync(join(b, "parquet", file)).equals(bytes), file).toBe(true);
      expect(readFileSync(join(exportsDir, "parquet", file)).equals(bytes), file).toBe(true);
    }
  });
});
