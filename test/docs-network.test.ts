/** The network picture: actors and the records they took part in, laid out by dagre at build time. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset, readDataFile } from "../scripts/docs/model.js";
import { actorNetwork, NETWORK_SIZES, networkOverview, networkSvg, ROLE_FAMILIES, type Network, type NetworkNode } from "../scripts/docs/network-svg.js";
import { ROLES } from "../src/model/vocabulary.js";
import { REPO } from "./helpers/data-tree.js";
import { legendAbove } from "./helpers/svg-legend.js";

const data = indexDataset(readDataFile(join(REPO, "dist/data.json")));
const href = (node: NetworkNode): string => `records/${node.kind}s/${node.id}.html`;
const draw = (network: Network, sizes = NETWORK_SIZES.wide): string => networkSvg(network, { href, sizes, idPrefix: "t", title: "test" });

/** The boxes of the drawn nodes, read back from the SVG. */
function nodes(svg: string): { id: string; href: string; x: number; y: number; width: number; height: number; focus: boolean }[] {
  return [
    ...svg.matchAll(/<a href="([^"]*)" class="cas-node cas-node-[\w]+( cas-focus)?" data-id="([^"]*)"><title>[^<]*<\/title><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g),
  ].map(([, link, focus, id, x, y, width, height]) => ({ id: id!, href: link!, x: Number(x), y: Number(y), width: Number(width), height: Number(height), focus: focus !== undefined }));
}

const participations = data.primary.flatMap((r) => (r.participants ?? []).map((p) => ({ actor: p.actor, record: r.id, role: p.role })));

describe("networkOverview", () => {
  it("has one edge per participation in a meeting, declaration or initiative, and a node for each actor and record in one", () => {
    const network = networkOverview(data);
    expect(participations.length).toBeGreaterThan(0);
    expect(network.edges).toEqual(participations);
    expect(new Set(network.nodes.map((n) => n.id))).toEqual(new Set(participations.flatMap((p) => [p.actor, p.record])));
  });
});

describe("actorNetwork", () => {
  it("holds the records an actor took part in and everyone who took part in them", () => {
    const actor = participations[0]!.actor;
    const records = new Set(participations.filter((p) => p.actor === actor).map((p) => p.record));
    const network = actorNetwork(data, actor);
    expect(network.focus).toBe(actor);
    expect(network.edges).toEqual(participations.filter((p) => records.has(p.record)));
    expect(actorNetwork(data, "no-such-actor").nodes).toEqual([]);
  });
});

describe("networkSvg", () => {
  const overview = networkOverview(data);
  const svg = draw(overview);

  it("draws every node as a link to its page, actors left of records", () => {
    const drawn = nodes(svg);
    expect(drawn.map((n) => n.id).sort()).toEqual(overview.nodes.map((n) => n.id).sort());
    for (const n of drawn) expect(n.href).toBe(href(overview.nodes.find((o) => o.id === n.id)!));
    const kindOf = new Map(overview.nodes.map((n) => [n.id, n.kind]));
    const actorsRight = Math.max(...drawn.filter((n) => kindOf.get(n.id) === "actor").map((n) => n.x + n.width));
    const recordsLeft = Math.min(...drawn.filter((n) => kindOf.get(n.id) !== "actor").map((n) => n.x));
    expect(actorsRight).toBeLessThan(recordsLeft);
  });

  it.each(["wide", "narrow"] as const)("lays out the %s picture with no two boxes on top of each other, inside the picture", (size) => {
    const picture = draw(overview, NETWORK_SIZES[size]);
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(picture)![1]);
    const drawn = nodes(picture);
    for (const n of drawn) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(width + 0.5);
    }
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} and ${b.id}`).toBe(false);
      }
    }
    if (size === "narrow") expect(width).toBeLessThanOrEqual(360);
  });

  it("puts the legend above the picture it explains", () => {
    const { legendBottom, shift } = legendAbove(svg);
    expect(legendBottom).toBeLessThan(shift);
  });

  it("colours each participation by its role's family and names every family present in the legend", () => {
    expect(new Set(ROLE_FAMILIES.flatMap((f) => f.roles))).toEqual(new Set(ROLES));
    const edges = [...svg.matchAll(/<path class="cas-edge" data-role="([\w-]+)"[^>]* stroke="(#[0-9a-f]+)"/g)];
    expect(edges).toHaveLength(overview.edges.length);
    for (const [, role, colour] of edges) expect(colour).toBe(ROLE_FAMILIES.find((f) => f.roles.includes(role as never))!.colour);
    for (const role of new Set(overview.edges.map((e) => e.role))) expect(svg).toMatch(new RegExp(`<tspan[^>]*>[^<]*\\b${role}\\b`));
  });

  it("highlights the actor a neighbourhood is drawn around", () => {
    const actor = participations[0]!.actor;
    const focused = nodes(draw(actorNetwork(data, actor))).filter((n) => n.focus);
    expect(focused.map((n) => n.id)).toEqual([actor]);
  });

  it("is an accessible, standalone SVG with a title and description, and the same bytes every time", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* aria-labelledby="t-title t-desc">/);
    expect(svg).toContain(`<desc id="t-desc">${overview.edges.length} participations`);
    expect(svg).not.toMatch(/<script|on\w+=/);
    expect(draw(networkOverview(data))).toBe(svg);
  });
});
