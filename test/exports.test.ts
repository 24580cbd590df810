/**
 * Round trips of the shipped export files (dist/exports/, written by `npm run build`): CSV
 * through a strict RFC 4180 parser, NDJSON line by line, JSON-LD through a JSON-LD processor
 * with no network.
 */
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvRows, LIST_SEPARATOR } from "../src/exports/columns.js";
import { toCsv } from "../src/exports/csv.js";
import { exportFileName } from "../src/exports/index.js";
import { ID_BASE, schemaDates } from "../src/exports/jsonld.js";
import type { AnyRecord, Meeting, Place, PrimaryRecord } from "../src/model/records.js";
import { KINDS, PRIMARY_KINDS, type Kind } from "../src/model/vocabulary.js";
import { REPO } from "./helpers/data-tree.js";

const exportsDir = join(REPO, "dist/exports");
const read = (name: string): string => readFileSync(join(exportsDir, name), "utf8");
const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as { version: string; hash: string; records: Record<Kind, AnyRecord[]> };

/** Strict RFC 4180: CRLF record ends only, no relax option of any kind. */
const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: ["\r\n"] }) as string[][];

const jsonld = createRequire(import.meta.url)("jsonld") as {
  expand(input: unknown, options: { documentLoader: (url: string) => Promise<never>; safe?: boolean }): Promise<Record<string, unknown>[]>;
};
/** Refuses every fetch: the export must expand from its inline context alone. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`the JSON-LD export tried to load ${url}`);
};

describe("CSV encoding", () => {
  it("quotes what RFC 4180 requires and parses back to the same fields", () => {
    const nasty = ["plain", "with, comma", 'with "quotes"', "line\r\nbreak", "lone\nlf", " spaced ", "", "Ünïcödé “curly”"];
    const text = toCsv(
      ["a", "b"],
      nasty.map((v) => [v, "x"]),
    );
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[1]).toBe("plain,x");
    expect(
      parseCsv(text)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(nasty);
  });

  it("refuses a list item that holds the list separator instead of writing an ambiguous cell", () => {
    const actor = { ...data.records.actor[0]!, altNames: [`A ${LIST_SEPARATOR} B`] } as AnyRecord;
    expect(() => csvRows("actor", [actor as never])).toThrow(/list separator/);
  });
});

describe.each(KINDS)("%s CSV", (kind) => {
  const records = data.records[kind];
  const text = read(exportFileName(kind, "csv"));
  const [header, ...rows] = parseCsv(text);

  it("has the documented header and one row per record, every record ending in CRLF", () => {
    expect(header).toEqual(CSV_COLUMNS[kind].map((c) => c.name));
    expect(rows).toHaveLength(records.length);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.startsWith("\uFEFF")).toBe(false);
  });

  it("parses back to the records' values: text as is, lists split on the separator, numbers and flags", () => {
    rows.forEach((row, i) => {
      const record = records[i]!;
      expect(row[0]).toBe(record.id);
      CSV_COLUMNS[kind].forEach((column, c) => {
        const value = (column.value as (r: AnyRecord) => unknown)(record);
        const cell = row[c]!;
        const where = `${record.id} › ${column.name}`;
        if (value === undefined) expect(cell, where).toBe("");
        else if (Array.isArray(value)) expect(cell === "" ? [] : cell.split(LIST_SEPARATOR), where).toEqual(value);
        else if (typeof value === "number") expect(Number(cell), where).toBe(value);
        else if (typeof value === "boolean") expect(cell, where).toBe(String(value));
        else expect(cell, where).toBe(value);
      });
    });
  });
});

describe("CSV columns read the right fields", () => {
  const cell = (kind: Kind, id: string, column: string): string => {
    const [header, ...rows] = parseCsv(read(exportFileName(kind, "csv")));
    return rows.find((r) => r[0] === id)![header!.indexOf(column)]!;
  };

  it.each(PRIMARY_KINDS)("%s: title, date, participants, places, topics and evidence", (kind) => {
    for (const record of data.records[kind] as PrimaryRecord[]) {
      expect(cell(kind, record.id, "title")).toBe(record.title);
      expect(cell(kind, record.id, "date_edtf")).toBe(record.date?.edtf ?? "");
      expect(cell(kind, record.id, "date_earliest")).toBe(record.bounds?.earliest ?? "");
      expect(cell(kind, record.id, "date_inferred")).toBe(record.date ? String(record.date.inferred !== undefined) : "");
      const participants = cell(kind, record.id, "participants");
      expect(participants ? participants.split("|").map((p) => p.split(":")) : []).toEqual((record.participants ?? []).map((p) => [p.actor, p.role]));
      expect(cell(kind, record.id, "places")).toBe((record.places ?? []).map((p) => p.place).join("|"));
      expect(cell(kind, record.id, "topics")).toBe((record.topics ?? []).join("|"));
      expect(cell(kind, record.id, "evidence").split("|")).toEqual(record.evidence.map((e) => e.quote));
      expect(cell(kind, record.id, "evidence_sources").split("|")).toEqual(record.evidence.map((e) => e.source));
    }
  });

  it("meeting quantities as measure:value:unit:qualifier", () => {
    const meeting = (data.records.meeting as Meeting[]).find((m) => m.quantities?.some((q) => q.qualifier))!;
    const quantities = cell("meeting", meeting.id, "quantities")
      .split("|")
      .map((q) => q.split(":"));
    expect(quantities).toEqual(meeting.quantities!.map((q) => [q.measure, String(q.value), q.unit, q.qualifier ?? "exactly"]));
  });
});

describe("docs/exports.md", () => {
  const docs = readFileSync(join(REPO, "docs/exports.md"), "utf8");
  it.each(KINDS)("shows the exact CSV header of %s", (kind) => {
    expect(docs).toContain(CSV_COLUMNS[kind].map((c) => c.name).join(","));
  });
});

describe.each(KINDS)("%s NDJSON", (kind) => {
  it("has one line per record, each the record itself, in dataset order", () => {
    const text = read(exportFileName(kind, "ndjson"));
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(data.records[kind]);
  });
});

describe("JSON-LD graph", () => {
  const doc = JSON.parse(read("dataset.jsonld")) as { "@context": unknown; "@graph": Record<string, unknown>[] };
  const all = KINDS.flatMap((kind) => data.records[kind]);

  it("expands offline (inline context, safe mode) to one node per record plus the dataset node", async () => {
    const expanded = await jsonld.expand(doc, { documentLoader: offline, safe: true });
    expect(expanded).toHaveLength(all.length + 1);
    const ids = expanded.map((node) => node["@id"]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(all.map((r) => ID_BASE + r.id)));
  });

  it("resolves every @id it references within the graph", async () => {
    const expanded = await jsonld.expand(doc, { documentLoader: offline, safe: true });
    const defined = new Set(expanded.map((node) => node["@id"] as string));
    const referenced = new Set<string>();
    const walk = (value: unknown, top: boolean): void => {
      if (Array.isArray(value)) {
        for (const v of value) walk(v, false);
        return;
      }
      if (!value || typeof value !== "object") return;
      const node = value as Record<string, unknown>;
      if (!top && typeof node["@id"] === "string") referenced.add(node["@id"]);
      for (const [key, v] of Object.entries(node)) if (key !== "@id" && key !== "@type") walk(v, false);
    };
    expanded.forEach((node) => walk(node, true));
    const ours = [...referenced].filter((id) => id.startsWith(ID_BASE));
    // Citations reach every source, so the walk did see the references.
    expect(ours).toEqual(expect.arrayContaining(data.records.source.map((s) => ID_BASE + s.id)));
    expect(ours.filter((id) => !defined.has(id))).toEqual([]);
    // The only other IRIs are schema.org enumeration members and the places' GeoNames URIs.
    const geonames = data.records.place.map((p) => `https://sws.geonames.org/${(p as Place).geonamesId}/`);
    expect([...referenced].filter((id) => !id.startsWith(ID_BASE) && !id.startsWith("https://schema.org/")).sort()).toEqual(geonames.sort());
  });

  it("types records with schema.org and maps meeting status and attendance", async () => {
    const expanded = await jsonld.expand(doc, { documentLoader: offline, safe: true });
    const byId = new Map(expanded.map((node) => [node["@id"], node]));
    const S = "https://schema.org/";
    const types = (id: string) => byId.get(ID_BASE + id)!["@type"];
    for (const meeting of data.records.meeting as Meeting[]) {
      const node = byId.get(ID_BASE + meeting.id)!;
      expect(node["@type"]).toEqual([`${S}Event`]);
      if (meeting.status !== "called-for") expect(node[`${S}eventStatus`]).toEqual([{ "@id": `${S}EventScheduled` }]);
      if (meeting.attendance === "online") expect(node[`${S}eventAttendanceMode`]).toEqual([{ "@id": `${S}OnlineEventAttendanceMode` }]);
    }
    for (const r of data.records.declaration) expect([[`${S}Legislation`], [`${S}CreativeWork`]]).toContainEqual(types(r.id));
    for (const r of data.records.initiative) expect(types(r.id)).toEqual([`${S}Project`]);
    const actorTypes = { person: "Person", organization: "Organization", state: "Country" } as const;
    for (const r of data.records.actor) expect(types(r.id)).toEqual([S + actorTypes[(r as { type: keyof typeof actorTypes }).type]]);
    for (const r of data.records.place) expect(types(r.id)).toEqual([`${S}Place`]);
    for (const r of data.records.source) expect([[`${S}NewsArticle`], [`${S}CreativeWork`]]).toContainEqual(types(r.id));
  });

  it("gives each place its coordinates (GeoCoordinates) and GeoNames URI (sameAs), and each state its ISO codes and regional names", async () => {
    const expanded = await jsonld.expand(doc, { documentLoader: offline, safe: true });
    const byId = new Map(expanded.map((node) => [node["@id"], node]));
    const S = "https://schema.org/";
    for (const place of data.records.place as Place[]) {
      const node = byId.get(ID_BASE + place.id)!;
      expect(node[`${S}sameAs`]).toEqual([{ "@id": `https://sws.geonames.org/${place.geonamesId}/` }]);
      const [geo] = node[`${S}geo`] as Record<string, unknown>[];
      expect(geo).toEqual({ "@type": [`${S}GeoCoordinates`], [`${S}latitude`]: [{ "@value": place.geo!.latitude }], [`${S}longitude`]: [{ "@value": place.geo!.longitude }] });
    }
    const kazakhstan = byId.get(`${ID_BASE}kazakhstan`)!;
    const codes = (kazakhstan[`${S}identifier`] as Record<string, [{ "@value": string }]>[]).map((v) => `${v[`${S}propertyID`]![0]["@value"]}=${v[`${S}value`]![0]["@value"]}`);
    expect(codes).toEqual(["ISO 3166-1 alpha-2=KZ", "ISO 3166-1 alpha-3=KAZ", "ISO 3166-1 numeric=398"]);
    expect(kazakhstan["urn:central-asia-security:vocab#regionalName"]).toContainEqual({ "@value": "Qozogʻiston", "@language": "uz" });
    expect(byId.get(`${ID_BASE}shavkat-mirziyoyev`)![`${S}identifier`]).toBeUndefined();
  });

  it("carries each record's evidence as quotations of its sources", () => {
    const nodes = new Map(doc["@graph"].map((node) => [node["@id"], node]));
    for (const record of all) {
      if (!("evidence" in record)) continue;
      const citation = nodes.get(ID_BASE + record.id)!.citation as { "@type": string; text: string; isPartOf: { "@id": string } }[];
      expect(citation.map((c) => [c["@type"], c.text, c.isPartOf["@id"]])).toEqual(record.evidence.map((e) => ["Quotation", e.quote, ID_BASE + e.source]));
    }
  });

  it("loses nothing in expansion: every value of the compact graph is in the expanded one", async () => {
    const leaves = (value: unknown): number => {
      if (Array.isArray(value)) return value.reduce((n: number, v) => n + leaves(v), 0);
      if (value && typeof value === "object") return Object.entries(value).reduce((n, [k, v]) => n + (k === "@context" ? 0 : leaves(v)), 0);
      return 1;
    };
    const expanded = await jsonld.expand(doc, { documentLoader: offline, safe: true });
    expect(leaves(expanded)).toBe(leaves(doc["@graph"]));
  });

  it("gives every dated record a schema.org date no more precise than its EDTF, flags inferred dates, keeps the EDTF", () => {
    const nodes = new Map(doc["@graph"].map((node) => [node["@id"], node]));
    const property = { meeting: ["startDate"], declaration: ["legislationDate", "dateCreated"], initiative: ["foundingDate", "dateCreated"] } as const;
    let dated = 0;
    for (const kind of PRIMARY_KINDS) {
      for (const record of data.records[kind] as PrimaryRecord[]) {
        const node = nodes.get(ID_BASE + record.id)!;
        if (!record.date) {
          for (const p of property[kind]) expect(node[p], record.id).toBeUndefined();
          continue;
        }
        dated++;
        const value = property[kind].map((p) => node[p]).find((v) => v !== undefined) as string;
        expect(value, record.id).toBe(schemaDates(record.date.edtf)![0]);
        expect(node["cas:date"]).toBe(record.date.edtf);
        expect(node["cas:dateIsInferred"]).toBe(record.date.inferred !== undefined);
        if (record.date.inferred) expect(node["cas:dateInferred"]).toBe(record.date.inferred);
      }
    }
    expect(dated).toBeGreaterThan(10);
  });

  it.each([
    ["2018-03-26", ["2018-03-26", undefined]],
    ["2018-03", ["2018-03", undefined]],
    ["2018-23~", ["2018", undefined]],
    ["2025?", ["2025", undefined]],
    ["2019-06%", ["2019-06", undefined]],
    ["2024-05-16/2024-05-17", ["2024-05-16", "2024-05-17"]],
    ["2026/2030", ["2026", "2030"]],
  ])("schemaDates(%j) is %j: ISO 8601 that never claims more precision than the EDTF", (edtf, expected) => {
    expect(schemaDates(edtf)).toEqual(expected);
  });

  it("carries whom participants acted for and the statements made at a meeting, as quotations spoken by the speaker", () => {
    const nodes = new Map(doc["@graph"].map((node) => [node["@id"], node]));
    const astana = "2024-astana-meeting-of-central-asian-security-council-heads";
    const meeting = data.records.meeting.find((m) => m.id === astana) as Meeting;
    const node = nodes.get(ID_BASE + astana)! as { attendee: { attendee: { "@id": string }; "cas:onBehalfOf"?: { "@id": string } }[]; "cas:statement": Record<string, unknown>[] };
    const tokayev = node.attendee.find((a) => a.attendee["@id"] === `${ID_BASE}kassym-jomart-tokayev`)!;
    expect(tokayev["cas:onBehalfOf"]).toEqual({ "@id": `${ID_BASE}kazakhstan` });
    expect(node["cas:statement"]).toHaveLength(meeting.statements!.length);
    const direct = node["cas:statement"].filter((s) => s["cas:mode"] === "direct");
    expect(direct.map((s) => [s["@type"], (s.spokenByCharacter as { "@id": string })["@id"], s.text])).toEqual(
      meeting.statements!.filter((s) => s.mode === "direct").map((s) => ["Quotation", ID_BASE + s.speaker, s.words]),
    );
  });

  it("names the dataset version and hash", () => {
    expect(doc["@graph"][0]).toMatchObject({ "@type": "Dataset", version: data.version, "cas:hash": data.hash });
  });
});
