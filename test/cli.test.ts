/**
 * The `central-asia-security` command: every command's output and its bad inputs, run
 * in-process through `runCli` (fast, exact), plus the built `dist/cli.js` run as a program
 * (shebang, exit codes, pipes).
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import { runCli } from "../src/cli/main.js";
import {
  COLLECTIONS,
  KINDS,
  dataset,
  declarations,
  findDeclarations,
  findInitiatives,
  findMeetings,
  getRecord,
  meetings,
  related,
  search,
  sources,
  timeline,
  actors,
  type AnyRecord,
} from "../src/index.js";
import { readSourceTexts, sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { REPO } from "./helpers/data-tree.js";
import { run } from "./helpers/run.js";

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process; `tty` simulates a terminal of that width. */
function cli(args: readonly string[], tty?: number): Result {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), isTTY: tty !== undefined, columns: tty });
  return { code, stdout, stderr };
}

/** Runs the CLI with `--json` and parses what it prints. */
function json<T>(args: readonly string[]): T {
  const result = cli([...args, "--json"]);
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as T;
}

/**
 * The data rows of a table: after the header and the rule, before the count line (`4 dated
 * records`) and the footnotes under it. Rows never match the count line's pattern: their first
 * cell (a date, an id) is followed by a two-space column gap.
 */
function tableRows(stdout: string): string[] {
  const lines = stdout.trimEnd().split("\n");
  const count = lines.findIndex((line, i) => i >= 2 && /^\d+ [a-z]/.test(line));
  expect(count, `no count line in:\n${stdout}`).toBeGreaterThan(1);
  return lines.slice(2, count);
}

/** The lines under a table's count line: its footnotes. */
const footnotes = (stdout: string): string[] =>
  stdout
    .trimEnd()
    .split("\n")
    .slice(2 + tableRows(stdout).length + 1);

/** Asserts a usage error: exit 2, nothing on stdout, and each `parts` in the message. */
function expectUsageError(result: Result, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  for (const part of parts) expect(result.stderr).toContain(part);
}

const ids = (list: readonly { id: string }[]): string[] => list.map((r) => r.id);

/** The source texts folder, when it is at hand (the verify command's tests need the real texts). */
const texts = ((location) => (readSourceTexts(location.dir) ? location : undefined))(sourceTextsLocation(REPO));

describe("--version and --help", () => {
  it("prints the package version and the dataset hash", () => {
    const result = cli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`central-asia-security ${dataset.version}\ndataset hash ${dataset.hash}\n`);
    expect(json(["--version"])).toEqual({ name: "central-asia-security", version: dataset.version, hash: dataset.hash });
  });

  it("lists every command with --help, and shows each command's flags and examples", () => {
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    for (const name of ["timeline", "list <kind>", "show <id>", "search <text>", "related <id>", "export --format", "verify <source-id> <file>"]) expect(help.stdout).toContain(name);
    for (const [command, flag] of [
      ["list", "--country <code>"],
      ["timeline", "--kind <kind>"],
      ["show", "--json"],
      ["search", "--limit <n>"],
      ["related", "--direction <dir>"],
      ["export", "--format <format>"],
    ]) {
      const own = cli([command!, "--help"]);
      expect(own.code).toBe(0);
      expect(own.stdout).toContain(`Usage: central-asia-security ${command}`);
      expect(own.stdout).toContain(flag);
      expect(own.stdout).toContain("Examples:");
      expect(cli(["help", command!]).stdout).toBe(own.stdout);
    }
  });

  it("fits help in 80 columns, example command lines excepted (kept whole for copying)", () => {
    for (const args of [["--help"], ...["timeline", "list", "show", "search", "related", "export", "verify"].map((c) => [c, "--help"])]) {
      const lines = cli(args).stdout.split("\n");
      const wide = lines.filter((line) => [...line].length > 80 && !line.startsWith("  central-asia-security "));
      expect(wide, args.join(" ")).toEqual([]);
    }
  });

  it("exits 2 with the overview on stderr when no command is given", () => {
    const result = cli([]);
    expectUsageError(result, "Usage: central-asia-security <command>");
  });

  it("exits 2 on an unknown command, suggesting the closest", () => {
    expectUsageError(cli(["timline"]), 'unknown command "timline"', '"timeline"', "--help");
    expectUsageError(cli(["--verbose"]), 'unknown flag "--verbose"');
  });
});

describe("timeline", () => {
  it("prints every dated record in time order, marking inferred dates", () => {
    const result = cli(["timeline", "--wide"]);
    expect(result.code).toBe(0);
    const entries = timeline();
    const rows = tableRows(result.stdout);
    expect(rows).toHaveLength(entries.length);
    rows.forEach((row, i) => {
      const entry = entries[i]!;
      expect(row.startsWith(`${entry.date}${entry.inferred ? "*" : ""} `)).toBe(true);
      expect(row).toContain(entry.id);
      expect(row).toContain(entry.title);
    });
    expect(result.stdout).toMatch(new RegExp(`${entries.length} dated records`));
  });

  it("filters by date range and kind, and --json gives the entries", () => {
    const entries = json<{ id: string; kind: string; date: string }[]>(["timeline", "--from", "2018", "--to", "2019", "--kind", "meetings"]);
    expect(ids(entries)).toEqual(ids(timeline({ from: "2018", to: "2019", kinds: ["meeting"] })));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.kind === "meeting")).toBe(true);
  });

  it("names a malformed date and the flag that holds it", () => {
    expectUsageError(cli(["timeline", "--from", "2018-13"]), "--from", '"2018-13"', "month 13");
    expectUsageError(cli(["timeline", "--to", "March 2018"]), "--to", '"March 2018"');
  });

  it("rejects an unknown kind, flag and id with suggestions", () => {
    expectUsageError(cli(["timeline", "--kind", "actors"]), 'unknown kind "actors"', "meetings, declarations, initiatives");
    expectUsageError(cli(["timeline", "--form", "2018"]), "unknown flag --form", "--from");
    expectUsageError(cli(["timeline", "--actor", "kazakstan"]), '"kazakstan"', '"kazakhstan"');
    expectUsageError(cli(["timeline", "2018"]), "takes no arguments");
  });

  it("exits 1 when nothing matches, printing [] for --json", () => {
    const result = cli(["timeline", "--from", "1990", "--to", "1991"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("No dated records match");
    expect(cli(["timeline", "--from", "1990", "--to", "1991", "--json"]).stdout.trim()).toBe("[]");
  });

  it("fits the table to the terminal, or to 80 columns when piped, cutting titles before ids; --wide and --json cut nothing", () => {
    const longest = (stdout: string): number =>
      Math.max(
        ...stdout
          .trimEnd()
          .split("\n")
          .map((line) => [...line].length),
      );
    const entries = timeline();
    for (const width of [60, 80, 120]) {
      const stdout = cli(["timeline"], width).stdout;
      expect(longest(stdout), `at ${width} columns`).toBeLessThanOrEqual(width);
      expect(
        stdout
          .split("\n")
          .slice(2, 2 + entries.length)
          .map((row) => row.split(" ")[0]),
      ).toEqual(entries.map((e) => `${e.date}${e.inferred ? "*" : ""}`));
    }
    expect(longest(cli(["timeline"]).stdout)).toBeLessThanOrEqual(80);
    expect(longest(cli(["list", "meetings"]).stdout)).toBeLessThanOrEqual(80);
    // At 130 columns the titles are cut, but every id still fits whole.
    const at130 = tableRows(cli(["timeline"], 130).stdout);
    expect(at130.some((row) => row.endsWith("…"))).toBe(true);
    at130.forEach((row, i) => expect(row).toContain(` ${entries[i]!.id} `));
    const wide = cli(["timeline", "--wide"]).stdout;
    expect(wide).not.toContain("…");
    expect(longest(wide)).toBeGreaterThan(80);
    for (const entry of entries) expect(wide).toContain(entry.title);
    expect(json<{ id: string }[]>(["timeline"]).map((e) => e.id)).toEqual(ids(entries));
  });
});

describe("date flags", () => {
  it("refuse --from after --to, naming both flags and the fix", () => {
    expectUsageError(cli(["timeline", "--from", "2021", "--to", "2018"]), '--from "2021" is after --to "2018"', "Swap them: --from 2018 --to 2021.");
    expectUsageError(cli(["list", "meetings", "--from", "2018-03-26T10:00:00Z", "--to", "2018-02"]), "is after --to");
    expect(cli(["timeline", "--from", "2018-03-26T10:00:00Z", "--to", "2018-03"]).code).toBe(0);
  });

  it("name a flag given without its value", () => {
    expectUsageError(cli(["timeline", "--from"]), "--from needs a value: --from <date>");
    expectUsageError(cli(["timeline", "--from", "--to", "2018"]), "--from needs a value: --from <date>");
  });

  it("take a range of one day, and name an impossible date-time as a bad date of its flag", () => {
    expect(cli(["timeline", "--from", "2018-03-26", "--to", "2018-03-26"]).code).toBe(0);
    expectUsageError(cli(["timeline", "--from", "2018-13-01T10:00", "--to", "2019"]), "--from: ", "month 13 does not exist");
    expectUsageError(cli(["list", "meetings", "--from", "2018", "--to", "2018-02-30T00:00"]), "--to: ", "day 30 does not exist");
  });
});

describe("what did Kazakhstan propose, and when (--on-behalf-of, meeting dates)", () => {
  const proposer = ["--actor", "kazakhstan", "--role", "proposer"];
  const asked = { actor: { actor: "kazakhstan", role: "proposer", onBehalfOf: true } } as const;

  it("--on-behalf-of asks what the library's onBehalfOf asks, on list and timeline", () => {
    expect(ids(json<AnyRecord[]>(["list", "declarations", ...proposer, "--on-behalf-of"]))).toEqual(ids(findDeclarations(asked)));
    expect(ids(json<AnyRecord[]>(["list", "initiatives", ...proposer, "--on-behalf-of"]))).toEqual(ids(findInitiatives(asked)));
    expect(findDeclarations(asked).length + findInitiatives(asked).length).toBe(4);
    // Without it, the proposals made by the president for Kazakhstan are missed.
    expect(json<AnyRecord[]>(["list", "declarations", ...proposer]).length + json<AnyRecord[]>(["list", "initiatives", ...proposer]).length).toBeLessThan(4);
    const dated = timeline({ actor: { actor: "kazakhstan", onBehalfOf: true } });
    expect(json<{ id: string }[]>(["timeline", "--actor", "kazakhstan", "--on-behalf-of"]).map((e) => e.id)).toEqual(dated.map((e) => e.id));
    expectUsageError(cli(["list", "meetings", "--on-behalf-of"]), "--on-behalf-of needs --actor");
  });

  it("list gives each undated proposal the date of the meeting it was proposed or discussed at, marked †", () => {
    for (const kind of ["declarations", "initiatives"]) {
      const result = cli(["list", kind, ...proposer, "--on-behalf-of", "--wide"]);
      const rows = tableRows(result.stdout);
      let linked = 0;
      for (const record of kind === "declarations" ? findDeclarations(asked) : findInitiatives(asked)) {
        const link = record.relations?.find((r) => r.type === "proposed-at") ?? record.relations?.find((r) => r.type === "discussed-at");
        const meeting = meetings.find((m) => m.id === link?.target);
        expect(record.date, record.id).toBeUndefined();
        const row = rows.find((r) => r.includes(` ${record.id} `))!;
        if (link === undefined) {
          // No meeting it was proposed or discussed at (the AI proposal and declaration): no date stands in.
          expect(row.startsWith("— "), record.id).toBe(true);
          continue;
        }
        linked += 1;
        expect(meeting?.date, record.id).toBeDefined();
        expect(row.startsWith(`${meeting!.date!.edtf}${meeting!.date!.inferred ? "*" : ""}† `), record.id).toBe(true);
      }
      expect(linked, kind).toBeGreaterThan(0);
      expect(result.stdout.replace(/\s+/g, " ")).toContain("† no date of its own: the date of the meeting it was proposed or discussed at");
    }
  });

  it("show names the meeting whose date stands in, and how the record is linked to it", () => {
    const out = cli(["show", "un-sdg-centre-for-central-asia-and-afghanistan"], 300).stdout;
    const meeting = meetings.find((m) => m.id === "2024-astana-meeting-of-central-asian-security-council-heads")!;
    const date = `${meeting.date!.edtf}${meeting.date!.inferred ? " (inferred)" : ""}`.replace(/[?()]/g, "\\$&");
    expect(out).toMatch(new RegExp(`^date +not stated; ${date} is the date of the meeting it was proposed at: .+ \\(${meeting.id}\\)$`, "m"));
  });
});

describe("list <kind>", () => {
  it("marks inferred dates with * and explains the mark, as timeline does", () => {
    const dated = { meetings: meetings.map((r) => [r.id, r.date] as const), declarations: declarations.map((r) => [r.id, r.date] as const), sources: sources.map((r) => [r.id, r.published] as const) };
    for (const [kind, records] of Object.entries(dated)) {
      const result = cli(["list", kind, "--wide"]);
      const rows = tableRows(result.stdout);
      for (const [id, date] of records) {
        const row = rows.find((r) => r.includes(` ${id} `))!;
        if (date) expect(row.startsWith(`${date.edtf}${date.inferred ? "*" : ""} `), id).toBe(true);
        else expect(row, id).toMatch(/^(—|\S+†) /);
      }
      expect(
        records.some(([, date]) => date?.inferred),
        kind,
      ).toBe(true);
      expect(result.stdout).toContain("* date inferred, not stated");
    }
  });

  it("explains under the count line each EDTF mark its dates use, and only those", () => {
    const withMarks = cli(["timeline", "--from", "2018", "--to", "2018", "--wide"]);
    const dates = tableRows(withMarks.stdout).map((row) => row.split(" ")[0]!);
    expect(dates).toEqual(expect.arrayContaining([expect.stringMatching(/%/), expect.stringMatching(/^\d{4}-23/), expect.stringMatching(/\*$/)]));
    expect(footnotes(withMarks.stdout)).toEqual([
      "* date inferred, not stated (show <id> gives the reason)",
      "? uncertain, ~ approximate, % both (EDTF)",
      "-21 to -24 after a year: spring, summer, autumn, winter (EDTF)",
    ]);
    // The one meeting in Dushanbe has a stated day: no mark, so no footnote.
    const plain = cli(["timeline", "--place", "dushanbe"]);
    expect(tableRows(plain.stdout)).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2} /)]);
    expect(footnotes(plain.stdout)).toEqual([]);
  });

  it("names the code of a state given by name, id or a near miss to --country", () => {
    expectUsageError(cli(["list", "meetings", "--country", "uzbekistan"]), '"uzbekistan" is not an ISO 3166-1 alpha-2 code', "Did you mean UZ (Uzbekistan)?");
    expectUsageError(cli(["list", "meetings", "--country", "Russia"]), "Did you mean RU (Russia)?");
    expectUsageError(cli(["list", "meetings", "--country", "KAZ"]), "Did you mean KZ (Kazakhstan)?");
    expectUsageError(cli(["list", "meetings", "--country", "United States"]), "Did you mean US (United States)?");
    expectUsageError(cli(["list", "meetings", "--country", "XX"]), "Codes in the dataset: ", "UZ");
    expectUsageError(cli(["list", "meetings", "--country", "U"]), "Codes in the dataset: ");
  });

  it("lists a kind's records with the finder's filters (singular or plural kind)", () => {
    const all = cli(["list", "meetings"]);
    expect(all.code).toBe(0);
    expect(tableRows(all.stdout)).toHaveLength(meetings.length);
    expect(all.stdout).toContain(`${meetings.length} meetings`);
    expect(ids(json<AnyRecord[]>(["list", "meeting", "--country", "UZ"]))).toEqual(ids(findMeetings({ country: "UZ" })));
    expect(ids(json<AnyRecord[]>(["list", "meetings", "--country", "uz", "--country", "KZ"]))).toEqual(ids(findMeetings({ country: ["UZ", "KZ"] })));
    expect(ids(json<AnyRecord[]>(["list", "meetings", "--status", "planned", "--status", "called-for"]))).toEqual(ids(findMeetings({ status: ["planned", "called-for"] })));
  });

  it("passes --actor with --role as an actor-in-role filter", () => {
    const expected = findMeetings({ actor: { actor: "kazakhstan", role: ["chair"] } });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(findMeetings({ actor: "kazakhstan" }).length);
    const result = cli(["list", "meetings", "--actor", "kazakhstan", "--role", "chair", "--json"]);
    expect(result.code).toBe(0);
    expect(ids(JSON.parse(result.stdout) as AnyRecord[])).toEqual(ids(expected));
  });

  it("lists reference kinds, which take no filters", () => {
    expect(ids(json<AnyRecord[]>(["list", "actors"]))).toEqual(ids(actors));
    expect(tableRows(cli(["list", "topics"]).stdout).length).toBe(dataset.counts.topic);
    expectUsageError(cli(["list", "actors", "--country", "KZ"]), "filters apply to meetings, declarations and initiatives");
  });

  it("rejects an unknown kind, flag, id, term and date", () => {
    expectUsageError(cli(["list", "meetingz"]), 'unknown kind "meetingz"', '"meetings"');
    expectUsageError(cli(["list", "meetings", "--contry", "UZ"]), "unknown flag --contry", "--country", "list --help");
    expectUsageError(cli(["list", "meetings", "--topic", "terorism"]), '"terorism"', '"terrorism"');
    expectUsageError(cli(["list", "meetings", "--status", "hel"]), '"hel"', '"held"');
    expectUsageError(cli(["list", "declarations", "--status", "held"]), '"held"', "proposed, draft, adopted, signed");
    expectUsageError(cli(["list", "meetings", "--country", "XX"]), '"XX" is not an ISO 3166-1 alpha-2 code', "UZ");
    expectUsageError(cli(["list", "meetings", "--role", "host"]), "--role needs --actor");
    expectUsageError(cli(["list", "meetings", "--from", "2018-02-30"]), "--from", '"2018-02-30"');
    expectUsageError(cli(["list"]), "missing its argument", "list <kind>", `Kinds: ${KINDS.map((k) => COLLECTIONS[k]).join(", ")}.`);
  });

  it("exits 1 when no record matches", () => {
    const result = cli(["list", "declarations", "--from", "1990", "--to", "1991"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("No declarations match");
  });
});

describe("show <id>", () => {
  const id = "2018-tashkent-declaration";

  it("prints the record's fields, summary and evidence with the names behind ids", () => {
    const record = getRecord(id);
    const result = cli(["show", id]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`declaration ${id}\n${record.title}\n`)).toBe(true);
    expect(result.stdout).toMatch(new RegExp(`stage\\s+${record.stage}`));
    expect(result.stdout).toContain(`${record.date!.edtf} (`);
    expect(result.stdout).toContain(record.evidence[0]!.source);
    expect(result.stdout.replace(/\s+/g, " ")).toContain(record.evidence[0]!.quote.replace(/\s+/g, " "));
    expect(result.stdout.replace(/\s+/g, " ")).toContain(record.summary);
    const meeting = record.relations?.find((r) => r.type === "adopted-at");
    if (meeting) expect(result.stdout.replace(/\s+/g, " ")).toContain(`adopted-at → ${(getRecord(meeting.target as never) as { title: string }).title}`);
  });

  it.each([id, "2018-tashkent-conference-on-afghanistan", "kazakhstan"])("prints every distinct quote of %s under the claim it supports, within 80 columns", (recordId) => {
    const record = getRecord(recordId as never) as AnyRecord;
    const flat = (text: string): string => text.replace(/\s+/g, " ");
    // Every quote anywhere in the record: its own, its date's, places', participants', relations', quantities', …
    const quotes = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (typeof o.quote === "string" && typeof o.source === "string") quotes.add(flat(o.quote));
        Object.values(o).forEach(walk);
      }
    };
    walk(record);
    expect(quotes.size).toBeGreaterThan(1);
    const result = cli(["show", recordId], 80);
    const shown = flat(result.stdout);
    expect([...quotes].filter((q) => !shown.includes(`“${q}”`))).toEqual([]);
    expect(Math.max(...result.stdout.split("\n").map((line) => [...line].length))).toBeLessThanOrEqual(80);
    // The date's quotes follow the date line, before the next field.
    if ("date" in record && record.date?.evidence.length) {
      const lines = result.stdout.split("\n");
      const start = lines.findIndex((line) => line.startsWith("date "));
      const end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
      expect(flat(lines.slice(start, end).join(" "))).toContain(flat(record.date.evidence[0]!.quote));
    }
  });

  it("prints the record itself with --json", () => {
    expect(json(["show", id])).toEqual(getRecord(id));
    expect(json(["show", "kazakhstan"])).toEqual(getRecord("kazakhstan"));
  });

  it("rejects an unknown id with the closest ids, and a missing or extra argument", () => {
    expectUsageError(cli(["show", "tashkent-declaration"]), 'unknown id "tashkent-declaration"', `"${id}"`);
    expectUsageError(cli(["show"]), "missing its argument", "Give a record's id, as `list <kind>` and `search <words>` print them.");
    expectUsageError(cli(["show", id, "kazakhstan"]), "takes 1 argument");
    expectUsageError(cli(["show", id, "--full"]), "unknown flag --full");
  });
});

describe("search <text>", () => {
  it("prints the hits best first; several words are one query", () => {
    const hits = search("tashkent declaration");
    const result = cli(["search", "tashkent", "declaration", "--wide"]);
    expect(result.code).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows).toHaveLength(hits.length);
    expect(rows[0]).toContain(hits[0]!.id);
    expect(ids(json<{ id: string }[]>(["search", "tashkent declaration"]))).toEqual(ids(hits));
  });

  it("takes --kind and --limit", () => {
    const hits = json<{ id: string; kind: string }[]>(["search", "afghanistan", "--kind", "declarations", "--limit", "2"]);
    expect(ids(hits)).toEqual(ids(search("afghanistan", { kinds: ["declaration"], limit: 2 })));
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits.every((h) => h.kind === "declaration")).toBe(true);
  });

  it("rejects a bad limit, an unknown kind or flag, and a missing text", () => {
    expectUsageError(cli(["search", "water", "--limit", "0"]), "--limit", '"0"');
    expectUsageError(cli(["search", "water", "--kind", "treaties"]), 'unknown kind "treaties"');
    expectUsageError(cli(["search", "water", "--max", "3"]), "unknown flag --max");
    expectUsageError(cli(["search"]), "missing its argument");
  });

  it("exits 1 when nothing matches", () => {
    const result = cli(["search", "zqxjkvw"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing matches "zqxjkvw"');
  });

  it("finds records by their topics: the 2021 joint statement is tagged drug-trafficking", () => {
    expect(ids(json<{ id: string }[]>(["search", "drug trafficking", "--kind", "declarations"]))).toContain("2021-central-asia-russia-joint-statement-on-afghanistan");
  });

  it("when nothing of the asked kind matches a topic's name, suggests listing the kinds that have it with --topic", () => {
    const result = cli(["search", "drug", "trafficking", "--kind", "initiatives"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("names the topic drug-trafficking");
    expect(result.stderr).toContain("`central-asia-security list declarations --topic drug-trafficking`");
  });
});

describe("related <id>", () => {
  const id = "2018-tashkent-conference-on-afghanistan";

  it("accepts every sort of link the library has, on-behalf-of included, and names a mistyped --relation", () => {
    const links = json<{ via: string }[]>(["related", "kazakhstan", "--via", "on-behalf-of"]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.via === "on-behalf-of")).toBe(true);
    expect(links).toHaveLength(related("kazakhstan", { via: "on-behalf-of" }).length);
    expectUsageError(cli(["related", "doha", "--relation", "adopted-att"]), 'unknown --relation value "adopted-att"', '"adopted-at"');
    expectUsageError(cli(["related", "doha", "--relation", "xyzzy"]), 'unknown --relation value "xyzzy"', "Use one of: adopted-at", "negotiating-party");
  });

  it("prints the linked records both ways", () => {
    const links = related(id);
    const result = cli(["related", id]);
    expect(result.code).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows).toHaveLength(links.length);
    expect(rows.some((r) => r.startsWith("←"))).toBe(true);
    expect(rows.some((r) => r.startsWith("→"))).toBe(true);
    expect(json<{ id: string; relation: string }[]>(["related", id]).map((l) => [l.id, l.relation])).toEqual(links.map((l) => [l.id, l.relation]));
  });

  it("filters by direction, kind and relation", () => {
    expect(ids(json(["related", id, "--direction", "incoming"]))).toEqual(ids(related(id, { direction: "incoming" })));
    expect(ids(json(["related", id, "--kind", "actors"]))).toEqual(ids(related(id, { kinds: ["actor"] })));
    expect(ids(json(["related", id, "--relation", "adopted"]))).toEqual(ids(related(id, { relation: "adopted" })));
  });

  it("rejects an unknown id, direction, kind and flag", () => {
    expectUsageError(cli(["related", "kazakhstn"]), 'unknown id "kazakhstn"', '"kazakhstan"');
    expectUsageError(cli(["related", id, "--direction", "both"]), "--direction", '"both"', "outgoing or incoming");
    expectUsageError(cli(["related", id, "--kind", "meetingz"]), 'unknown kind "meetingz"');
    expectUsageError(cli(["related", id, "--dir", "incoming"]), "unknown flag --dir", "--direction");
  });

  it("exits 1 when no link matches", () => {
    expect(related("terrorism", { direction: "outgoing" })).toEqual([]);
    const result = cli(["related", "terrorism", "--direction", "outgoing"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("No records linked to terrorism match");
  });
});

describe("export", () => {
  const shipped = (name: string): string => readFileSync(join(REPO, "dist/exports", name), "utf8");

  it("writes what --format names whatever --json says, with a note, and leaves --json out of its help", () => {
    const plain = cli(["export", "--format", "csv", "--kind", "places"]);
    const withJson = cli(["export", "--json", "--format", "csv", "--kind", "places"]);
    expect(withJson.code).toBe(0);
    expect(withJson.stdout).toBe(plain.stdout);
    expect(withJson.stderr).toContain("export ignores --json");
    expect(plain.stderr).toBe("");
    expect(cli(["export", "--help"]).stdout).not.toContain("--json");
    expect(cli(["timeline", "--help"]).stdout).toContain("--json");
  });

  it("writes the same bytes as the shipped export files", () => {
    expect(cli(["export", "--format", "csv", "--kind", "meetings"]).stdout).toBe(shipped("meetings.csv"));
    expect(cli(["export", "--format", "ndjson", "--kind", "actor"]).stdout).toBe(shipped("actors.ndjson"));
    expect(cli(["export", "--format", "jsonld"]).stdout).toBe(shipped("dataset.jsonld"));
  });

  it("exports several kinds as NDJSON and JSON", () => {
    const lines = cli(["export", "--format", "ndjson", "--kind", "declarations", "--kind", "initiatives"]).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(dataset.counts.declaration + dataset.counts.initiative);
    const all = JSON.parse(cli(["export", "--format", "json"]).stdout) as { version: string; hash: string; counts: Record<string, number>; records: Record<string, AnyRecord[]> };
    expect(all).toMatchObject({ version: dataset.version, hash: dataset.hash, counts: dataset.counts });
    expect(ids(all.records.meeting!)).toEqual(ids(meetings));
  });

  it("writes to --out", () => {
    const out = join(mkdtempSync(join(tmpdir(), "cas-cli-")), "places.csv");
    const result = cli(["export", "--format", "csv", "--kind", "places", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, "utf8")).toBe(shipped("places.csv"));
  });

  it("rejects a missing or unknown format, CSV without one kind, an unknown kind and flag", () => {
    expectUsageError(cli(["export"]), "export needs --format", "json|ndjson|csv|jsonld");
    expectUsageError(cli(["export", "--format", "xml"]), '"xml"', "json, ndjson, csv, jsonld");
    expectUsageError(cli(["export", "--format", "csv"]), "CSV holds one kind per file");
    expectUsageError(cli(["export", "--format", "csv", "--kind", "meetings", "--kind", "actors"]), "CSV holds one kind per file");
    expectUsageError(cli(["export", "--format", "ndjson", "--kind", "meeting-notes"]), 'unknown kind "meeting-notes"');
    expectUsageError(cli(["export", "--fromat", "csv"]), "unknown flag --fromat", "--format");
  });
});

describe("documented examples", () => {
  /** argv of an example line: words up to a shell redirect or pipe. */
  const argv = (line: string): string[] =>
    line
      .split(/\s+[>|]\s/)[0]!
      .trim()
      .split(/\s+/);

  it("every command's --help example runs and finds something", () => {
    for (const command of COMMANDS) {
      // verify examples read the source texts from their default place, which a plain clone lacks.
      const defaultTexts = existsSync(join(REPO, "../shared/seeds"));
      for (const example of command.examples.filter((e) => !e.includes("--out") && (command.name !== "verify" || defaultTexts))) {
        const result = cli(argv(example));
        expect(result.code, `${example}\n${result.stderr}`).toBe(0);
      }
    }
  });

  it("every command in the README's Command line section runs and finds something", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("## Exports"));
    const lines = [...section.matchAll(/^npx central-asia-security (.+?)(?:\s+#.*)?$/gm)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const result = cli(argv(line));
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
    }
  });
});

describe("verify <source-id> <file>", () => {
  const id = "report-2018-regional-security-afghanistan-tashkent-conference";
  const source = sources.find((s) => s.id === id)!;

  it.skipIf(!texts)("with the true text: the hash and every quote check out, exit 0", () => {
    const file = join(texts!.dir, source.file);
    const result = cli(["verify", id, file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`sha256 ok  ${source.sha256}`);
    expect(result.stdout).toMatch(/quotes (\d+) of \1 found where the dataset places them/);
    expect(result.stdout).toContain("verified: this is the text the dataset cites");
    const parsed = json<{ verified: boolean; quotes: { found: boolean }[] }>(["verify", id, file]);
    expect(parsed.verified).toBe(true);
    expect(parsed.quotes.every((q) => q.found)).toBe(true);
  });

  it.skipIf(!texts)("with one character changed: the hash mismatch and exactly the quotes covering it, exit 1", () => {
    const text = readFileSync(join(texts!.dir, source.file), "utf8");
    const file = join(mkdtempSync(join(tmpdir(), "cas-verify-")), source.file);
    writeFileSync(file, text.replace("This fall,", "This fal1,"));
    const result = cli(["verify", id, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("sha256 MISMATCH");
    const missing = result.stdout.split("\n").filter((l) => l.includes("NOT FOUND"));
    expect(missing.length).toBeGreaterThan(0);
    for (const line of missing) expect(line).toContain('"This fall, a special conference');
    expect(result.stdout).toContain("NOT verified");
  });

  it.skipIf(!texts)("with another source's text: names that source and the command that checks the file against it", () => {
    const other = sources.find((s) => s.id !== id)!;
    const file = join(texts!.dir, other.file);
    const result = cli(["verify", id, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`this file is the text of source ${other.id} (its sha256): run verify ${other.id} ${file}`);
    expect(cli(["verify", other.id, file]).code).toBe(0);
  });

  it("with a text that is no source's: names none", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cas-verify-")), "unrelated.txt");
    writeFileSync(file, "not a source text");
    const result = cli(["verify", id, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("sha256 MISMATCH");
    expect(result.stdout).not.toContain("this file is the text of source");
  });

  it("refuses an unknown source id or an unreadable file as usage errors", () => {
    expectUsageError(cli(["verify", "report-2018-regional-security", "x.txt"]), 'unknown source id "report-2018-regional-security"', "Did you mean");
    expectUsageError(cli(["verify", id, join(tmpdir(), "no-such-file.txt")]), "cannot read", "no-such-file.txt");
    expectUsageError(cli(["verify", id]), "verify");
  });
});

describe("dist/cli.js as a program", () => {
  const bin = join(REPO, "dist/cli.js");

  it("is an executable ESM file with a node shebang that imports the library instead of copying the data", () => {
    const code = readFileSync(bin, "utf8");
    expect(code.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(code).toContain('from "./index.js"');
    expect(code).not.toContain(dataset.hash);
    // The records live in dist/data.json, which only the library loads: no record text here.
    expect(code).not.toContain("data.json");
    expect(code).not.toContain(JSON.stringify(meetings[0]!.summary).slice(1, -1));
  });

  it("exits 0, 1 and 2 with output on the right stream", () => {
    const ok = run("node", [bin, "timeline"], { env: { COLUMNS: "60" } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^2018-03\* +declaration /m); // the column width follows the longest date
    expect(
      Math.max(
        ...ok.stdout
          .trimEnd()
          .split("\n")
          .map((line) => [...line].length),
      ),
      "$COLUMNS is the width of piped output",
    ).toBeLessThanOrEqual(60);
    expect(ok.stderr).toBe("");
    const none = run("node", [bin, "search", "zqxjkvw"]);
    expect([none.status, none.stdout]).toEqual([1, ""]);
    const bad = run("node", [bin, "show", "no-such-record"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown id "no-such-record"');
  });

  it("stops quietly when the reader of a pipe goes away", () => {
    const result = run("sh", ["-c", `node "${bin}" export --format jsonld | head -c 20`]);
    expect(result.stdout).toBe(readFileSync(join(REPO, "dist/exports/dataset.jsonld"), "utf8").slice(0, 20));
    expect(result.stderr).toBe("");
  });
});
