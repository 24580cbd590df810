/**
 * The network picture: which actors took part in which meetings, declarations and initiatives,
 * and in what role. Actors stand in the left column, records in the right; each participation
 * is a line coloured by the role's family (convening, taking part, committing, proposing,
 * resourcing). The layout is dagre's layered layout (crossing reduction without randomness),
 * computed when the docs are built, so the same data gives the same picture byte for byte; the
 * site ships plain SVG with real text and no script. Every node links to its record's page.
 */
import dagre from "@dagrejs/dagre";
import type { PrimaryRecord } from "../../src/model/records.js";
import type { Role } from "../../src/model/vocabulary.js";
import { text } from "./markup.js";
import { recordTitle, type SiteData } from "./model.js";
import { FONT_FAMILY, round, textWidth, wrapText } from "./svg-text.js";
import { KIND_COLOURS } from "./timeline-svg.js";

/** A node of the network: an actor, or a meeting, declaration or initiative. */
export interface NetworkNode {
  readonly id: string;
  readonly kind: "actor" | PrimaryRecord["kind"];
  readonly label: string;
}

/** A participation: `actor` took part in `record` in `role`. */
export interface NetworkEdge {
  readonly actor: string;
  readonly record: string;
  readonly role: Role;
}

/** The nodes and edges of a picture; `focus` is the actor a neighbourhood is drawn around. */
export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly focus?: string;
}

/** Role families and their colours, so a picture needs five colours rather than sixteen. */
export const ROLE_FAMILIES: readonly { readonly name: string; readonly colour: string; readonly roles: readonly Role[] }[] = [
  // Grouped so that no line says more than its role: hosting is not convening, endorsing is
  // not committing, a side named in proposed talks is not a party, a beneficiary gives nothing.
  { name: "convened", colour: "#7c3aed", roles: ["organizer", "initiator", "chair", "publisher"] },
  { name: "hosted or was the forum", colour: "#a16207", roles: ["host", "forum"] },
  { name: "took part", colour: "#64748b", roles: ["speaker", "participant", "member"] },
  { name: "committed", colour: "#c2410c", roles: ["party", "signatory"] },
  { name: "endorsed", colour: "#be185d", roles: ["endorser"] },
  { name: "proposed", colour: "#15803d", roles: ["proposer"] },
  { name: "resourced", colour: "#0e7490", roles: ["funder", "co-financer", "implementer"] },
  { name: "benefits", colour: "#1d4ed8", roles: ["beneficiary"] },
  { name: "a side in the talks it names (not a participant)", colour: "#111827", roles: ["negotiating-party"] },
];

const familyOf = (role: Role) => ROLE_FAMILIES.find((f) => f.roles.includes(role)) ?? ROLE_FAMILIES[1]!;

/** Sizes of a layout: how wide labels wrap and how far apart the two columns stand, in px. */
export interface NetworkSizes {
  readonly actorLabel: number;
  readonly recordLabel: number;
  readonly columnGap: number;
}

/** Sizes for wide screens and for phones (about 330 px wide). */
export const NETWORK_SIZES: Readonly<Record<"wide" | "narrow", NetworkSizes>> = {
  wide: { actorLabel: 170, recordLabel: 240, columnGap: 110 },
  narrow: { actorLabel: 104, recordLabel: 136, columnGap: 40 },
};

const FONT = 12;
const LINE = 15;
const PAD_X = 7;
const PAD_Y = 5;
const MARGIN = 4;

/** Actors first by the number of their participations, then by name: the order of the node list. */
function nodeOrder(a: NetworkNode, b: NetworkNode): number {
  return a.kind === b.kind ? a.label.localeCompare(b.label, "en") || a.id.localeCompare(b.id) : a.kind === "actor" ? -1 : 1;
}

/** The network of `records` (each with every participant). */
function networkOfRecords(data: SiteData, records: readonly PrimaryRecord[], focus?: string): Network {
  const edges = records.flatMap((record) => (record.participants ?? []).map((p) => ({ actor: p.actor, record: record.id, role: p.role })));
  const ids = [...new Set([...edges.map((e) => e.actor), ...edges.map((e) => e.record)])];
  const nodes = ids
    .map((id) => data.byId.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({ id: r.id, kind: r.kind as NetworkNode["kind"], label: r.kind === "actor" && r.shortName && r.name.length > 40 ? r.shortName : recordTitle(r) }))
    .sort(nodeOrder);
  return { nodes, edges, ...(focus && { focus }) };
}

/**
 * Every participation of an actor in a meeting, declaration or initiative.
 * @example
 * ```ts
 * networkOverview(data).edges.length; // the number of participations in primary records
 * ```
 */
export function networkOverview(data: SiteData): Network {
  return networkOfRecords(
    data,
    data.primary.filter((r) => (r.participants ?? []).length > 0),
  );
}

/**
 * The neighbourhood of actor `actorId`: the records it took part in, with all their
 * participants; empty when it took part in none.
 * @example
 * ```ts
 * actorNetwork(data, "kazakhstan").focus; // "kazakhstan"
 * ```
 */
export function actorNetwork(data: SiteData, actorId: string): Network {
  return networkOfRecords(
    data,
    data.primary.filter((r) => (r.participants ?? []).some((p) => p.actor === actorId)),
    actorId,
  );
}

/** How to draw a network. */
export interface NetworkOptions {
  /** The link of a node, relative to the page (or file) the SVG is shown in. */
  readonly href: (node: NetworkNode) => string;
  readonly sizes: NetworkSizes;
  /** Prefix of the ids inside the SVG, unique per SVG on a page. */
  readonly idPrefix: string;
  /** What the picture shows, for its `<title>`. */
  readonly title: string;
}

/** A legend of the role families present and the node kinds, wrapped into rows that fit `width`. */
function legend(network: Network, width: number, top: number): { svg: string; height: number } {
  const roles = new Set(network.edges.map((e) => e.role));
  const items: [string, string][] = ROLE_FAMILIES.filter((f) => f.roles.some((r) => roles.has(r))).map((f) => [
    `<line x1="0" y1="0" x2="22" y2="0" stroke="${f.colour}" stroke-width="2.5"/>`,
    `${f.name} (${f.roles.filter((r) => roles.has(r)).join(", ")})`,
  ]);
  const kinds = new Set(network.nodes.map((n) => n.kind));
  for (const kind of ["meeting", "declaration", "initiative"] as const) {
    if (kinds.has(kind)) items.push([`<rect x="0" y="-7" width="22" height="14" rx="3" fill="${KIND_COLOURS[kind]}" fill-opacity="0.12" stroke="${KIND_COLOURS[kind]}"/>`, kind]);
  }
  items.push([`<rect x="0" y="-7" width="22" height="14" rx="7" fill="#f1f5f9" stroke="#94a3b8"/>`, "actor"]);
  const parts: string[] = [];
  let x = MARGIN;
  let y = top + 8;
  let rowLines = 1;
  for (const [swatch, label] of items) {
    // A label longer than the picture is wide wraps onto lines of its own.
    const lines = wrapText(label, FONT, width - 2 * MARGIN - 28);
    const w = 28 + Math.max(...lines.map((l) => textWidth(l, FONT)));
    if (x + w > width - MARGIN && x > MARGIN) {
      x = MARGIN;
      y += rowLines * LINE + 4;
      rowLines = 1;
    }
    const tspans = lines.map((line, i) => `<tspan x="28" y="${4 + i * LINE}">${text(line)}</tspan>`).join("");
    parts.push(`<g transform="translate(${round(x)} ${round(y)})">${swatch}<text>${tspans}</text></g>`);
    rowLines = Math.max(rowLines, lines.length);
    x += w + 14;
  }
  return { svg: `<g class="cas-legend" fill="currentColor">${parts.join("")}</g>`, height: y - top + rowLines * LINE };
}

/** The lines of a node's label and its box size. */
function box(node: NetworkNode, sizes: NetworkSizes): { lines: string[]; width: number; height: number } {
  const lines = wrapText(node.label, FONT, node.kind === "actor" ? sizes.actorLabel : sizes.recordLabel);
  return { lines, width: Math.max(...lines.map((l) => textWidth(l, FONT))) + 2 * PAD_X, height: lines.length * LINE + 2 * PAD_Y };
}

/**
 * The network as an SVG document: actors left, records right, a coloured line per
 * participation, a legend above. Nodes are `<a class="cas-node" data-id="…">` links.
 * @example
 * ```ts
 * networkSvg(actorNetwork(data, "kazakhstan"), { href: (n) => `${n.id}.html`, sizes: NETWORK_SIZES.wide, idPrefix: "net", title: "Kazakhstan's network" });
 * ```
 */
export function networkSvg(network: Network, options: NetworkOptions): string {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 8, ranksep: options.sizes.columnGap, marginx: MARGIN, marginy: MARGIN });
  const boxes = new Map(network.nodes.map((n) => [n.id, box(n, options.sizes)]));
  for (const node of network.nodes) g.setNode(node.id, { width: boxes.get(node.id)!.width, height: boxes.get(node.id)!.height });
  network.edges.forEach((e, i) => g.setEdge(e.actor, e.record, {}, `${i}`));
  dagre.layout(g);
  const { width: graphWidth = 0, height: graphHeight = 0 } = g.graph();
  const width = Math.ceil(graphWidth);
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const at = (id: string) => g.node(id) as { x: number; y: number; width: number; height: number };

  const edges = network.edges.map((e) => {
    const a = at(e.actor);
    const r = at(e.record);
    const [x0, y0, x1, y1] = [a.x + a.width / 2, a.y, r.x - r.width / 2, r.y];
    const mid = (x0 + x1) / 2;
    const family = familyOf(e.role);
    const tip = `${byId.get(e.actor)?.label ?? e.actor} — ${e.role} — ${byId.get(e.record)?.label ?? e.record}`;
    const focused = network.focus === undefined || e.actor === network.focus;
    return `<path class="cas-edge" data-role="${e.role}" d="M${round(x0)} ${round(y0)}C${round(mid)} ${round(y0)} ${round(mid)} ${round(y1)} ${round(x1)} ${round(y1)}" fill="none" stroke="${family.colour}" stroke-width="${focused ? 2.2 : 1.3}" stroke-opacity="${focused ? 0.9 : 0.55}"><title>${text(tip)}</title></path>`;
  });

  const nodes = network.nodes.map((node) => {
    const { x, y, width: w, height: h } = at(node.id);
    const { lines } = boxes.get(node.id)!;
    const focus = node.id === network.focus;
    const colour = node.kind === "actor" ? "#94a3b8" : KIND_COLOURS[node.kind];
    const fill = node.kind === "actor" ? (focus ? "#1e293b" : "#f1f5f9") : KIND_COLOURS[node.kind];
    const fillOpacity = node.kind === "actor" ? 1 : 0.1;
    const textColour = focus ? "#fff" : "#111827";
    const left = x - w / 2;
    const top = y - h / 2;
    const tspans = lines.map((line, i) => `<tspan x="${round(left + PAD_X)}" y="${round(top + PAD_Y + (i + 1) * LINE - 4)}">${text(line)}</tspan>`).join("");
    return (
      `<a href="${text(options.href(node))}" class="cas-node cas-node-${node.kind}${focus ? " cas-focus" : ""}" data-id="${text(node.id)}">` +
      `<title>${text(`${node.label} (${node.kind})`)}</title>` +
      `<rect x="${round(left)}" y="${round(top)}" width="${round(w)}" height="${round(h)}" rx="${node.kind === "actor" ? Math.min(11, h / 2) : 3}" fill="${fill}" fill-opacity="${fillOpacity}" stroke="${colour}"${focus ? ` stroke-width="2"` : ""}/>` +
      `<text fill="${textColour}"${focus ? ` font-weight="700"` : ""}>${tspans}</text></a>`
    );
  });

  // The legend comes first, above the picture it explains: on a long network it would otherwise sit pages below.
  const key = legend(network, width, 6);
  const shift = Math.ceil(6 + key.height + 6);
  const height = Math.ceil(shift + graphHeight + 4);
  const actors = network.nodes.filter((n) => n.kind === "actor").length;
  const description = `${network.edges.length} participations of ${actors} actors (left) in ${network.nodes.length - actors} meetings, declarations and initiatives (right). Each line is one participation, coloured by role; each box links to its page.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cas-network" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_FAMILY}" font-size="${FONT}" aria-labelledby="${options.idPrefix}-title ${options.idPrefix}-desc">`,
    `<title id="${options.idPrefix}-title">${text(options.title)}</title>`,
    `<desc id="${options.idPrefix}-desc">${text(description)}</desc>`,
    key.svg,
    `<g transform="translate(0 ${shift})">`,
    `<g class="cas-edges">${edges.join("")}</g>`,
    `<g class="cas-nodes">${nodes.join("")}</g>`,
    `</g>`,
    `</svg>`,
  ].join("");
}
