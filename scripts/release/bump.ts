/**
 * The semver bump a data change requires (docs/versioning.md): major for a released id gone
 * without a tombstone, a kind changed, a field removed or narrowed; minor for new records,
 * tombstones, kinds, fields or vocabulary values; patch for corrected values.
 */
import type { Manifest } from "../lib/manifests.js";

export const BUMPS = ["none", "patch", "minor", "major"] as const;
export type Bump = (typeof BUMPS)[number];

/** One reason a bump is needed. */
export interface BumpReason {
  readonly bump: Exclude<Bump, "none">;
  readonly message: string;
}

/** The data and schemas about to be released, in manifest form (without a version). */
export type ReleaseCandidate = Pick<Manifest, "records" | "tombstones" | "schemas">;

/** The larger of two bumps. */
export const maxBump = (a: Bump, b: Bump): Bump => (BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b);

/** What a schema says about one field path. */
interface FieldShape {
  readonly type: string;
  readonly values: readonly string[] | undefined;
  readonly required: boolean;
}

/** Flattens a JSON Schema into field paths (`participants[].role`) with their type, allowed values and whether required. */
export function schemaFields(schema: unknown, prefix = "", required = true, out = new Map<string, FieldShape>()): Map<string, FieldShape> {
  const node = (schema ?? {}) as Record<string, any>;
  for (const variant of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) schemaFields(variant, prefix, required, out);
  const values: string[] | undefined = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
  if (prefix) {
    const previous = out.get(prefix);
    const merged = previous?.values && values ? [...new Set([...previous.values, ...values])] : (values ?? previous?.values);
    out.set(prefix, { type: String(node.type ?? previous?.type ?? "any"), values: merged?.map(String).sort(), required: required && (previous?.required ?? true) });
  }
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) {
    schemaFields(child, prefix ? `${prefix}.${key}` : key, (node.required ?? []).includes(key), out);
  }
  if (node.items) schemaFields(node.items, `${prefix}[]`, true, out);
  return out;
}

function schemaReasons(before: Manifest["schemas"], after: Manifest["schemas"]): BumpReason[] {
  const reasons: BumpReason[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!after[name]) {
      reasons.push({ bump: "major", message: `kind ${name} was removed` });
      continue;
    }
    if (!before[name]) {
      reasons.push({ bump: "minor", message: `kind ${name} is new` });
      continue;
    }
    const [old, now] = [schemaFields(before[name]), schemaFields(after[name])];
    for (const [path, shape] of old) {
      const next = now.get(path);
      if (!next) reasons.push({ bump: "major", message: `field ${name}.${path} was removed` });
      else if (next.type !== shape.type) reasons.push({ bump: "major", message: `field ${name}.${path} changed type from ${shape.type} to ${next.type}` });
      else {
        if (shape.required && !next.required) reasons.push({ bump: "major", message: `field ${name}.${path} became optional: readers can no longer rely on it` });
        const dropped = (shape.values ?? []).filter((v) => next.values && !next.values.includes(v));
        const added = (next.values ?? []).filter((v) => shape.values && !shape.values.includes(v));
        if (dropped.length) reasons.push({ bump: "major", message: `field ${name}.${path} no longer allows ${dropped.join(", ")}` });
        if (added.length) reasons.push({ bump: "minor", message: `field ${name}.${path} now also allows ${added.join(", ")}` });
      }
    }
    for (const path of now.keys()) if (!old.has(path)) reasons.push({ bump: "minor", message: `field ${name}.${path} is new` });
  }
  return reasons;
}

function recordReasons(last: Manifest, next: ReleaseCandidate): BumpReason[] {
  const reasons: BumpReason[] = [];
  for (const [id, entry] of Object.entries(last.records)) {
    const now = next.records[id];
    if (!now) {
      reasons.push(next.tombstones[id] ? { bump: "minor", message: `${id} became a tombstone (${next.tombstones[id]!.status})` } : { bump: "major", message: `${id} was removed without a tombstone` });
    } else if (now.kind !== entry.kind) {
      reasons.push({ bump: "major", message: `${id} changed kind from ${entry.kind} to ${now.kind}` });
    } else if (now.hash !== entry.hash) {
      reasons.push({ bump: "patch", message: `${id} was modified` });
    }
  }
  for (const id of Object.keys(last.tombstones)) {
    if (!next.tombstones[id] && !next.records[id]) reasons.push({ bump: "major", message: `tombstone ${id} was removed: the id no longer resolves` });
  }
  for (const id of Object.keys(next.records)) if (!last.records[id]) reasons.push({ bump: "minor", message: `${id} is new` });
  for (const id of Object.keys(next.tombstones)) {
    if (!last.tombstones[id] && !last.records[id]) reasons.push({ bump: "minor", message: `tombstone ${id} is new` });
  }
  return reasons;
}

/** The bump releasing `next` after `last` requires, with every reason. */
export function requiredBump(last: Manifest, next: ReleaseCandidate): { bump: Bump; reasons: BumpReason[] } {
  const reasons = [...recordReasons(last, next), ...schemaReasons(last.schemas, next.schemas)];
  return { bump: reasons.reduce<Bump>((bump, r) => maxBump(bump, r.bump), "none"), reasons };
}
